package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.ChildPgbackup;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.LockWaits;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup that waits on a lock says which session holds it, then goes on once it is free: a
 * migration's {@code ACCESS EXCLUSIVE} lock blocks pg_dump. (A restore loads beside the live database
 * and so waits for no application lock; the sessions it ends at the switch are in RestoreSwitchTest.)
 */
class LockWaitTest {
    @TempDir
    Path store;

    @Test
    void aBackupBlockedByAMigrationNamesItAndFinishesOnceItCommits() throws Exception {
        String db = Fixtures.sampleDatabase("lockb");
        Cli cli = Fixtures.cli(db, store);
        LocalPostgres pg = PostgresFixture.server();
        try (Connection migration = application(pg, db)) {
            LockWaits.holdExclusive(migration, "orders");
            int migrationPid = pidOf(migration);
            CompletableFuture<Cli.Result> backup = CompletableFuture.supplyAsync(() -> cli.run("backup"));
            waitUntilPgbackupWaitsOnALock(pg, db);
            Thread.sleep(8_000);
            migration.commit();
            Cli.Result r = backup.get();
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("has been waiting").contains("the lock on orders is held by pid " + migrationPid)
                    .contains("HINT:").contains("SELECT pg_terminate_backend(" + migrationPid + ")");
            // pg_dump and the row counts both wait on it: the holder is named once
            assertThat(r.err().split("held by pid " + migrationPid, -1)).hasSize(2);
        }
        assertThat(cli.run("list").out()).contains("manual");
    }

    @Test
    void aSignalWhileTheWatchHoldsItsConnectionEndsTheJobAtOnce() throws Exception {
        String db = Fixtures.sampleDatabase("lockt");
        Cli cli = Fixtures.cli(db, store);
        LocalPostgres pg = PostgresFixture.server();
        Path output = Files.createTempFile("pgbackup-lock-term", ".log");
        try (Connection migration = application(pg, db)) {
            LockWaits.holdExclusive(migration, "orders");
            Process job = ChildPgbackup.start(cli.env(), output, "backup");
            try {
                ChildPgbackup.awaitLockWait(pg, db, "application_name = 'pgbackup' AND query LIKE 'LOCK TABLE %'", job, output);
                for (int i = 0; i < 200 && !Files.readString(output).contains("has been waiting"); i++) {
                    Thread.sleep(100);
                }
                assertThat(Files.readString(output)).contains("has been waiting");
                long signalled = System.nanoTime();
                job.destroy(); // SIGTERM
                assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled)).isLessThan(4_000);
                assertThat(job.exitValue()).as(Files.readString(output)).isEqualTo(130);
            } finally {
                job.destroyForcibly();
                migration.rollback();
                Files.deleteIfExists(output);
            }
        }
        assertThat(cli.run("list").out()).doesNotContain("manual");
    }

    @Test
    void aBackupThatIsNotBlockedSaysNothingAboutLocks() {
        String db = Fixtures.sampleDatabase("lockn");
        Cli.Result r = Fixtures.cli(db, store).run("backup");
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("waiting");
    }

    private static Connection application(LocalPostgres pg, String db) throws Exception {
        Properties p = new Properties();
        p.setProperty("ApplicationName", "shop-web");
        return DriverManager.getConnection(pg.jdbcUrl(db), p);
    }

    private static int pidOf(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void waitUntilPgbackupWaitsOnALock(LocalPostgres pg, String db) throws InterruptedException {
        LockWaits.await(pg, db, "application_name = 'pgbackup'", () -> true, () -> "");
    }
}
