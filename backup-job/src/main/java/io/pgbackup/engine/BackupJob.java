package io.pgbackup.engine;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.crypto.MessageKey;
import io.pgbackup.crypto.PgpEncryption;
import io.pgbackup.dump.Database;
import io.pgbackup.dump.PgDump;
import io.pgbackup.dump.RowSecurity;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One backup, as a checklist: validate, probe the store, inspect the server, export a snapshot,
 * stream pg_dump through gzip and OpenPGP into the store, count rows in the same snapshot, write
 * the manifest last. Any failure before the manifest leaves no object behind.
 */
public final class BackupJob {
    private static final Logger LOG = LoggerFactory.getLogger(BackupJob.class);

    private final BackupRequest req;
    private final Clock clock;

    public BackupJob(BackupRequest req, Clock clock) {
        this.req = req;
        this.clock = clock;
    }

    public Manifest run() {
        validate();
        CompletableFuture<MessageKey> key = CompletableFuture.supplyAsync(() -> PgpEncryption.prepare(req.passphrase()));
        CompletableFuture<String> pgDumpVersion = CompletableFuture.supplyAsync(() -> PgDump.version(req.tools()));
        req.store().probe();
        try (Database snapshotSession = Sessions.open("backup", req.connection(), ExitCode.DUMP_FAILED)) {
            checkVersions(snapshotSession, DumpStream.join(pgDumpVersion));
            if (RowSecurity.applies(req.selection())) {
                RowSecurity.check(snapshotSession, req.connection().user());
            }
            Cleanup.checkpoint("backup");
            Instant started = clock.instant();
            BackupName name = freeName(new BackupName(req.connection().database(), started, req.reason()));
            LOG.info("backup {} of {} to {}", name.id(), req.connection(), req.store().describe());
            Progress.Goal estimate = lastBackupsSize();
            String serverVersion = snapshotSession.serverVersion();
            String snapshot = snapshotSession.exportSnapshot();
            CompletableFuture<Map<String, Long>> counts = countRows(snapshotSession);
            DumpStream.Result stream = new DumpStream(req, name, key, estimate).run(snapshot);
            Map<String, Long> rowCounts = counts.join();
            Cleanup.checkpoint("backup");
            Manifest manifest = manifest(name, started, stream, serverVersion, pgDumpVersion.join(), rowCounts);
            new Catalog(req.store(), name.database()).writeManifest(name, manifest);
            LOG.info("backup {} complete: {} of SQL stored as {} in {}", name.id(), Progress.bytes(stream.dumpBytes()),
                    Progress.bytes(stream.storedBytes()), Durations.human(manifest.durationMillis()));
            return manifest;
        }
    }

    /**
     * Two backups in the same second get different seconds, whatever their reasons: the later one
     * moves to the next second, so ids sort in the order the backups were taken and {@code latest}
     * is the last one taken.
     */
    private BackupName freeName(BackupName name) {
        BackupName free = name;
        while (!req.store().list(free.secondPrefix()).isEmpty()) {
            free = new BackupName(free.database(), free.time().plusSeconds(1), free.reason());
        }
        return free;
    }

    /**
     * The progress lines' estimate: the SQL size of the newest complete backup of the same database
     * (none for a partial dump, or when it cannot be read: an estimate never fails a backup).
     */
    private Progress.Goal lastBackupsSize() {
        if (!req.selection().isEmpty()) {
            return Progress.Goal.NONE;
        }
        try {
            return new Catalog(req.store(), req.connection().database()).newestManifest()
                    .map(m -> Progress.Goal.inputAbout(m.dumpBytes(), "the last backup's")).orElse(Progress.Goal.NONE);
        } catch (RuntimeException e) {
            LOG.debug("no estimate from the last backup: {}", e.getMessage());
            return Progress.Goal.NONE;
        }
    }

    private void validate() {
        if (req.passphrase() == null) {
            throw new PgBackupException(ExitCode.CONFIG, "no encryption passphrase",
                    "set ENCRYPTION_KEY, or pass --passphrase-file FILE, or read it from Vault with --vault-group");
        }
        PgDump.validateSelection(req.selection());
    }

    /** pg_dump (its version line {@code line}) must not be older than the server of {@code db}. */
    private static void checkVersions(Database db, String line) {
        int server = db.serverMajorVersion();
        int client = PgDump.majorOf(line);
        if (client < server) {
            throw new PgBackupException(ExitCode.CONFIG, "pg_dump " + client + " is older than the server ("
                    + server + ")", "install postgresql-client-" + server + " or set PGBACKUP_PG_BIN to its bin directory");
        }
    }

    private CompletableFuture<Map<String, Long>> countRows(Database session) {
        if (!req.rowCounts() || !req.selection().isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return CompletableFuture.supplyAsync(session::countRows);
    }

    private Manifest manifest(BackupName name, Instant started, DumpStream.Result s, String serverVersion,
                              String pgDumpVersion, Map<String, Long> rowCounts) {
        Instant finished = clock.instant();
        return new Manifest(Manifest.FORMAT_VERSION, name.id(), name.database(), name.reason().label(),
                name.dataKey(), started, finished, finished.toEpochMilli() - started.toEpochMilli(),
                s.dumpBytes(), s.compressedBytes(), s.storedBytes(), s.sha256(), Manifest.COMPRESSION,
                req.compression().level(), req.compression().describe(), Manifest.ENCRYPTION, serverVersion, pgDumpVersion, Version.VERSION,
                rowCounts, req.ci());
    }
}
