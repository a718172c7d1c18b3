package io.pgbackup.metrics;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Best-effort HTTP for monitoring: a failed request is a warning, never the job's failure. URLs are
 * validated up front; user and password in a URL ({@code https://user:pass@host}) become a Basic
 * authorization header, and neither they nor the URL's path (a ping URL's path is its secret) are
 * ever logged: logs name {@code scheme://host:port} only.
 */
final class Http {
    private static final Logger LOG = LoggerFactory.getLogger(Http.class);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** An endpoint: the URL without user info, its Basic authorization (or null), and a printable name. */
    record Target(URI uri, String authorization, String printable) {
        Target resolve(String suffix) {
            String base = uri.toString().replaceAll("/+$", "");
            return new Target(URI.create(base + suffix), authorization, printable);
        }
    }

    private Http() {
    }

    /** Validates {@code url} (given with {@code flag}); CONFIG error naming only scheme and host. */
    static Target target(String flag, String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw invalid(flag, "it is not an http:// or https:// URL with a host");
            }
            String printable = scheme + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
            String auth = u.getRawUserInfo() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                    URLDecoder.decode(u.getRawUserInfo(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
            URI clean = new URI(scheme, null, u.getHost(), u.getPort(), u.getPath(), u.getQuery(), null);
            return new Target(clean, auth, printable);
        } catch (URISyntaxException e) {
            throw invalid(flag, "it is not a valid URL");
        }
    }

    private static PgBackupException invalid(String flag, String why) {
        return new PgBackupException(ExitCode.CONFIG, "invalid " + flag + " URL: " + why,
                "give a URL such as https://pushgateway.example.com or https://hc-ping.com/<uuid>");
    }

    /** Sends; returns whether the server answered 2xx. Failures are logged as warnings naming {@code what}. */
    static boolean send(String what, String method, Target target, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.uri()).timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .header("User-Agent", "pgbackup/" + io.pgbackup.engine.Version.VERSION)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (target.authorization() != null) {
            b.header("Authorization", target.authorization());
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                LOG.debug("{}: {} {} answered {}", what, method, target.printable(), r.statusCode());
                return true;
            }
            String reply = r.body() == null ? "" : r.body().strip().lines().findFirst().orElse("");
            LOG.warn("could not {} at {}: HTTP {} {}", what, target.printable(), r.statusCode(),
                    reply.length() > 200 ? reply.substring(0, 200) : reply);
        } catch (IOException e) {
            LOG.warn("could not {} at {}: {}", what, target.printable(), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("could not {} at {}: interrupted", what, target.printable());
        }
        return false;
    }
}
