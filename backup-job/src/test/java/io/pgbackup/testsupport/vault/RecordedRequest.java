package io.pgbackup.testsupport.vault;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request as the stand-in received it: method, URI (path and query), headers, body. */
public record RecordedRequest(String method, String uri, Map<String, List<String>> headers, String body) {
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /** The path after {@code /v1/}. */
    public String path() {
        String p = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        return p.startsWith("/v1/") ? p.substring(4) : p;
    }

    /** Shows no token and no body: test failure output must not print secrets either. */
    @Override
    public String toString() {
        return method + " " + uri + (header("X-Vault-Token").isPresent() ? " (X-Vault-Token: <redacted>)" : "")
                + (header("X-Vault-Namespace").map(ns -> " (X-Vault-Namespace: " + ns + ")").orElse(""))
                + (body.isEmpty() ? "" : " (body of " + body.length() + " chars)");
    }
}
