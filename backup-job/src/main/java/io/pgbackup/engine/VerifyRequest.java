package io.pgbackup.engine;

import io.pgbackup.crypto.Passphrase;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.storage.BackupStore;

/**
 * Everything one restore drill needs.
 *
 * @param connection    the server and account the drill restores with; it must be allowed to create
 *                      databases. Its database names whose backups to look in.
 * @param backupId      an id from {@code pgbackup list}, or {@code latest}
 * @param ownerRole     role the restore runs as (SET ROLE) and that owns the scratch database, or null
 * @param maintenanceDb database used to create and drop the scratch database (usually postgres)
 * @param compression   what gunzips the backup in the drill's restore (see {@link RestoreRequest})
 */
public record VerifyRequest(
        BackupStore store,
        PgConnection connection,
        PgTools tools,
        Passphrase passphrase,
        String backupId,
        String ownerRole,
        String maintenanceDb,
        io.pgbackup.compress.Compression compression) {
}
