package io.pgbackup.catalog;

import java.time.Instant;
import java.util.List;

/**
 * The result of one restore drill ({@code pgbackup verify}), stored next to the backup as
 * {@link BackupName#verifyKey()}. {@code pgbackup status} fails while the newest record says failed.
 *
 * @param result          {@link #PASSED} or {@link #FAILED}
 * @param scratchDatabase the database the backup was restored into (dropped afterwards)
 * @param sqlBytes        bytes of SQL restored (0 when the restore itself failed)
 * @param tablesChecked   tables whose row count was compared with the manifest
 * @param sequencesChecked sequences compared with the column they feed
 * @param problems        every difference found, one sentence each; empty when passed
 * @param notes           what was not checked, and why
 */
public record VerifyRecord(
        int formatVersion,
        String backupId,
        String database,
        String result,
        Instant startedAt,
        Instant finishedAt,
        long durationMillis,
        String scratchDatabase,
        long sqlBytes,
        int tablesChecked,
        int sequencesChecked,
        List<String> problems,
        List<String> notes,
        String pgbackupVersion) {

    public static final int FORMAT_VERSION = 1;
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";

    public boolean passed() {
        return PASSED.equals(result);
    }
}
