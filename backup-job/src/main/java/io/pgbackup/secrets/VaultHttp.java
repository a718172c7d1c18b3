package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Vault's HTTP API over {@code java.net.http}: {@code /v1/<path>} with the {@code X-Vault-Token},
 * {@code X-Vault-Namespace} and {@code X-Vault-Request} headers, JSON bodies, and Vault's error
 * bodies ({@code {"errors":[...]}}) turned into a {@link Reply}. A connection or TLS failure is a
 * {@link ExitCode#VAULT_UNREACHABLE} naming {@code VAULT_ADDR}. Transient answers (412, 429, 5xx but
 * 501) and refused connections are retried ({@link Retries}); 307/308 are followed. Still failing
 * after the retries, a 412, 429 or 5xx is a {@link ExitCode#VAULT_UNREACHABLE} (a sealed Vault
 * says so), except Vault's own 500 with an error list (e.g. a database engine that failed to run a
 * role's statements), which the caller gets as a {@link Reply}. Tokens travel in headers only,
 * never in a URL, and are never logged.
 */
final class VaultHttp {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(VaultHttp.class);

    /** A non-5xx answer of Vault. */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** Vault's error texts, made one line each ("1 error occurred:\n\t* permission denied" -> "permission denied"). */
        List<String> errors() {
            List<String> out = new ArrayList<>();
            for (JsonNode e : body.path("errors")) {
                out.add(VaultHttp.oneLine(e.asString()));
            }
            return out;
        }

        /** The errors joined by "; ", or {@code HTTP <status>} when Vault gave none. */
        String errorText() {
            List<String> errors = errors();
            return errors.isEmpty() ? "HTTP " + status : String.join("; ", errors);
        }

        JsonNode data() {
            return body.path("data");
        }
    }

    private final URI address;
    private final String namespace;
    private final HttpClient http;
    private final Retries retries;

    VaultHttp(VaultConfig config) {
        this.address = config.address();
        this.retries = new Retries(config.maxRetries());
        this.namespace = config.namespace().orElse(null);
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempts through proxies
                .followRedirects(HttpClient.Redirect.NEVER);
        config.caCert().ifPresent(pem -> builder.sslContext(CaBundle.sslContext(pem)));
        this.http = builder.build();
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET().build(), "GET " + path);
    }

    Reply post(String path, String token, Map<String, ?> body) {
        String json = JSON.writeValueAsString(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), "POST " + path);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address + "/v1/" + path))
                .timeout(REQUEST_TIMEOUT).header("X-Vault-Request", "true");
        if (token != null) {
            b.header("X-Vault-Token", token);
        }
        if (namespace != null) {
            b.header("X-Vault-Namespace", namespace);
        }
        return b;
    }

    private Reply send(HttpRequest first, String what) {
        long start = System.nanoTime();
        HttpRequest request = first;
        int redirects = 0;
        for (int retry = 1; ; retry++) {
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                Optional<Duration> pause = retries.pause(retry, elapsed(start), Optional.empty());
                if (pause.isEmpty()) {
                    throw unreachable(e);
                }
                sleep(pause.get(), what);
                continue;
            } catch (IOException | UnresolvedAddressException e) {
                throw unreachable(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PgBackupException(ExitCode.INTERRUPTED, "interrupted while waiting for vault (" + what + ")");
            }
            int status = response.statusCode();
            if (status == 307 || status == 308) {
                request = redirect(first, request, response, ++redirects, what);
                retry--;
                continue;
            }
            if (Retries.retryable(status)) {
                Optional<Duration> pause = retries.pause(retry, elapsed(start), retryAfter(response));
                if (pause.isPresent()) {
                    LOG.info("vault answered {} to {}{}: trying again in {} ms", status, what,
                            errorsOf(response).map(e -> " (" + e + ")").orElse(""), pause.get().toMillis());
                    sleep(pause.get(), what);
                    continue;
                }
                return reply(response, what, retry, elapsed(start));
            }
            return reply(response, what, retry, elapsed(start));
        }
    }

    /**
     * A 307/308 (a standby pointing at the active node): the same request at {@code Location},
     * headers and body included, twice at most, never from https to http (the token would travel
     * in clear).
     */
    private HttpRequest redirect(HttpRequest first, HttpRequest current, HttpResponse<String> response, int count,
                                 String what) {
        Optional<String> location = response.headers().firstValue("Location");
        URI target = location.map(l -> current.uri().resolve(l)).orElse(null);
        if (target == null || count > MAX_REDIRECTS
                || ("https".equals(address.getScheme()) && !"https".equals(target.getScheme()))) {
            throw new PgBackupException(ExitCode.VAULT_UNREACHABLE,
                    "vault at VAULT_ADDR=" + address + " redirected " + what + (target == null ? " without a Location"
                            : " to " + target.getScheme() + "://" + target.getAuthority()) + ", which is not followed"
                            + (count > MAX_REDIRECTS ? " (more than " + MAX_REDIRECTS + " redirects)" : ""),
                    "set VAULT_ADDR to Vault's active node or to its load balancer (https)");
        }
        return HttpRequest.newBuilder(first, (name, value) -> true).uri(target).build();
    }

    private Reply reply(HttpResponse<String> response, String what, int attempts, Duration elapsed) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        Reply r = new Reply(status, body == null ? MissingNode.getInstance() : body);
        boolean vaultError = status == 500 && body != null && body.path("errors").isArray();
        String tries = attempts > 1 ? " (" + attempts + " attempts over " + elapsed.toSeconds() + " s)" : "";
        if (status == 503 && r.errors().contains("Vault is sealed")) {
            throw new PgBackupException(ExitCode.VAULT_UNREACHABLE,
                    "vault at VAULT_ADDR=" + address + " is sealed: it answered " + what + " with 503 Vault is sealed" + tries,
                    "Vault's operators must unseal it (vault operator unseal, or its auto-unseal) before any job can"
                            + " read its secrets; run the job again then");
        }
        if (status == 429 || status == 412) {
            throw new PgBackupException(ExitCode.VAULT_UNREACHABLE,
                    "vault at VAULT_ADDR=" + address + " kept answering " + what + " with " + status + ": " + r.errorText() + tries,
                    status == 429 ? "a rate-limit quota of Vault covers this path: run the job later, or ask Vault's"
                            + " operators to raise the quota (vault read sys/quotas/rate-limit/...)"
                            : "a performance standby was behind the active node: run the job again, or point VAULT_ADDR at"
                            + " the active node");
        }
        if ((status >= 500 && !vaultError) || (body == null && status / 100 == 2 && status != 204)) {
            throw new PgBackupException(ExitCode.VAULT_UNREACHABLE,
                    "vault at VAULT_ADDR=" + address + " failed to answer " + what + ": " + r.errorText() + tries,
                    "Vault may be sealed, restarting or behind a failing proxy: retry later or ask its operators",
                    "check that VAULT_ADDR points at Vault itself");
        }
        return r;
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,4}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)));
    }

    private static Optional<String> errorsOf(HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        if (body == null || !body.path("errors").isArray() || body.path("errors").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reply(response.statusCode(), body).errorText());
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    private PgBackupException unreachable(Exception e) {
        if (e instanceof SSLException) {
            return new PgBackupException(ExitCode.VAULT_UNREACHABLE,
                    "cannot reach vault at VAULT_ADDR=" + address + ": tls handshake failed (" + e.getMessage() + ")", e,
                    "if Vault's certificate comes from a private CA, set VAULT_CACERT to that CA's PEM bundle",
                    "check that VAULT_ADDR names the host its certificate was issued for");
        }
        return new PgBackupException(ExitCode.VAULT_UNREACHABLE,
                "cannot reach vault at VAULT_ADDR=" + address + ": " + reason(e), e,
                "check VAULT_ADDR and that this machine can reach Vault (DNS, firewall, VPN)");
    }

    private static String reason(Exception e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnresolvedAddressException || e.getCause() instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void sleep(Duration pause, String what) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgBackupException(ExitCode.INTERRUPTED, "interrupted while waiting for vault (" + what + ")");
        }
    }

    /** Vault wraps errors as "N error(s) occurred:\n\t* a\n\t* b\n\n": keep "a; b". */
    static String oneLine(String error) {
        String s = error.strip();
        if (s.matches("(?s)\\d+ errors? occurred:.*")) {
            s = s.substring(s.indexOf(':') + 1).strip().replaceFirst("^\\*\\s*", "").replaceAll("\\s*\\n\\s*\\*\\s*", "; ");
        }
        return s.replaceAll("\\s*\\n\\s*", " ");
    }
}
