package io.pgbackup.report;

import java.time.Instant;
import java.util.List;

/**
 * One restore drill, from its verification record.
 *
 * @param backupId       the backup restored
 * @param result         passed or failed
 * @param finishedAt     when the drill ended
 * @param durationMillis how long it took
 * @param tablesChecked  tables whose row count was compared with the manifest
 * @param problems       every difference found; empty when passed
 */
public record DrillRow(String backupId, String result, Instant finishedAt, long durationMillis, int tablesChecked,
                       List<String> problems) {

    public boolean passed() {
        return "passed".equals(result);
    }
}
