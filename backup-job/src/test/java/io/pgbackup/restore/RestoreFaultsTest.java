package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.HeldLoad;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restore killed (SIGTERM or SIGKILL) while it loads, while it checks the loaded database, or while it
 * switches: the target is afterwards
 * exactly as it was (never half-restored, never gone), and the next restore cleans up what the killed
 * one left and gives exactly the backup.
 */
class RestoreFaultsTest {
    @TempDir
    Path store;

    private final LocalPostgres pg = PostgresFixture.server();

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "KILL"})
    void killedDuringTheLoad(String signal) throws Exception {
        HeldLoad backup = HeldLoad.backedUp("rkl", store);
        String before = DumpCompare.dump(pg, backup.db());
        Path output = Files.createTempFile("pgbackup-restore-kill", ".log");
        try (Connection holder = DriverManager.getConnection(pg.jdbcUrl("postgres"))) {
            Process job = backup.startHeldRestore(holder, output);
            try {
                stop(job, signal, output);
            } finally {
                job.destroyForcibly();
                holder.rollback();
            }
        }
        assertThat(DumpCompare.dump(pg, backup.db())).isEqualTo(before);
        assertCleanedUpAndRestorable(backup, signal.equals("KILL"));
        Files.deleteIfExists(output);
    }

    /** The server ends the load's session (a failover, an operator's pg_terminate_backend): exit 21, nothing changed. */
    @org.junit.jupiter.api.Test
    void theLoadsConnectionLostLeavesTheTargetAsItWas() throws Exception {
        HeldLoad backup = HeldLoad.backedUp("rkn", store);
        String before = DumpCompare.dump(pg, backup.db());
        Path output = Files.createTempFile("pgbackup-restore-lost", ".log");
        try (Connection holder = DriverManager.getConnection(pg.jdbcUrl("postgres"))) {
            Process job = backup.startHeldRestore(holder, output);
            try {
                assertThat(pg.psql("postgres", "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '"
                        + Names.staging(backup.db()) + "' AND application_name = 'pgbackup'")).isEqualTo("1");
                assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(job.exitValue()).as(HeldLoad.read(output)).isEqualTo(21);
                assertThat(HeldLoad.read(output)).contains("HINT:");
            } finally {
                job.destroyForcibly();
                holder.rollback();
            }
        }
        assertThat(DumpCompare.dump(pg, backup.db())).isEqualTo(before);
        assertCleanedUpAndRestorable(backup, false);
        Files.deleteIfExists(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "KILL"})
    void killedDuringTheCheck(String signal) throws Exception {
        HeldLoad backup = HeldLoad.backedUp("rkc", store);
        String before = DumpCompare.dump(pg, backup.db());
        Path output = Files.createTempFile("pgbackup-restore-kill", ".log");
        try (Connection role = DriverManager.getConnection(pg.jdbcUrl("postgres"))) {
            Process job = backup.startHeldRestore(role, output);
            try {
                String staging = Names.staging(backup.db());
                try (Connection catalog = DriverManager.getConnection(pg.jdbcUrl(staging))) {
                    // the loaded tables are not visible before the load commits, so hold the new database's
                    // pg_class: queued behind the load, granted when it commits, it then holds the check
                    // (its session reads pg_class as it connects and counts)
                    catalog.setAutoCommit(false);
                    Thread locker = new Thread(() -> lockPgClass(catalog));
                    locker.start();
                    HeldLoad.awaitWait("datname = '" + staging + "' AND query LIKE 'LOCK TABLE%'", job::isAlive,
                            () -> HeldLoad.read(output));
                    role.rollback();
                    locker.join(60_000);
                    awaitCheckWaiting(staging, job, output);
                    assertThat(HeldLoad.read(output)).doesNotContain("switched");
                    stop(job, signal, output);
                    rollbackIfStillConnected(catalog);
                }
            } finally {
                job.destroyForcibly();
            }
        }
        assertThat(DumpCompare.dump(pg, backup.db())).isEqualTo(before);
        // SIGTERM drops the new database, ending the test's session on it (DROP DATABASE ... FORCE)
        assertCleanedUpAndRestorable(backup, signal.equals("KILL"));
        Files.deleteIfExists(output);
    }

    /** Waits until a session other than the test's waits for the new database's pg_class. */
    private void awaitCheckWaiting(String staging, Process job, Path output) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && job.isAlive()) {
            if (!pg.psql("postgres", "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'pg_class'::regclass"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = '" + staging + "')").equals("0")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the check never waited for the loaded database: " + HeldLoad.read(output));
    }

    /** A SIGTERM'd restore drops the new database and so ends this session: nothing is left to roll back. */
    private static void rollbackIfStillConnected(Connection c) {
        try {
            c.rollback();
        } catch (java.sql.SQLException ended) {
            // terminated by the restore's DROP DATABASE ... WITH (FORCE)
        }
    }

    private static void lockPgClass(Connection catalog) {
        try (Statement st = catalog.createStatement()) {
            st.execute("LOCK TABLE pg_catalog.pg_class IN ACCESS EXCLUSIVE MODE");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "KILL"})
    void killedDuringTheSwitch(String signal) throws Exception {
        HeldLoad backup = HeldLoad.backedUp("rks", store);
        String before = DumpCompare.dump(pg, backup.db());
        Path output = Files.createTempFile("pgbackup-restore-kill", ".log");
        try (Connection role = DriverManager.getConnection(pg.jdbcUrl("postgres"));
             Connection catalog = DriverManager.getConnection(pg.jdbcUrl("postgres"))) {
            Process job = backup.startHeldRestore(role, output);
            try {
                // the new database exists: now hold what the switch's rename needs, and let the load go on
                catalog.setAutoCommit(false);
                try (Statement st = catalog.createStatement()) {
                    st.execute("LOCK TABLE pg_database IN EXCLUSIVE MODE");
                }
                role.rollback();
                HeldLoad.awaitWait("datname = 'postgres' AND application_name = 'pgbackup'"
                        + " AND query LIKE 'ALTER DATABASE%'", job::isAlive, () -> HeldLoad.read(output));
                stop(job, signal, output);
                if (signal.equals("TERM")) {
                    // the test still holds pg_database, so the new database cannot be dropped at once
                    assertThat(HeldLoad.read(output)).contains("could not drop database " + Names.staging(backup.db()));
                }
            } finally {
                job.destroyForcibly();
                catalog.rollback();
            }
        }
        assertThat(DumpCompare.dump(pg, backup.db())).isEqualTo(before);
        assertCleanedUpAndRestorable(backup, true);
        Files.deleteIfExists(output);
    }

    private static void stop(Process job, String signal, Path output) throws Exception {
        if (signal.equals("TERM")) {
            job.destroy();
        } else {
            job.destroyForcibly();
        }
        assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (signal.equals("TERM")) {
            assertThat(job.exitValue()).as(HeldLoad.read(output)).isEqualTo(130);
            assertThat(HeldLoad.read(output)).contains("error: restore interrupted by a signal");
        } else {
            assertThat(job.exitValue()).isEqualTo(137);
        }
    }

    /**
     * SIGTERM drops the new database (unless a lock holds it); what is {@code left} the next restore drops
     * before it loads, and then it succeeds.
     */
    private void assertCleanedUpAndRestorable(HeldLoad backup, boolean left) {
        String staging = "SELECT count(*) FROM pg_database WHERE datname = '" + Names.staging(backup.db()) + "'";
        assertThat(pg.psql("postgres", staging)).isEqualTo(left ? "1" : "0");
        Cli.Result again = backup.cli().run("restore", "--backup", backup.id(), "--yes");
        assertThat(again.code()).as(again.err()).isZero();
        if (left) {
            assertThat(again.err()).contains("dropping database " + Names.staging(backup.db())
                    + " left by an interrupted restore of " + backup.db());
        }
        assertThat(pg.psql("postgres", staging)).isEqualTo("0");
        assertThat(DumpCompare.dump(pg, backup.db())).isEqualTo(backup.atBackup());
    }

}
