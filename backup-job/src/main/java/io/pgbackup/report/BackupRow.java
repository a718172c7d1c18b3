package io.pgbackup.report;

import java.time.Instant;

/**
 * One backup as the report shows it.
 *
 * @param id             its id ({@code 20261126T010203Z-schedule})
 * @param time           when it started (UTC)
 * @param reason         schedule, deploy, manual or pre-restore
 * @param complete       false for a backup without a manifest: it cannot be restored
 * @param storedBytes    size of the stored (encrypted) object
 * @param storedSize     the same for people ({@code 1.02 kB})
 * @param durationMillis how long the backup took; null when incomplete
 * @param dumpBytes      bytes of SQL that pg_dump produced; null when incomplete
 */
public record BackupRow(String id, Instant time, String reason, boolean complete, long storedBytes,
                        String storedSize, Long durationMillis, Long dumpBytes) {
}
