package io.pgbackup.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days without a scheduled backup: the {@code days} days before today (today is left out: its
 * nightly backup may not have run yet; freshness covers it), from the day of the first scheduled
 * backup in the store on (a database backed up since Tuesday has no gap on Monday). The default
 * window is prune's --keep-daily, so days whose backups retention removed on purpose are not gaps.
 */
final class ScheduleGaps {
    private static final String SCHEDULE = "schedule";

    private final ZoneId zone;
    private final int days;

    ScheduleGaps(ZoneId zone, int days) {
        this.zone = zone;
        this.days = days;
    }

    /** The gaps, oldest first, among {@code restorable} (complete backups, oldest first). */
    List<ScheduleGap> find(List<BackupRow> restorable, Instant now) {
        Map<LocalDate, List<BackupRow>> byDay = new TreeMap<>();
        LocalDate firstScheduled = null;
        for (BackupRow b : restorable) {
            LocalDate day = LocalDate.ofInstant(b.time(), zone);
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(b);
            if (firstScheduled == null && SCHEDULE.equals(b.reason())) {
                firstScheduled = day;
            }
        }
        List<ScheduleGap> gaps = new ArrayList<>();
        if (firstScheduled == null) {
            return gaps;
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            List<BackupRow> those = byDay.getOrDefault(day, List.of());
            if (!day.isBefore(firstScheduled) && those.stream().noneMatch(b -> SCHEDULE.equals(b.reason()))) {
                gaps.add(new ScheduleGap(day, those.stream().map(BackupRow::id).toList()));
            }
        }
        return gaps;
    }
}
