package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.ChildPgbackup;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code restore --jobs N}: the wide schema of the restore-over suite, plus a table of 12 MB of rows (three
 * chunks, loaded on several connections at once), restored on N connections gives exactly the backup,
 * into a new database and over a migrated one. A failure on one connection (an index that cannot be
 * built, rows a check refuses) ends the others at once and leaves the target as it was.
 */
class ParallelRestoreTest {
    /** Flags a test sets so that the functions of its schema behave otherwise at restore than at backup. */
    private static final String FLAG = "par_flag_" + ProcessHandle.current().pid();
    /** A table whose index takes 15 s to build once the flag is set. */
    private static final String SLOW_TABLE = " CREATE TABLE a_slow(id int); INSERT INTO a_slow SELECT generate_series(1, 300);"
            + " CREATE INDEX a_slow_idx ON a_slow (public.slow_when_flagged(id))";

    @TempDir
    static Path store;

    static WideSchema.BackedUp wide;

    @BeforeAll
    static void backUpTheWideSchemaAndABigTable() {
        wide = WideSchema.backedUp("par_wide", store,
                "CREATE TABLE app.bulk(id bigint PRIMARY KEY, body text NOT NULL, at timestamptz DEFAULT now());"
                + " INSERT INTO app.bulk(id, body) SELECT i, repeat(md5(i::text), 2) FROM generate_series(1, 120000) i;"
                + " CREATE INDEX bulk_body ON app.bulk(body); CREATE INDEX bulk_at ON app.bulk(at, id)");
    }

    @ParameterizedTest(name = "--jobs {0}")
    @ValueSource(ints = {1, 2, 3})
    void aParallelRestoreIntoANewDatabaseIsExactlyTheBackup(int jobs) {
        LocalPostgres pg = PostgresFixture.server();
        String target = "par_new_" + jobs + "_" + ProcessHandle.current().pid();

        Cli.Result r = wide.cli().run("restore", "--backup", wide.id(), "--target-database", target, "--jobs",
                Integer.toString(jobs));

        assertThat(r.code()).as(r.err()).isZero();
        if (jobs > 1) {
            assertThat(r.err()).contains("loading " + wide.id() + " on " + jobs + " connections (and one for the schema)");
        }
        assertThat(DumpCompare.normalised(pg, target)).isEqualTo(wide.atBackup());
        assertThat(pg.psql(target, "SELECT count(*), count(DISTINCT body) FROM app.bulk")).isEqualTo("120000|120000");
        pg.psql("postgres", "DROP DATABASE " + target);
    }

    @Test
    void aParallelRestoreOverAMigratedDatabaseIsExactlyTheBackup() {
        LocalPostgres pg = PostgresFixture.server();
        String target = PostgresFixture.newDatabase("par_over");
        pg.psql("postgres", "DROP DATABASE " + target);
        pg.psql("postgres", "CREATE DATABASE " + target + " TEMPLATE " + wide.source());
        pg.psql(target, "CREATE TABLE order_notes(id int PRIMARY KEY, order_id int REFERENCES orders(id));"
                + " DELETE FROM app.bulk WHERE id % 2 = 0; DROP INDEX app.bulk_body");

        Cli.Result r = wide.cli().run("restore", "--backup", wide.id(), "--target-database", target, "--yes", "--jobs", "2",
                "--keep-previous", "0");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DumpCompare.normalised(pg, target)).isEqualTo(wide.atBackup());
    }

    @Test
    void jobsOutOfRangeAreRefused() {
        Cli.Result r = wide.cli().run("restore", "--target-database", "never_made", "--jobs", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --jobs 0 is not between 1 and 64\n"
                + "HINT: for example --jobs 2 (the restore uses one more connection for the schema)\n");
    }

    /**
     * The index {@code t_flag} cannot be built at restore (its function gives every row the same key once
     * the flag role exists), while another connection builds {@code a_slow_idx}, whose function then
     * sleeps 50 ms a row (15 s in all): the restore fails at once, without waiting for the slow build.
     */
    @Test
    void anIndexThatFailsOnOneConnectionStopsTheOthersAndLeavesTheTargetAsItWas() {
        Cli.Result r = restoreFlagged("par_fail_index",
                "CREATE TABLE t(id int); INSERT INTO t SELECT generate_series(1, 1000);"
                + " CREATE UNIQUE INDEX t_flag ON t (public.same_when_flagged(id))");

        assertThat(r.code()).as(r.err()).isEqualTo(21);
        assertThat(r.err()).contains("could not create unique index \"t_flag\"").contains("HINT:");
    }

    /** A check constraint refuses the rows on one connection once the flag role exists. */
    @Test
    void rowsRefusedOnOneConnectionStopTheOthersAndLeaveTheTargetAsItWas() {
        Cli.Result r = restoreFlagged("par_fail_rows",
                "CREATE TABLE checked(id int CHECK (public.same_when_flagged(id) = id));"
                + " INSERT INTO checked SELECT generate_series(2, 50000)");

        assertThat(r.code()).as(r.err()).isEqualTo(21);
        assertThat(r.err()).contains("violates check constraint \"checked_id_check\"").contains("HINT:");
    }

    /** SIGTERM while a job connection builds an index: every connection ends, the target is as it was. */
    @Test
    void sigtermWhileAJobConnectionBuildsAnIndexLeavesTheTargetAsItWas() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = PostgresFixture.newDatabase("par_term");
        pg.psql(db, flagFunctions() + SLOW_TABLE);
        Cli one = Fixtures.cli(db, store);
        Cli.Result backup = one.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String before = DumpCompare.dump(pg, db);
        // the slow index's function sleeps in pg_sleep: seen as that wait, whatever the query text shows
        String building = "datname = '" + Names.staging(db) + "' AND wait_event = 'PgSleep'";
        Path output = Files.createTempFile("pgbackup-par-term", ".log");
        pg.psql("postgres", "CREATE ROLE " + FLAG);
        try {
            Process job = ChildPgbackup.start(one.env(), output, "restore", "--backup", "latest", "--yes", "--jobs", "2");
            try {
                long deadline = System.currentTimeMillis() + 90_000;
                while (pg.psql("postgres", "SELECT count(*) FROM pg_stat_activity WHERE " + building).equals("0")) {
                    assertThat(job.isAlive() && System.currentTimeMillis() < deadline).as(Files.readString(output)).isTrue();
                    Thread.sleep(50);
                }
                job.destroy();
                assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(job.exitValue()).as(Files.readString(output)).isEqualTo(130);
                assertThat(Files.readString(output)).contains("error: restore interrupted by a signal");
            } finally {
                job.destroyForcibly();
            }
            assertThat(DumpCompare.dump(pg, db)).as("the target is unchanged").isEqualTo(before);
            assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = '" + Names.staging(db) + "'"))
                    .as("the new database is dropped").isEqualTo("0");
            assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                    + " AND datname = '" + Names.staging(db) + "'"))
                    .as("no connection still builds the slow index").isEqualTo("0");
        } finally {
            pg.psql("postgres", "DROP ROLE " + FLAG);
            Files.deleteIfExists(output);
        }
    }

    /**
     * A new database with the flag functions, the slow index and {@code sql}, backed up; then the flag is
     * set and the backup restored over it with --jobs 2: returns that run.
     */
    private static Cli.Result restoreFlagged(String prefix, String sql) {
        LocalPostgres pg = PostgresFixture.server();
        String db = PostgresFixture.newDatabase(prefix);
        pg.psql(db, flagFunctions() + SLOW_TABLE + "; " + sql);
        Cli one = Fixtures.cli(db, store);
        Cli.Result backup = one.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String before = DumpCompare.dump(pg, db);
        pg.psql("postgres", "CREATE ROLE " + FLAG);
        try {
            long start = System.nanoTime();
            Cli.Result r = one.run("restore", "--backup", "latest", "--yes", "--jobs", "2");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("the other connection's 15 s index build was not waited for").isLessThan(10_000);
            assertThat(DumpCompare.dump(pg, db)).as("the target is unchanged").isEqualTo(before);
            assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname LIKE 'pgbackup_%'"
                    + " AND datname IN ('" + Names.staging(db) + "')")).as("the new database is dropped").isEqualTo("0");
            assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
                    + " AND datname = '" + Names.staging(db) + "'"))
                    .as("no connection still builds the slow index").isEqualTo("0");
            return r;
        } finally {
            pg.psql("postgres", "DROP ROLE " + FLAG);
        }
    }

    private static String flagFunctions() {
        String flagged = "EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '" + FLAG + "')";
        return "CREATE FUNCTION public.same_when_flagged(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$"
                + " BEGIN IF " + flagged + " THEN RETURN 1; END IF; RETURN $1; END $$;"
                + " CREATE FUNCTION public.slow_when_flagged(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$"
                + " BEGIN IF " + flagged + " THEN PERFORM pg_catalog.pg_sleep(0.05); END IF; RETURN $1; END $$;";
    }
}
