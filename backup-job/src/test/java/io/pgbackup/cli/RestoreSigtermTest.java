package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.ChildPgbackup;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restore cancelled half-way (SIGTERM, as when a CI job is cancelled) leaves the target exactly
 * as it was: psql is killed, the server rolls the transaction back, pgbackup exits 130.
 */
class RestoreSigtermTest {
    @TempDir
    Path store;

    @Test
    void sigtermDuringTheRestoreLeavesTheTargetUnchanged() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("rterm");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        String target = PostgresFixture.newDatabase("rterm_target");
        pg.psql(target, "CREATE TABLE orders(id bigint); INSERT INTO orders VALUES (42)");
        String before = DumpCompare.dump(pg, target);

        Path output = Files.createTempFile("pgbackup-restore-term", ".log");
        try (Connection locker = DriverManager.getConnection(pg.jdbcUrl(target))) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE orders IN ACCESS SHARE MODE");
            Process job = ChildPgbackup.start(cli.env(), output, "restore", "--target-database", target, "--yes",
                    "--no-safety-backup");
            try {
                // the restore's psql waits for the lock on orders (its DROP TABLE needs an exclusive lock)
                ChildPgbackup.awaitLockWait(pg, target, "datname = current_database() AND application_name = 'pgbackup'",
                        job, output);
                job.destroy(); // SIGTERM
                assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(job.exitValue()).as(Files.readString(output)).isEqualTo(130);
                assertThat(Files.readString(output)).contains("error: restore interrupted by a signal");
            } finally {
                job.destroyForcibly();
                locker.rollback();
                Files.deleteIfExists(output);
            }
        }
        // the killed psql's server process notices the lost client once the lock is granted, then rolls back
        String sessions = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgbackup'";
        long deadline = System.currentTimeMillis() + 15_000;
        while (!pg.psql(target, sessions).equals("0") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pg.psql(target, sessions)).isEqualTo("0");
        assertThat(DumpCompare.dump(pg, target)).isEqualTo(before);
    }
}
