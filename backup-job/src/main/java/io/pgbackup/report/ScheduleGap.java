package io.pgbackup.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A day without a scheduled (nightly) backup.
 *
 * @param date         the day, in the report's time zone
 * @param otherBackups ids of the other complete backups of that day (deploy, manual, pre-restore): prune
 *                     keeps only the newest backup of a day, so a later one may have replaced the nightly;
 *                     empty when the day has no backup at all
 */
public record ScheduleGap(LocalDate date, List<String> otherBackups) {

    /** True when the day has no restorable backup at all. */
    public boolean uncovered() {
        return otherBackups.isEmpty();
    }
}
