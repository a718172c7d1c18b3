package io.pgbackup.metrics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A Prometheus Pushgateway: metrics go to the group {@code /metrics/job/<job>/instance/<instance>}.
 * {@link #replace} (HTTP PUT) swaps the whole group for the given metrics; {@link #update} (HTTP POST)
 * replaces only the metrics of the same names and keeps the others. Failures are warnings.
 */
public final class Pushgateway {
    private final Http.Target base;

    private Pushgateway(Http.Target base) {
        this.base = base;
    }

    /** Validates the URL (CONFIG error when it is not an http(s) URL); makes no request. */
    public static Pushgateway at(String url) {
        return new Pushgateway(Http.target("--pushgateway", url));
    }

    /** PUT: the group then holds exactly {@code gauges}. Returns whether the Pushgateway accepted them. */
    public boolean replace(String job, String instance, List<Gauge> gauges) {
        return push("PUT", job, instance, gauges);
    }

    /** POST: {@code gauges} replace their namesakes in the group; other metrics stay. */
    public boolean update(String job, String instance, List<Gauge> gauges) {
        return push("POST", job, instance, gauges);
    }

    private boolean push(String method, String job, String instance, List<Gauge> gauges) {
        Http.Target group = base.resolve("/metrics/job/" + segment(job) + "/instance/" + instanceSegment(instance));
        return Http.send("push metrics to the Pushgateway", method, group, "text/plain; version=0.0.4; charset=utf-8",
                Gauge.text(gauges));
    }

    /** The path of the grouping key {@code group}, for tests and logs. */
    public static String groupPath(String job, String instance) {
        return "/metrics/job/" + segment(job) + "/instance/" + instanceSegment(instance);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A value with a slash (or empty) goes base64url-encoded, as the Pushgateway's {@code @base64} suffix allows. */
    private static String instanceSegment(String value) {
        if (value.isEmpty() || value.contains("/")) {
            String b64 = Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
            return "@base64/" + (b64.isEmpty() ? "=" : b64);
        }
        return segment(value);
    }
}
