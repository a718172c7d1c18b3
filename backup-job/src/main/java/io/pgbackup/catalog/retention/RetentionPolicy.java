package io.pgbackup.catalog.retention;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.time.Duration;
import java.time.ZoneId;

/**
 * What {@code pgbackup prune} keeps: grandfather-father-son buckets counted in {@code zone}, plus
 * the protections that no bucket can override (see {@link Retention}).
 *
 * @param keepLast    the newest N restorable backups
 * @param keepDaily   the newest backup of each of the last N days that have one
 * @param keepWeekly  the newest backup of each of the last N ISO weeks (Monday to Sunday) that have one
 * @param keepMonthly the newest backup of each of the last N calendar months that have one
 * @param zone        where days, weeks and months begin and end
 * @param protectAge  {@code deploy} and {@code pre-restore} backups younger than this are always kept
 */
public record RetentionPolicy(int keepLast, int keepDaily, int keepWeekly, int keepMonthly, ZoneId zone,
                              Duration protectAge) {
    /** A deploy burst of a few backups a day still leaves a week's worth of recent restore points. */
    public static final int DEFAULT_LAST = 7;
    /** Two weeks of daily restore points: longer than silent damage usually goes unnoticed. */
    public static final int DEFAULT_DAILY = 14;
    /** Eight weekly points cover the two months after the dailies. */
    public static final int DEFAULT_WEEKLY = 8;
    /** A year of monthly points: the infra's jobRetentionDays (366), with the lifecycle (400) behind it. */
    public static final int DEFAULT_MONTHLY = 12;
    public static final Duration DEFAULT_PROTECT_AGE = Duration.ofDays(30);
    /** A backup without manifest younger than this may still be uploading: it is left alone. */
    public static final Duration INCOMPLETE_GRACE = Duration.ofDays(1);

    public RetentionPolicy {
        notNegative("--keep-last", keepLast);
        notNegative("--keep-daily", keepDaily);
        notNegative("--keep-weekly", keepWeekly);
        notNegative("--keep-monthly", keepMonthly);
        if (protectAge.isNegative()) {
            throw new PgBackupException(ExitCode.USAGE, "--protect-age must not be negative (got " + protectAge + ")",
                    "give an age such as 30d, or 0d to protect no deploy or pre-restore backup");
        }
    }

    /** The documented defaults, counted in UTC. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(DEFAULT_LAST, DEFAULT_DAILY, DEFAULT_WEEKLY, DEFAULT_MONTHLY, ZoneId.of("UTC"),
                DEFAULT_PROTECT_AGE);
    }

    private static void notNegative(String flag, int value) {
        if (value < 0) {
            throw new PgBackupException(ExitCode.USAGE, flag + " must not be negative (got " + value + ")",
                    "use 0 to keep no backup for that rule");
        }
    }
}
