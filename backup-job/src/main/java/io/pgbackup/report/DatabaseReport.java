package io.pgbackup.report;

import java.util.List;

/**
 * The backups of one database at a glance.
 *
 * @param database         its name
 * @param restorable       complete backups (with a manifest)
 * @param incomplete       data objects without a manifest (interrupted backups)
 * @param fresh            whether the newest restorable backup is at most --max-age old
 * @param newestAgeSeconds age of the newest restorable backup; null when there is none
 * @param freshness        one sentence saying how old the newest backup is against the limit
 * @param scheduleGaps     the days before today, within the searched window, without a scheduled backup
 * @param drills           the restore drills (pgbackup verify) recorded, newest first
 * @param latest           the newest backups, newest first (at most {@link ReportCollector#LATEST})
 * @param history          every backup, oldest first: size and duration over time
 */
public record DatabaseReport(String database, int restorable, int incomplete, boolean fresh, Long newestAgeSeconds,
                             String freshness, List<ScheduleGap> scheduleGaps, List<DrillRow> drills,
                             List<BackupRow> latest, List<BackupRow> history) {

    /** The newest drill, or null. */
    public DrillRow lastDrill() {
        return drills.isEmpty() ? null : drills.get(0);
    }
}
