package io.pgbackup.restore;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.Reason;
import io.pgbackup.dump.Database;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.engine.BackupJob;
import io.pgbackup.engine.BackupRequest;
import io.pgbackup.engine.Cleanup;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.Sessions;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One restore, as a checklist: find the backup, check the passphrase, take the target's restore lock,
 * read the target's database properties, make sure we may overwrite it and have every privilege the
 * restore needs, drop what a killed restore left, load the backup into a new database beside the
 * target (in one transaction, committed only when the SHA-256 and the OpenPGP integrity check passed),
 * check its row counts and sequences, give it the target's properties, switch (end the target's
 * sessions, rename it away and the new one in, in one transaction), and keep the previous database
 * for {@code --undo}. Until the switch commits the target is untouched and the application keeps
 * running on it; a failure at any step drops the new database and leaves the target as it was.
 */
public final class RestoreJob {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreJob.class);

    /** What a restore did. {@code previous}: where the target's former state is kept, if anywhere. */
    public record Result(Manifest restored, String target, Manifest safetyBackup, long sqlBytes, long millis,
                         String previous, Switch.Done switched, LoadedChecks.Checked checks) {
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
        Selection selection = req.load().selection();
        LOG.info("restore {} of {}{} into database {}", backup.id(), req.sourceDatabase(),
                selection.all() ? "" : " (" + selection.describe() + ")", target());
        checkSelection(backup.manifest());
        new RestoreStream(req, backup.manifest(), null).checkPassphrase();
        try (Database maintenance = Sessions.open("restore", maintenance(), ExitCode.RESTORE_FAILED)) {
            RestoreLock.take(maintenance, target());
            Optional<DatabaseProperties> existing = DatabaseProperties.read(maintenance, target());
            existing.ifPresent(e -> refusePartialOver());
            existing.ifPresent(e -> confirmOverwrite());
            Preflight.check(maintenance, Preflight.account(maintenance), existing.orElse(null), req.ownerRole());
            Manifest safety = existing.isPresent() ? safetyBackup() : null;
            String staging = Names.staging(target());
            dropLeftover(maintenance, staging);
            createStaging(maintenance, staging, existing);
            long start = System.nanoTime();
            Loaded loaded = loadCheckAndSwitch(maintenance, backup.manifest(), staging, existing);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (existing.isPresent()) {
                PreviousDatabases.keep(maintenance, target(), req.switchOptions().keepPrevious());
            }
            LOG.info("restore of {} into {} done: {} of SQL in {}; the switch took {} ms", backup.id(), target(),
                    Progress.bytes(loaded.sqlBytes()), Durations.human(millis), loaded.switched().windowMillis());
            return new Result(backup.manifest(), target(), safety, loaded.sqlBytes(), millis, loaded.previous(),
                    loaded.switched(), loaded.checks());
        }
    }

    private record Loaded(long sqlBytes, LoadedChecks.Checked checks, String previous, Switch.Done switched) {
    }

    /** The steps after which the new database exists: any failure among them drops it again. */
    private Loaded loadCheckAndSwitch(Database maintenance, Manifest manifest, String staging,
                                      Optional<DatabaseProperties> existing) {
        try {
            long sqlBytes = new RestoreStream(req, manifest, staging).run();
            Cleanup.checkpoint("restore");
            LoadedChecks.Checked checks = LoadedChecks.run(req, manifest, staging);
            existing.ifPresent(p -> giveProperties(maintenance, p, staging));
            Cleanup.checkpoint("restore");
            String previous = existing.isPresent() ? PreviousDatabases.freeName(maintenance, target(), clock.instant()) : null;
            Switch.Done done = Switch.run(maintenance, target(), previous, staging, req.switchOptions().timeout());
            LOG.info("switched {} to the restored database in {} ms ({} session{} ended)", target(), done.windowMillis(),
                    done.sessionsEnded(), done.sessionsEnded() == 1 ? "" : "s");
            return new Loaded(sqlBytes, checks, previous, done);
        } catch (RuntimeException e) {
            dropAfterFailure(maintenance, staging);
            throw e;
        }
    }

    /** Drops the new database after a failure, waiting 5 s at most for locks; else the next restore drops it. */
    private void dropAfterFailure(Database maintenance, String staging) {
        try {
            maintenance.execute("SET lock_timeout = '5s'", ExitCode.RESTORE_FAILED);
            maintenance.dropDatabase(staging);
        } catch (RuntimeException dropFailed) {
            LOG.warn("could not drop database {} ({}); the next restore of {} drops it", staging,
                    dropFailed.getMessage(), target());
        }
    }

    private String target() {
        return req.targetDatabase();
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

    /** Every table and schema a --table or --schema restore names is in the backup (when its manifest counts rows). */
    private void checkSelection(Manifest manifest) {
        List<String> missing = req.load().selection().notIn(manifest.tableRowCounts());
        if (!missing.isEmpty()) {
            throw new PgBackupException(ExitCode.USAGE, String.join(" and ", missing) + " not in backup "
                    + manifest.id() + " of " + manifest.database() + "; nothing was changed",
                    "its tables: " + String.join(", ", manifest.tableRowCounts().keySet().stream().sorted().limit(20)
                            .toList()) + (manifest.tableRowCounts().size() > 20 ? ", …" : ""));
        }
    }

    /** A --table or --schema restore makes a new database: it never replaces one. */
    private void refusePartialOver() {
        Selection selection = req.load().selection();
        if (!selection.all()) {
            throw new PgBackupException(ExitCode.REFUSED, "database " + target() + " exists; a restore of "
                    + selection.describe() + " goes into a new database; nothing was changed",
                    "name a database that does not exist with --target-database NAME, or leave it out for a scratch one",
                    "then copy what you need back, for example: pg_dump -t TABLE --data-only NAME | psql");
        }
    }

    private void confirmOverwrite() {
        if (!req.confirmOverwrite().test(target())) {
            throw new PgBackupException(ExitCode.REFUSED, "database " + target()
                    + " exists and would be overwritten; nothing was changed",
                    "pass --yes to overwrite it (its current state is kept as a database; --undo brings it back)",
                    "or restore into another database with --target-database NAME");
        }
    }

    private Manifest safetyBackup() {
        if (req.safetyBackup() == null) {
            return null;
        }
        LOG.info("taking a pre-restore safety backup of {}", target());
        BackupRequest backup = new BackupRequest(req.store(), req.connection().withDatabase(target()),
                req.tools(), req.passphrase(), Reason.PRE_RESTORE, List.of(), req.safetyBackup().compression(),
                false, Map.of());
        Manifest m = new BackupJob(backup, clock).run();
        LOG.info("safety backup {} of {} taken", m.id(), target());
        return m;
    }

    /** A new database left by a killed restore of this target (we hold the lock: nobody else loads it). */
    private void dropLeftover(Database maintenance, String staging) {
        if (maintenance.databaseExists(staging)) {
            LOG.warn("dropping database {} left by an interrupted restore of {}", staging, target());
            maintenance.dropDatabase(staging);
        }
    }

    private void createStaging(Database maintenance, String staging, Optional<DatabaseProperties> existing) {
        String owner = existing.map(DatabaseProperties::owner).orElse(req.ownerRole());
        LOG.info("loading into new database {}{} beside {}", staging, owner == null ? "" : " owned by " + owner, target());
        maintenance.execute(existing.map(p -> p.createLike(staging)).orElse("CREATE DATABASE "
                + Database.quoteIdent(staging) + " TEMPLATE template0"
                + (owner == null ? "" : " OWNER " + Database.quoteIdent(owner))), ExitCode.RESTORE_FAILED);
    }

    private void giveProperties(Database maintenance, DatabaseProperties p, String staging) {
        for (String sql : p.applyTo(staging)) {
            maintenance.execute(sql, ExitCode.RESTORE_FAILED);
        }
    }

    /** The name the target's present state gets; a second restore within one second moves past it. */
}
