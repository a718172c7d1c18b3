package io.pgbackup.metrics;

/**
 * A dead man's switch in the style of healthchecks.io: {@code URL/start} when the job starts,
 * {@code URL} when it succeeds, {@code URL/fail} when it fails, each a POST with a short text body
 * (the service shows it in its log). The service alerts when the success ping stops coming, so a
 * job that never ran is noticed too. A ping that fails is a warning, never the job's failure.
 */
public final class DeadMansSwitch {
    /** The service keeps only the first bytes of a body; we send at most this many characters. */
    static final int MAX_BODY = 10_000;

    private final Http.Target url;

    private DeadMansSwitch(Http.Target url) {
        this.url = url;
    }

    /** Validates the URL (CONFIG error when it is not an http(s) URL); makes no request. */
    public static DeadMansSwitch at(String url) {
        return new DeadMansSwitch(Http.target("--ping-url", url));
    }

    public boolean start(String body) {
        return Http.send("ping the dead man's switch (start)", "POST", url.resolve("/start"), "text/plain", cut(body));
    }

    public boolean success(String body) {
        return Http.send("ping the dead man's switch (success)", "POST", url, "text/plain", cut(body));
    }

    public boolean fail(String body) {
        return Http.send("ping the dead man's switch (fail)", "POST", url.resolve("/fail"), "text/plain", cut(body));
    }

    private static String cut(String body) {
        return body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY);
    }
}
