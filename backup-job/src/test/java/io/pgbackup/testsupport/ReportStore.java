package io.pgbackup.testsupport;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Reason;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.BackupStores;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A store with three weeks of history for the report's tests, relative to now (UTC days): database
 * {@code app} has a nightly backup at 01:30 on each of the 20 days before today except two (6 days
 * ago nothing; 4 days ago a deploy backup at 14:00 instead), the newest nightly 3 hours ago, a
 * manual and a pre-restore backup, an incomplete backup an hour ago, a failed drill whose problem
 * holds HTML, and a passed drill of the newest backup. {@code billing} has one backup, at midnight
 * 3 days before today (so at least 3 days old).
 */
public final class ReportStore {
    public static final String PROBLEM = "<script>alert('x')</script> public.orders: 3 rows, expected 4";

    public final Instant now = Instant.now();
    public final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    public BackupName newest;
    public BackupName deploy;
    public BackupName manual;
    public BackupName preRestore;
    public BackupName incomplete;
    public BackupName failedDrill;
    public BackupName billing;

    /** Seeds {@code appName} and {@code billing} into the file store {@code dir}, sizes as above. */
    public ReportStore(Path dir, String appName) {
        this(dir, appName, 1);
    }

    /** The same with every size (bytes) {@code scale} times larger, for pictures of realistic stores. */
    public ReportStore(Path dir, String appName, int scale) {
        try (BackupStore store = BackupStores.open(dir.toUri().toString(), null)) {
            Seed app = new Seed(store, appName);
            for (int i = 20; i >= 1; i--) {
                if (i == 4) {
                    deploy = app.backup(at(4, 14, 0), Reason.DEPLOY, 1400 * scale, 7_000);
                } else if (i != 6) {
                    BackupName n = app.backup(at(i, 1, 30), Reason.SCHEDULE, (1000 + 10 * (20 - i)) * scale, 4000 + 150L * i);
                    failedDrill = i == 7 ? n : failedDrill;
                }
            }
            manual = app.backup(at(2, 10, 0), Reason.MANUAL, 900 * scale, 3_500);
            preRestore = app.backup(at(3, 12, 0), Reason.PRE_RESTORE, 1100 * scale, 4_500);
            newest = app.backup(now.minus(Duration.ofHours(3)), Reason.SCHEDULE, 1234 * scale, 5_000);
            incomplete = app.data(now.minus(Duration.ofHours(1)), Reason.MANUAL, 500 * scale);
            History.drill(store, failedDrill, at(7, 3, 0), false, List.of(PROBLEM));
            History.drill(store, newest, now.minus(Duration.ofHours(2)), true, List.of());
            billing = new Seed(store, "billing").backup(at(3, 0, 0), Reason.SCHEDULE, 5000 * scale, 9_000);
        }
    }

    /** {@code hour:minute} UTC, {@code daysAgo} days before today. */
    public Instant at(int daysAgo, int hour, int minute) {
        return today.minusDays(daysAgo).atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }
}
