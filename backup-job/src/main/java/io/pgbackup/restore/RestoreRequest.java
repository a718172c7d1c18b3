package io.pgbackup.restore;

import io.pgbackup.compress.Compression;
import io.pgbackup.crypto.Passphrase;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.storage.BackupStore;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * Everything one restore needs.
 *
 * @param connection      the server and account; its database is ignored (see targetDatabase)
 * @param sourceDatabase  whose backups to look in (the name the backup was taken from)
 * @param backupId        an id from {@code pgbackup list}, or {@code latest}
 * @param targetDatabase  where to restore; created when missing, replaced by the switch when it exists
 * @param ownerRole       role the restore session switches to (SET ROLE), or null
 * @param maintenanceDb   database the restore works from: it creates, renames and drops the databases and holds
 *                        the lock that keeps a second restore of the target out (usually postgres)
 * @param confirmOverwrite asked before an existing database is overwritten; false refuses
 * @param safetyBackup    settings of a pre-restore backup of an existing target, or null to take none (the
 *                        previous database is kept instead, see keepPrevious)
 * @param compression     what gunzips the backup: {@code igzip -d} in front of psql when its engine is
 *                        igzip, else zlib in this JVM (null: zlib)
 * @param switchOptions   how the switch is made and what is kept after it
 * @param load            how the backup is loaded: on how many connections
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
        Compression compression,
        SwitchOptions switchOptions,
        LoadOptions load) {

    /**
     * @param jobs      connections that load the rows and build the indexes at once; 1 (with no selection):
     *                  the whole dump in one psql session and one transaction, as before parallel restores
     * @param selection the tables or schemas to restore, into a new database ({@link Selection#ALL}: all)
     */
    public record LoadOptions(int jobs, Selection selection) {
        /** As many jobs as the machine has cores, the whole backup. */
        public static LoadOptions defaults() {
            return new LoadOptions(Runtime.getRuntime().availableProcessors(), Selection.ALL);
        }

        /** Whether the dump is read and cut up here (several jobs, or a selection), not piped whole into psql. */
        boolean readHere() {
            return jobs > 1 || !selection.all();
        }
    }

    /**
     * @param keepPrevious how many previous states of the target to keep as databases (0: drop it at once)
     * @param timeout      how long the switch may retry while the target stays in use
     * @param drill        a restore drill: the checks of the loaded database are returned, not enforced
     */
    public record SwitchOptions(int keepPrevious, Duration timeout, boolean drill) {
        public static final SwitchOptions DEFAULT = new SwitchOptions(1, Duration.ofSeconds(30), false);
        public static final SwitchOptions DRILL = new SwitchOptions(0, Duration.ofSeconds(30), true);
    }

    /** How the pre-restore backup is taken. */
    public record SafetyBackup(Compression compression) {
    }
}
