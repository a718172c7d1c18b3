package io.pgbackup.metrics;

import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.error.PgBackupException;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tells the monitoring about a backup or a restore drill: pings the dead man's switch around it and
 * pushes its metrics to the Pushgateway, each when configured. Backups push to the group
 * {@code job="pgbackup"}, drills to {@code job="pgbackup_verify"}, both with {@code instance=<database>}:
 * a drill's PUT must not wipe the backup's metrics. A failed backup only updates
 * {@code pgbackup_last_failure_timestamp_seconds} (POST), so the last success stays visible.
 * Nothing here ever fails the job.
 */
public final class Notifier {
    public static final String BACKUP_JOB = "pgbackup";
    public static final String VERIFY_JOB = "pgbackup_verify";

    private final Pushgateway pushgateway;
    private final DeadMansSwitch ping;
    private final Clock clock;

    /** Either may be null (not configured). */
    public Notifier(Pushgateway pushgateway, DeadMansSwitch ping, Clock clock) {
        this.pushgateway = pushgateway;
        this.ping = ping;
        this.clock = clock;
    }

    /** Runs {@code backup}, pinging start and success or fail, and pushing its metrics. */
    public Manifest backup(String database, Supplier<Manifest> backup) {
        start("backup of " + database);
        Manifest m;
        try {
            m = backup.get();
        } catch (RuntimeException e) {
            if (pushgateway != null) {
                pushgateway.update(BACKUP_JOB, database, List.of(new Gauge("pgbackup_last_failure_timestamp_seconds",
                        "Unix time of the last failed backup.", clock.millis() / 1000.0)));
            }
            fail(e);
            throw e;
        }
        if (pushgateway != null) {
            pushgateway.replace(BACKUP_JOB, database, Metrics.backup(m));
        }
        if (ping != null) {
            ping.success(String.format(java.util.Locale.ROOT, "backup %s of %s: %s of SQL stored as %s in %s",
                    m.id(), database, Progress.bytes(m.dumpBytes()), Progress.bytes(m.storedBytes()),
                    Durations.human(m.durationMillis())));
        }
        return m;
    }

    /** Runs a restore drill, pinging start and success or fail, and pushing its result. */
    public VerifyRecord verify(String database, Supplier<VerifyRecord> drill) {
        start("restore drill of " + database);
        long started = clock.millis();
        VerifyRecord r;
        try {
            r = drill.get();
        } catch (RuntimeException e) {
            if (pushgateway != null) {
                pushgateway.replace(VERIFY_JOB, database, Metrics.verifyError(clock.millis(), clock.millis() - started));
            }
            fail(e);
            throw e;
        }
        if (pushgateway != null) {
            pushgateway.replace(VERIFY_JOB, database, Metrics.verify(r));
        }
        if (ping != null) {
            String body = "restore drill of backup " + r.backupId() + " of " + database + ": " + r.result()
                    + (r.passed() ? "" : "\n" + String.join("\n", r.problems()));
            if (r.passed()) {
                ping.success(body);
            } else {
                ping.fail(body);
            }
        }
        return r;
    }

    private void start(String what) {
        if (ping != null) {
            ping.start(what + " started");
        }
    }

    private void fail(RuntimeException e) {
        if (ping != null) {
            ping.fail(e instanceof PgBackupException p ? p.render() : "error: unexpected failure: " + e);
        }
    }
}
