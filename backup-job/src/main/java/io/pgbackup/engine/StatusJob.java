package io.pgbackup.engine;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.StoredObject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a monitoring system asks: is there a recent restorable backup, did the last restore drill
 * pass, is the newest backup not suspiciously small? Three checks, each with a distinct exit code
 * (STALE, VERIFY_FAILED, SUSPICIOUS_SIZE); the report's code is the first failing one in that order.
 */
public final class StatusJob {
    /** How many earlier backups the newest one's size is compared with (their median). */
    public static final int SIZE_HISTORY = 5;

    /** One check: its name, whether it passed, a sentence saying what was found. */
    public record Check(String name, ExitCode failsWith, boolean ok, String detail) {
    }

    /**
     * The whole answer. {@code newest} and {@code lastVerification} may be null.
     */
    public record Report(String database, String store, Instant checkedAt, int restorable, BackupEntry newest,
                         VerifyRecord lastVerification, List<Check> checks) {

        /** The first failing check, if any. */
        public Optional<Check> failure() {
            return checks.stream().filter(c -> !c.ok()).findFirst();
        }

        public ExitCode exitCode() {
            return failure().map(Check::failsWith).orElse(ExitCode.SUCCESS);
        }

        /** The error the CLI reports for the first failing check, with what to do about it. */
        public Optional<PgBackupException> error() {
            return failure().map(c -> new PgBackupException(c.failsWith(), c.detail(), hints(c.failsWith())));
        }
    }

    private static String[] hints(ExitCode code) {
        return switch (code) {
            case STALE -> new String[] {"check that the backup schedule runs (CI/CD > Schedules) and that its last"
                    + " backup job passed", "'pgbackup list --all' shows what the store holds"};
            case VERIFY_FAILED -> new String[] {"read the verification record's problems, fix the cause, take a new"
                    + " backup and run 'pgbackup verify --backup latest'"};
            default -> new String[] {"check that the backup still dumps everything it should (pg_dump selection,"
                    + " an emptied table) with 'pgbackup list'", "if the data really shrank, the check passes again"
                    + " once the smaller size is the usual one; or lower --min-size-ratio"};
        };
    }

    private final BackupStore store;
    private final String database;
    private final Duration maxAge;
    private final double minSizeRatio;
    private final Clock clock;

    public StatusJob(BackupStore store, String database, Duration maxAge, double minSizeRatio, Clock clock) {
        this.store = store;
        this.database = database;
        this.maxAge = maxAge;
        this.minSizeRatio = minSizeRatio;
        this.clock = clock;
    }

    public Report run() {
        validate(maxAge, minSizeRatio);
        store.probe();
        Instant now = clock.instant();
        List<BackupEntry> restorable = new Catalog(store, database).restorable();
        BackupEntry newest = restorable.isEmpty() ? null : restorable.get(0);
        VerifyRecord verification = lastVerification().orElse(null);
        List<Check> checks = new ArrayList<>();
        checks.add(freshness(newest, now));
        checks.add(verification(verification));
        checks.add(size(restorable));
        return new Report(database, store.describe(), now, restorable.size(), newest, verification, checks);
    }

    /** Checks the limits (USAGE errors); the CLI calls it before anything else happens. */
    public static void validate(Duration maxAge, double minSizeRatio) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new PgBackupException(ExitCode.USAGE, "--max-age must be positive",
                    "give the longest acceptable age of the newest backup, for example 26h for a nightly backup");
        }
        if (!(minSizeRatio >= 0 && minSizeRatio <= 1)) {
            throw new PgBackupException(ExitCode.USAGE, "--min-size-ratio must be between 0 and 1 (got "
                    + minSizeRatio + ")", "for example 0.5 flags a backup half the usual size; 0 turns the check off");
        }
    }

    private Check freshness(BackupEntry newest, Instant now) {
        if (newest == null) {
            return new Check("freshness", ExitCode.STALE, false, "no restorable backup of database " + database
                    + " in " + store.describe());
        }
        Duration age = Duration.between(newest.time(), now);
        boolean ok = age.compareTo(maxAge) <= 0;
        return new Check("freshness", ExitCode.STALE, ok, "the newest backup " + newest.id() + " is " + human(age)
                + " old" + (ok ? " (limit " + human(maxAge) + ")" : ", more than the limit of " + human(maxAge)));
    }

    private Check verification(VerifyRecord r) {
        if (r == null) {
            return new Check("verification", ExitCode.VERIFY_FAILED, true, "no restore drill recorded yet");
        }
        String what = "the last restore drill (backup " + r.backupId() + ", " + r.finishedAt() + ") ";
        return r.passed() ? new Check("verification", ExitCode.VERIFY_FAILED, true, what + "passed")
                : new Check("verification", ExitCode.VERIFY_FAILED, false, what + "failed: "
                + String.join("; ", r.problems()));
    }

    private Check size(List<BackupEntry> restorable) {
        if (restorable.size() < 2 || minSizeRatio == 0) {
            return new Check("size", ExitCode.SUSPICIOUS_SIZE, true, minSizeRatio == 0 ? "size check off"
                    : "no earlier backup to compare the newest with");
        }
        BackupEntry newest = restorable.get(0);
        List<BackupEntry> previous = restorable.subList(1, Math.min(restorable.size(), SIZE_HISTORY + 1));
        long median = median(previous.stream().mapToLong(BackupEntry::storedBytes).sorted().toArray());
        double ratio = median == 0 ? 1 : (double) newest.storedBytes() / median;
        boolean ok = ratio >= minSizeRatio;
        return new Check("size", ExitCode.SUSPICIOUS_SIZE, ok, String.format(java.util.Locale.ROOT,
                "the newest backup %s is %s, %.2f x the median (%s) of the %d before it (limit %.2f)", newest.id(),
                Progress.bytes(newest.storedBytes()), ratio, Progress.bytes(median), previous.size(), minSizeRatio));
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The verification record written last (by the store's modification time). */
    private Optional<VerifyRecord> lastVerification() {
        Optional<StoredObject> newest = store.list(database + "/").stream()
                .filter(o -> BackupName.parseKey(o.key(), BackupName.VERIFY_SUFFIX)
                        .filter(n -> n.database().equals(database)).isPresent())
                .max(Comparator.comparing(StoredObject::lastModified).thenComparing(StoredObject::key));
        return newest.flatMap(o -> new Catalog(store, database).readJson(o.key(), VerifyRecord.class));
    }

    /** Ages for people: {@code 3h 12m}, {@code 26h}, {@code 4d 2h}, {@code 45s}. */
    public static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        long days = s / 86_400;
        long hours = s % 86_400 / 3600;
        long minutes = s % 3600 / 60;
        if (days < 3) {
            hours += days * 24;
            days = 0;
        }
        if (days > 0) {
            return days + "d" + (hours > 0 ? " " + hours + "h" : "");
        }
        if (hours > 0) {
            return hours + "h" + (minutes > 0 ? " " + minutes + "m" : "");
        }
        return minutes > 0 ? minutes + "m" + (s % 60 > 0 ? " " + s % 60 + "s" : "") : s + "s";
    }
}
