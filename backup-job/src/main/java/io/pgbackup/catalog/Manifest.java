package io.pgbackup.catalog;

import java.time.Instant;
import java.util.Map;

/**
 * What pgbackup knows about one complete backup. It is written to the store last, after the data
 * object is complete: a backup without a manifest is incomplete and is never restored.
 *
 * @param dumpBytes       bytes of SQL that pg_dump produced
 * @param compressedBytes bytes of gzip output
 * @param storedBytes     bytes of the stored (encrypted) object
 * @param sha256          SHA-256 of the stored object, lowercase hex
 * @param compressor      what gzipped it: {@code igzip -1} or {@code zlib -1 x2} (null in older manifests)
 * @param tableRowCounts  rows of every table, counted in the snapshot that pg_dump dumped
 * @param ci              GitLab CI labels (commit SHA, pipeline id, job id, ref) when present
 */
public record Manifest(
        int formatVersion,
        String id,
        String database,
        String reason,
        String objectKey,
        Instant startedAt,
        Instant finishedAt,
        long durationMillis,
        long dumpBytes,
        long compressedBytes,
        long storedBytes,
        String sha256,
        String compression,
        int compressLevel,
        String compressor,
        String encryption,
        String serverVersion,
        String pgDumpVersion,
        String pgbackupVersion,
        Map<String, Long> tableRowCounts,
        Map<String, String> ci) {

    public static final int FORMAT_VERSION = 1;
    public static final String COMPRESSION = "gzip";
    public static final String ENCRYPTION = "openpgp-aes256-seipd";
}
