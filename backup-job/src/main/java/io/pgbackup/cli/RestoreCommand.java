package io.pgbackup.cli;

import io.pgbackup.catalog.Catalog;
import io.pgbackup.compress.Compression;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.RestoreJob;
import io.pgbackup.engine.RestoreRequest;
import io.pgbackup.error.ExitCode;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Console;
import java.time.Clock;
import java.util.function.Predicate;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into a database, in one transaction: it is fully restored or not at all.",
                "An existing target is backed up first (reason pre-restore), so a wrong restore can be undone.",
                "The backups are looked up under --dbname (PGDATABASE); --target-database defaults to the same name."})
final class RestoreCommand extends JobCommand {
    @Mixin StoreOptions store;
    @Mixin DatabaseOptions database;
    @Mixin PassphraseOptions passphrase;
    @Mixin VaultOptions vault;

    @Option(names = "--backup", paramLabel = "ID", defaultValue = Catalog.LATEST,
            description = "backup id from 'pgbackup list', or latest (default)")
    String backupId;

    @Option(names = "--target-database", paramLabel = "NAME", description = "database to restore into; created when missing")
    String target;

    @Option(names = "--yes", description = "overwrite an existing target database without asking")
    boolean yes;

    @Option(names = "--owner-role", paramLabel = "ROLE",
            description = "role the restore runs as (SET ROLE), so restored objects belong to it")
    String ownerRole;

    @Option(names = "--maintenance-db", paramLabel = "DB", defaultValue = "postgres",
            description = "database used to check for and create the target (default ${DEFAULT-VALUE})")
    String maintenanceDb;

    @Option(names = "--compressor", paramLabel = "auto|igzip|zlib",
            description = {"what gunzips the backup: igzip -d (ISA-L) in the pipe to psql, or zlib in pgbackup;",
                    "auto: igzip when installed (default auto; env PGBACKUP_COMPRESSOR). Also compresses the safety backup"})
    String compressor;

    @Option(names = "--no-safety-backup", description = "do not back up an existing target before overwriting it")
    boolean noSafetyBackup;

    RestoreCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        try (JobSecrets secrets = vault.apply(ctx, JobKind.RESTORE, ownerRole)) {
            return restore();
        }
    }

    private int restore() {
        PgConnection conn = database.connection(ctx);
        String targetDb = target != null ? target : conn.database();
        Compression compression = BackupCommand.compression(ctx, compressor, null, null);
        try (BackupStore source = store.open(ctx)) {
            RestoreRequest req = new RestoreRequest(source, conn, PgTools.locate(), passphrase.passphrase(ctx),
                    conn.database(), backupId, targetDb, ownerRole, maintenanceDb, confirmation(),
                    noSafetyBackup ? null : new RestoreRequest.SafetyBackup(compression), compression);
            RestoreJob.Result r = new RestoreJob(req, Clock.systemUTC()).run();
            ctx.out().println(r.restored().id());
            Summary.LOG.info(String.format("restored %s into %s: %s of SQL in %s%s", r.restored().id(), r.target(),
                    Progress.bytes(r.sqlBytes()), Durations.human(r.millis()),
                    r.safetyBackup() == null ? "" : "; safety backup " + r.safetyBackup().id()));
            return ExitCode.SUCCESS.code();
        }
    }

    private Predicate<String> confirmation() {
        if (yes) {
            return db -> true;
        }
        Console console = System.console();
        if (!ctx.interactive() || console == null) {
            return db -> false;
        }
        return db -> db.equals(console.readLine("database %s exists and will be overwritten. Type its name to go on: ", db));
    }
}
