package io.pgbackup.demo;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.compress.Compression;
import io.pgbackup.catalog.Reason;
import io.pgbackup.crypto.Passphrase;
import io.pgbackup.dump.Database;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.engine.BackupJob;
import io.pgbackup.engine.BackupRequest;
import io.pgbackup.restore.RestoreJob;
import io.pgbackup.restore.RestoreRequest;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.BackupStores;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code pgbackup demo}: the whole cycle on a throwaway PostgreSQL and a local store, with nothing
 * configured. Start a server, load sample data, back it up, list, restore into a new database,
 * compare every table's row count, clean up.
 */
public final class Demo {
    static final String SOURCE = "demo_app";
    static final String TARGET = "demo_restored";

    private final PrintStream out;
    private final Path tempRoot;

    /** A demo printing to {@code out} whose server and store live in new directories under {@code tempRoot}. */
    public Demo(PrintStream out, Path tempRoot) {
        this.out = out;
        this.tempRoot = tempRoot;
    }

    /** Runs the demo; throws VERIFY_FAILED if the restored data differs. */
    public void run() {
        Path storeDir = tempDir();
        out.println("1. starting a throwaway PostgreSQL from the binaries on this machine");
        try (LocalPostgres pg = LocalPostgres.start(tempRoot);
             BackupStore store = BackupStores.open(storeDir.toUri().toString(), null)) {
            out.printf("   PostgreSQL %s on 127.0.0.1:%d%n", pg.psql("postgres", "SHOW server_version"), pg.port());
            out.println("2. loading sample data into database " + SOURCE);
            pg.psql("postgres", "CREATE DATABASE " + SOURCE);
            SampleData.load(pg, SOURCE);
            PgConnection conn = new PgConnection(pg.host(), pg.port(), LocalPostgres.SUPERUSER, SOURCE, null, null);
            Passphrase passphrase = Passphrase.fromEnv(randomPassphrase());
            out.println("3. backing up to " + store.describe() + " (gzip + OpenPGP AES-256)");
            Compression compression = Compression.choose("auto", 1, Runtime.getRuntime().availableProcessors(),
                    System.getenv());
            Manifest m = new BackupJob(new BackupRequest(store, conn, pg.tools(), passphrase, Reason.MANUAL, List.of(),
                    compression, true, Map.of()), Clock.systemUTC()).run();
            out.printf("   backup %s: %d bytes of SQL stored as %d bytes%n", m.id(), m.dumpBytes(), m.storedBytes());
            out.println("4. listing the store");
            for (BackupEntry e : new Catalog(store, SOURCE).restorable()) {
                out.printf("   %s  %s  %d bytes%n", e.id(), e.name().reason().label(), e.storedBytes());
            }
            out.println("5. restoring into a new database " + TARGET);
            new RestoreJob(new RestoreRequest(store, conn, pg.tools(), passphrase, SOURCE, Catalog.LATEST, TARGET, null,
                    "postgres", db -> false, null, compression, RestoreRequest.SwitchOptions.DEFAULT,
                    RestoreRequest.LoadOptions.defaults()), Clock.systemUTC()).run();
            out.println("6. comparing row counts");
            compare(conn, m);
        } finally {
            deleteTree(storeDir);
        }
        out.println("demo passed: backup, list and restore work on this machine; everything was cleaned up");
    }

    private void compare(PgConnection conn, Manifest m) {
        Map<String, Long> restored;
        try (Database db = Database.connect(conn.withDatabase(TARGET), ExitCode.VERIFY_FAILED)) {
            restored = db.countRows();
        }
        for (Map.Entry<String, Long> e : m.tableRowCounts().entrySet()) {
            Long after = restored.get(e.getKey());
            out.printf("   %-24s %8d rows backed up, %8s restored%s%n", e.getKey(), e.getValue(), after,
                    e.getValue().equals(after) ? "" : "   <-- DIFFERENT");
        }
        if (!restored.equals(m.tableRowCounts())) {
            throw new PgBackupException(ExitCode.VERIFY_FAILED, "the restored database differs from the backup",
                    "run again with --verbose and report the output");
        }
    }

    private static String randomPassphrase() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private Path tempDir() {
        try {
            return Files.createTempDirectory(tempRoot, "pgbackup-demo-store-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
