package io.pgbackup.engine;

import io.pgbackup.compress.Compression;
import io.pgbackup.crypto.Passphrase;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.storage.BackupStore;

import java.util.function.Predicate;

/**
 * Everything one restore needs.
 *
 * @param connection      the server and account; its database is ignored (see targetDatabase)
 * @param sourceDatabase  whose backups to look in (the name the backup was taken from)
 * @param backupId        an id from {@code pgbackup list}, or {@code latest}
 * @param targetDatabase  where to restore; created when missing
 * @param ownerRole       role the restore session switches to (SET ROLE), or null
 * @param maintenanceDb   database used to check for and create the target (usually postgres)
 * @param confirmOverwrite asked before an existing database is overwritten; false refuses
 * @param safetyBackup    settings of the pre-restore backup of an existing target, or null to skip it
 * @param compression     what gunzips the backup: {@code igzip -d} in front of psql when its engine is
 *                        igzip, else zlib in this JVM (null: zlib)
 */
public record RestoreRequest(
        BackupStore store,
        PgConnection connection,
        PgTools tools,
        Passphrase passphrase,
        String sourceDatabase,
        String backupId,
        String targetDatabase,
        String ownerRole,
        String maintenanceDb,
        Predicate<String> confirmOverwrite,
        SafetyBackup safetyBackup,
        Compression compression) {

    /** How the pre-restore backup is taken. */
    public record SafetyBackup(Compression compression) {
    }
}
