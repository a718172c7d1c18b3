package io.pgbackup.engine;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.Reason;
import io.pgbackup.dump.Database;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One restore, as a checklist: find the backup, check the passphrase, make sure we may overwrite
 * the target, take a safety backup of it, create it if missing, then stream the backup into psql
 * inside one transaction that is committed only when the SHA-256 and the OpenPGP integrity check
 * passed. A failure at any step leaves the target database as it was.
 */
public final class RestoreJob {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreJob.class);

    /** What a restore did: the backup restored and the safety backup taken before, if any. */
    public record Result(Manifest restored, String target, Manifest safetyBackup, long sqlBytes, long millis) {
    }

    private final RestoreRequest req;
    private final Clock clock;

    public RestoreJob(RestoreRequest req, Clock clock) {
        this.req = req;
        this.clock = clock;
    }

    public Result run() {
        validate();
        req.store().probe();
        BackupEntry backup = new Catalog(req.store(), req.sourceDatabase()).resolve(req.backupId());
        LOG.info("restore {} of {} into database {}", backup.id(), req.sourceDatabase(), req.targetDatabase());
        new RestoreStream(req, backup.manifest()).checkPassphrase();
        boolean exists = targetExists();
        Manifest safety = null;
        if (exists) {
            confirmOverwrite();
            safety = safetyBackup();
        } else {
            createTarget();
        }
        long start = System.nanoTime();
        long sqlBytes = restoreOrDropCreated(backup.manifest(), !exists);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("restore of {} into {} committed: {} of SQL in {}", backup.id(), req.targetDatabase(),
                Progress.bytes(sqlBytes), Durations.human(millis));
        return new Result(backup.manifest(), req.targetDatabase(), safety, sqlBytes, millis);
    }

    /** Streams the backup in; a database this restore created is dropped again if that fails. */
    private long restoreOrDropCreated(Manifest manifest, boolean created) {
        try {
            return new RestoreStream(req, manifest).run();
        } catch (RuntimeException e) {
            if (created) {
                try (Database db = Sessions.open("restore", maintenance(), ExitCode.RESTORE_FAILED)) {
                    db.dropDatabase(req.targetDatabase());
                } catch (RuntimeException dropFailed) {
                    e.addSuppressed(dropFailed);
                }
            }
            throw e;
        }
    }

    private void validate() {
        if (req.passphrase() == null) {
            throw new PgBackupException(ExitCode.CONFIG, "no encryption passphrase",
                    "set ENCRYPTION_KEY, or pass --passphrase-file FILE, or read it from Vault with --vault-group");
        }
    }

    private PgConnection maintenance() {
        return req.connection().withDatabase(req.maintenanceDb());
    }

    private boolean targetExists() {
        try (Database db = Sessions.open("restore", maintenance(), ExitCode.RESTORE_FAILED)) {
            return db.databaseExists(req.targetDatabase());
        }
    }

    private void confirmOverwrite() {
        if (!req.confirmOverwrite().test(req.targetDatabase())) {
            throw new PgBackupException(ExitCode.REFUSED, "database " + req.targetDatabase()
                    + " exists and would be overwritten; nothing was changed",
                    "pass --yes to overwrite it (a pre-restore safety backup is taken first)",
                    "or restore into another database with --target-database NAME");
        }
    }

    private Manifest safetyBackup() {
        if (req.safetyBackup() == null) {
            LOG.warn("no safety backup of {} before overwriting it (--no-safety-backup)", req.targetDatabase());
            return null;
        }
        LOG.info("taking a pre-restore safety backup of {}", req.targetDatabase());
        BackupRequest backup = new BackupRequest(req.store(), req.connection().withDatabase(req.targetDatabase()),
                req.tools(), req.passphrase(), Reason.PRE_RESTORE, List.of(), req.safetyBackup().compression(),
                false, Map.of());
        Manifest m = new BackupJob(backup, clock).run();
        LOG.info("safety backup {} of {} taken; restore it with --backup {} if this restore was a mistake",
                m.id(), req.targetDatabase(), m.id());
        return m;
    }

    private void createTarget() {
        LOG.info("creating database {}{}", req.targetDatabase(),
                req.ownerRole() == null ? "" : " owned by " + req.ownerRole());
        try (Database db = Sessions.open("restore", maintenance(), ExitCode.RESTORE_FAILED)) {
            db.createDatabase(req.targetDatabase(), req.ownerRole());
        }
    }
}
