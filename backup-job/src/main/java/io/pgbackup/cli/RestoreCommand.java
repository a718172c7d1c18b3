package io.pgbackup.cli;

import io.pgbackup.catalog.Catalog;
import io.pgbackup.compress.Compression;
import io.pgbackup.dump.DatabaseName;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.restore.Names;
import io.pgbackup.restore.RestoreJob;
import io.pgbackup.restore.RestoreRequest;
import io.pgbackup.restore.Selection;
import io.pgbackup.restore.UndoJob;
import io.pgbackup.error.ExitCode;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.pgbackup.error.PgBackupException;

import java.io.Console;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup into a database: it is loaded into a new database beside the target, checked,",
                "then switched in by renaming (the target's sessions are ended at the switch, which takes seconds).",
                "The result is exactly the backup; on any failure the target is unchanged. The target's former state",
                "is kept as a database (--keep-previous), and --undo brings it back.",
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

    @Option(names = "--safety-backup", description = "also back up an existing target to the store before the restore")
    boolean safetyBackup;

    @Option(names = "--no-safety-backup", hidden = true, description = "no pre-restore backup (the default)")
    boolean noSafetyBackup;

    @Option(names = "--keep-previous", paramLabel = "N", defaultValue = "1",
            description = "previous states of the target kept as databases for --undo (default ${DEFAULT-VALUE}; 0 drops it)")
    int keepPrevious;

    @Option(names = "--switch-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long the switch retries while the target stays in use (default ${DEFAULT-VALUE})")
    int switchTimeout;

    @Option(names = "--jobs", paramLabel = "N",
            description = {"connections that load the backup at once: the rows of its tables, then its indexes and",
                    "constraints (default: the machine's cores; 1: one psql session in one transaction)"})
    Integer jobs;

    @Option(names = "--table", paramLabel = "SCHEMA.TABLE",
            description = {"restore only this table (repeatable; public when no schema is given): its definition,",
                    "rows, indexes and constraints but foreign keys, into a new database (default: a scratch one)"})
    List<String> tables = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "restore only this schema and what it holds (repeatable), into a new database")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--undo", description = "bring back the target's state before its last restore (no backup is read)")
    boolean undo;

    RestoreCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        try (JobSecrets secrets = vault.apply(ctx, JobKind.RESTORE, ownerRole)) {
            return undo ? undo() : restore();
        }
    }

    private int undo() {
        PgConnection conn = database.connection(ctx);
        String targetDb = targetDatabase(conn);
        UndoJob.Result r = new UndoJob(conn, targetDb, maintenanceDb, confirmation(), timeout(), Clock.systemUTC()).run();
        ctx.out().println(r.broughtBack());
        Summary.LOG.info(String.format("undid the last restore of %s in %d ms%s", r.target(), r.switched().windowMillis(),
                r.parked() == null ? "" : "; the restored state is kept as " + r.parked()));
        return ExitCode.SUCCESS.code();
    }

    private String targetDatabase(PgConnection conn) {
        return target == null ? conn.database() : DatabaseName.check(target, "--target-database", ExitCode.USAGE);
    }

    private Duration timeout() {
        if (switchTimeout < 0 || keepPrevious < 0) {
            throw new PgBackupException(ExitCode.USAGE, "--switch-timeout and --keep-previous take a number >= 0",
                    "for example --switch-timeout 30 --keep-previous 1");
        }
        return Duration.ofSeconds(switchTimeout);
    }

    private RestoreRequest.LoadOptions load() {
        if (jobs == null) {
            return new RestoreRequest.LoadOptions(RestoreRequest.LoadOptions.defaults().jobs(), selection());
        }
        if (jobs < 1 || jobs > 64) {
            throw new PgBackupException(ExitCode.USAGE, "--jobs " + jobs + " is not between 1 and 64",
                    "for example --jobs 2 (the restore uses one more connection for the schema)");
        }
        return new RestoreRequest.LoadOptions(jobs, selection());
    }

    private Selection selection() {
        return new Selection(tables.stream().map(Selection::qualified).toList(), List.copyOf(schemas));
    }

    private int restore() {
        PgConnection conn = database.connection(ctx);
        String targetDb = target == null && !selection().all() ? Names.scratch(conn.database(), Instant.now())
                : targetDatabase(conn);
        Compression compression = BackupCommand.compression(ctx, compressor, null, null);
        try (BackupStore source = store.open(ctx)) {
            RestoreRequest req = new RestoreRequest(source, conn, PgTools.locate(), passphrase.passphrase(ctx),
                    conn.database(), backupId, targetDb, ownerRole, maintenanceDb, confirmation(),
                    safetyBackup && !noSafetyBackup ? new RestoreRequest.SafetyBackup(compression) : null, compression,
                    new RestoreRequest.SwitchOptions(keepPrevious, timeout(), false), load());
            RestoreJob.Result r = new RestoreJob(req, Clock.systemUTC()).run();
            ctx.out().println(r.restored().id());
            Summary.LOG.info(String.format("restored %s into %s: %s of SQL in %s, switched in %d ms%s%s", r.restored().id(),
                    r.target(), Progress.bytes(r.sqlBytes()), Durations.human(r.millis()), r.switched().windowMillis(),
                    r.previous() == null || keepPrevious == 0 ? "" : "; previous state kept as " + r.previous(),
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
