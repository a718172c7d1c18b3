package io.pgbackup.cli;

import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.metrics.DeadMansSwitch;
import io.pgbackup.metrics.Notifier;
import io.pgbackup.metrics.Pushgateway;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.function.Supplier;

/** Telling someone: metrics to a Prometheus Pushgateway, pings to a dead man's switch. Both optional. */
public final class NotifyOptions {
    @Option(names = "--pushgateway", paramLabel = "URL",
            description = "push metrics to this Prometheus Pushgateway (env PGBACKUP_PUSHGATEWAY)")
    String pushgateway;

    @Option(names = "--ping-url", paramLabel = "URL",
            description = "dead man's switch: ping URL/start, then URL or URL/fail (env PGBACKUP_PING_URL; prefer the"
                    + " variable: the URL is a secret)")
    String pingUrl;

    /** The configured notifier; validates both URLs before anything runs. */
    Notifier notifier(Context ctx) {
        String push = pushgateway != null ? pushgateway : ctx.env(EnvVar.PGBACKUP_PUSHGATEWAY);
        String ping = pingUrl != null ? pingUrl : ctx.env(EnvVar.PGBACKUP_PING_URL);
        return new Notifier(blank(push) ? null : Pushgateway.at(push), blank(ping) ? null : DeadMansSwitch.at(ping),
                Clock.systemUTC());
    }

    Manifest backup(Context ctx, String database, Supplier<Manifest> backup) {
        return notifier(ctx).backup(database, backup);
    }

    VerifyRecord verify(Context ctx, String database, Supplier<VerifyRecord> drill) {
        return notifier(ctx).verify(database, drill);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
