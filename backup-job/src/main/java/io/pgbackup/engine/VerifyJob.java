package io.pgbackup.engine;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.dump.Database;
import io.pgbackup.restore.LoadedChecks;
import io.pgbackup.restore.RestoreJob;
import io.pgbackup.restore.RestoreRequest;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One restore drill, as a checklist: find the backup, make sure a scratch database can be created,
 * restore the backup into {@code pgbackup_verify_<id>} (no safety backup, no question asked), compare
 * every table's row count with the manifest, check that no sequence is behind its column, drop the
 * scratch database whatever happened, and write the verification record next to the backup.
 *
 * <p>A drill that reaches a verdict returns its record, passed or failed (a corrupt backup, a failed
 * restore, a wrong row count are verdicts). A drill that cannot run (store or server unreachable,
 * wrong passphrase, no such backup, interrupted) throws and writes no record.
 */
public final class VerifyJob {
    private static final Logger LOG = LoggerFactory.getLogger(VerifyJob.class);
    private static final Set<ExitCode> VERDICTS = Set.of(ExitCode.BACKUP_CORRUPT, ExitCode.RESTORE_FAILED);

    private final VerifyRequest req;
    private final Clock clock;

    public VerifyJob(VerifyRequest req, Clock clock) {
        this.req = req;
        this.clock = clock;
    }

    /** The scratch database of a drill: lowercase, so it needs no quoting in psql or logs. */
    public static String scratchDatabase(String backupId) {
        return "pgbackup_verify_" + backupId.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    public VerifyRecord run() {
        validate();
        req.store().probe();
        Catalog catalog = new Catalog(req.store(), req.connection().database());
        BackupEntry backup = catalog.resolve(req.backupId());
        String scratch = scratchDatabase(backup.id());
        LOG.info("restore drill of backup {} of {} in scratch database {}", backup.id(), catalog.database(), scratch);
        prepareScratch(scratch);
        Instant started = clock.instant();
        Drill drill;
        try {
            drill = restoreAndCheck(backup.manifest(), scratch);
        } catch (PgBackupException e) {
            if (!VERDICTS.contains(e.exitCode())) {
                throw e;
            }
            drill = new Drill(0, 0, 0, List.of("the restore failed: " + e.getMessage()), List.of());
        } finally {
            dropScratch(scratch);
        }
        VerifyRecord record = record(backup, scratch, started, drill);
        catalog.writeJson(backup.name().verifyKey(), record);
        int problems = record.problems().size();
        LOG.info("restore drill of backup {} {} in {}: {} tables and {} sequences checked, {} problem{}", backup.id(),
                record.result(), Durations.human(record.durationMillis()), record.tablesChecked(),
                record.sequencesChecked(), problems, problems == 1 ? "" : "s");
        return record;
    }

    /** The failure a CLI reports for a failed drill (exit code VERIFY_FAILED). */
    public static PgBackupException failure(VerifyRecord r) {
        return new PgBackupException(ExitCode.VERIFY_FAILED, "backup " + r.backupId() + " of database " + r.database()
                + " failed its restore drill: " + String.join("; ", r.problems()),
                "do not rely on this backup: take a new one (pgbackup backup) and verify it",
                "find out why with 'pgbackup verify --backup " + r.backupId() + " --verbose'; 'pgbackup status'"
                        + " exits 41 until a drill passes");
    }

    private void validate() {
        if (req.passphrase() == null) {
            throw new PgBackupException(ExitCode.CONFIG, "no encryption passphrase",
                    "set ENCRYPTION_KEY, or pass --passphrase-file FILE, or read it from Vault with --vault-group");
        }
    }

    private record Drill(long sqlBytes, int tables, int sequences, List<String> problems, List<String> notes) {
    }

    private Drill restoreAndCheck(Manifest manifest, String scratch) {
        RestoreRequest restore = new RestoreRequest(req.store(), req.connection(), req.tools(), req.passphrase(),
                req.connection().database(), manifest.id(), scratch, req.ownerRole(), req.maintenanceDb(), db -> false,
                null, req.compression(), RestoreRequest.SwitchOptions.DRILL, RestoreRequest.LoadOptions.defaults());
        RestoreJob.Result restored = new RestoreJob(restore, clock).run();
        LoadedChecks.Checked c = restored.checks();
        return new Drill(restored.sqlBytes(), c.tables(), c.sequences(), c.problems(), c.notes());
    }

    private PgConnection maintenance() {
        return req.connection().withDatabase(req.maintenanceDb());
    }

    /** Checks that the account may create databases, and drops a scratch database a killed drill left. */
    private void prepareScratch(String scratch) {
        try (Database db = Sessions.open("verify", maintenance(), ExitCode.VERIFY_FAILED)) {
            String may = db.queryString("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user");
            if (!"t".equals(may)) {
                throw new PgBackupException(ExitCode.CONFIG, "the account " + req.connection().user()
                        + " cannot create databases: the restore drill needs a scratch database",
                        "run verify with an account that has CREATEDB (the Vault verify role has it)");
            }
            if (db.databaseExists(scratch)) {
                LOG.warn("dropping scratch database {} left by an earlier drill", scratch);
                db.dropDatabase(scratch);
            }
        }
    }

    private void dropScratch(String scratch) {
        try (Database db = Sessions.open("verify", maintenance(), ExitCode.VERIFY_FAILED)) {
            db.dropDatabase(scratch);
        } catch (RuntimeException e) {
            LOG.warn("could not drop scratch database {}: {}; drop it by hand", scratch, e.getMessage());
        }
    }

    private VerifyRecord record(BackupEntry backup, String scratch, Instant started, Drill d) {
        Instant finished = clock.instant();
        return new VerifyRecord(VerifyRecord.FORMAT_VERSION, backup.id(), backup.name().database(),
                d.problems().isEmpty() ? VerifyRecord.PASSED : VerifyRecord.FAILED, started, finished,
                finished.toEpochMilli() - started.toEpochMilli(), scratch, d.sqlBytes(), d.tables(), d.sequences(),
                d.problems(), d.notes(), Version.VERSION);
    }
}
