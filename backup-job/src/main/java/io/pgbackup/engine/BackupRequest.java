package io.pgbackup.engine;

import io.pgbackup.catalog.Reason;
import io.pgbackup.compress.Compression;
import io.pgbackup.crypto.Passphrase;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.storage.BackupStore;

import java.util.List;
import java.util.Map;

/**
 * Everything one backup needs.
 *
 * @param selection     pg_dump selection options passed through (for example {@code --schema=app})
 * @param compression   how the SQL is gzipped (igzip or zlib, level, threads)
 * @param rowCounts     count every table's rows in the dumped snapshot, for the manifest
 * @param ci            CI labels recorded in the manifest
 */
public record BackupRequest(
        BackupStore store,
        PgConnection connection,
        PgTools tools,
        Passphrase passphrase,
        Reason reason,
        List<String> selection,
        Compression compression,
        boolean rowCounts,
        Map<String, String> ci) {
}
