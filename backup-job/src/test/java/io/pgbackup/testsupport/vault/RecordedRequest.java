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
}
