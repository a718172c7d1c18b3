package io.pgbackup.catalog.retention;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Reason;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Grandfather-father-son retention, as restic's {@code forget} computes it. The restorable backups
 * are walked newest first: the first {@code keepLast} are kept; a backup is kept by the daily,
 * weekly or monthly rule when it is the newest one of its day, ISO week or month (in the policy's
 * time zone), until that rule has kept its number of periods. Periods without a backup do not
 * count. On top of that, and whatever the buckets say:
 * <ul>
 *   <li>the newest restorable backup is always kept;</li>
 *   <li>{@code deploy} and {@code pre-restore} backups younger than {@code protectAge} are kept;</li>
 *   <li>incomplete backups (no manifest) are deleted once older than a day, and left alone before
 *       (they may still be uploading).</li>
 * </ul>
 * Object lock is not known here: the prune job reports a refused delete.
 */
public final class Retention {
    private final RetentionPolicy policy;

    public Retention(RetentionPolicy policy) {
        this.policy = policy;
    }

    /** A decision for every backup in {@code backups}, newest first. */
    public List<Decision> decide(List<BackupEntry> backups, Instant now) {
        List<BackupEntry> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupEntry::time).thenComparing(BackupEntry::id).reversed())
                .toList();
        Map<Period, Bucket> buckets = new EnumMap<>(Period.class);
        buckets.put(Period.DAILY, new Bucket(policy.keepDaily()));
        buckets.put(Period.WEEKLY, new Bucket(policy.keepWeekly()));
        buckets.put(Period.MONTHLY, new Bucket(policy.keepMonthly()));
        List<Decision> decisions = new ArrayList<>();
        int restorable = 0;
        for (BackupEntry e : newestFirst) {
            if (!e.complete()) {
                decisions.add(incomplete(e, now));
                continue;
            }
            restorable++;
            decisions.add(complete(e, restorable, buckets, now));
        }
        return decisions;
    }

    private Decision complete(BackupEntry e, int position, Map<Period, Bucket> buckets, Instant now) {
        List<String> why = new ArrayList<>();
        if (position == 1) {
            why.add("newest");
        }
        if (position <= policy.keepLast()) {
            why.add("last " + position);
        }
        ZonedDateTime local = e.time().atZone(policy.zone());
        for (Map.Entry<Period, Bucket> b : buckets.entrySet()) {
            String label = b.getKey().label(local);
            if (b.getValue().take(label)) {
                why.add(b.getKey().word() + " " + label);
            }
        }
        Reason reason = e.name().reason();
        boolean protectable = reason == Reason.DEPLOY || reason == Reason.PRE_RESTORE;
        if (protectable && e.time().plus(policy.protectAge()).isAfter(now)) {
            why.add("protected " + reason.label());
        }
        return why.isEmpty() ? new Decision(e, false, List.of("no rule keeps it")) : new Decision(e, true, why);
    }

    private static Decision incomplete(BackupEntry e, Instant now) {
        if (e.time().plus(RetentionPolicy.INCOMPLETE_GRACE).isAfter(now)) {
            return new Decision(e, true, List.of("incomplete, younger than 1 day (may still be uploading)"));
        }
        return new Decision(e, false, List.of("incomplete (no manifest), older than 1 day"));
    }

    /** One rule's periods: the label of the last period kept, and how many more it may keep. */
    private static final class Bucket {
        private int remaining;
        private String last;

        Bucket(int count) {
            this.remaining = count;
        }

        /** Whether the backup in period {@code label} is the newest of a period this rule still keeps. */
        boolean take(String label) {
            if (remaining == 0 || label.equals(last)) {
                return false;
            }
            last = label;
            remaining--;
            return true;
        }
    }
}
