package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.HeldLoad;
import io.pgbackup.testsupport.AppSessions;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.ReconnectingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The switch from the live database to the restored one, seen from outside: the database's own
 * properties survive it, an application keeps reading the old state until the switch and reads the
 * backup after reconnecting, a session in an open transaction is ended and named, {@code --undo}
 * switches back (and again), {@code --keep-previous 0} keeps nothing, and a second restore of the same
 * database waits for nothing: it is refused at once.
 */
class RestoreSwitchTest {
    @TempDir
    Path store;

    private final LocalPostgres pg = PostgresFixture.server();

    /** What pg_dump does not carry and the restore must: owner, settings, grants, comment, limit. */
    private String properties(String db) {
        return pg.psql("postgres", "SELECT r.rolname, d.datconnlimit, d.datallowconn, d.encoding, d.datcollate,"
                + " array_to_string(array(SELECT unnest(d.datacl)::text ORDER BY 1), ','),"
                + " shobj_description(d.oid, 'pg_database') FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                + " WHERE d.datname = '" + db + "'") + " | " + pg.psql("postgres", "SELECT string_agg(coalesce(r.rolname,"
                + " '*') || '=' || array_to_string(s.setconfig, ';'), ',' ORDER BY r.rolname NULLS FIRST)"
                + " FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase"
                + " LEFT JOIN pg_roles r ON r.oid = s.setrole WHERE d.datname = '" + db + "'");
    }

    @Test
    void theDatabasesOwnPropertiesSurviveTheSwitch() {
        String db = Fixtures.sampleDatabase("rsp");
        String app = db + "_app";
        String owner = db + "_own";
        pg.psql("postgres", "CREATE ROLE " + app + " LOGIN; CREATE ROLE " + owner);
        pg.psql("postgres", "ALTER DATABASE " + db + " OWNER TO " + owner);
        pg.psql("postgres", "ALTER DATABASE " + db + " SET search_path = shop, public");
        pg.psql("postgres", "ALTER DATABASE " + db + " SET work_mem = '32MB'");
        pg.psql("postgres", "ALTER ROLE " + app + " IN DATABASE " + db + " SET statement_timeout = '15s'");
        pg.psql("postgres", "ALTER DATABASE " + db + " CONNECTION LIMIT 50");
        pg.psql("postgres", "REVOKE CONNECT, TEMPORARY ON DATABASE " + db + " FROM PUBLIC");
        pg.psql("postgres", "GRANT CONNECT ON DATABASE " + db + " TO " + app);
        pg.psql("postgres", "COMMENT ON DATABASE " + db + " IS 'the shop''s orders'");
        String before = properties(db);
        assertThat(before).contains(owner).contains("50").contains(app + "=c/").contains("the shop's orders")
                .contains("search_path=shop, public").contains(app + "=statement_timeout=15s");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();

        Cli.Result r = cli.run("restore", "--yes");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(properties(db)).isEqualTo(before);
        // and the previous state, kept for --undo, keeps them too apart from its name
        String previous = pg.psql("postgres", "SELECT datname FROM pg_database WHERE starts_with(datname, '"
                + Names.previousPrefix(db) + "')");
        assertThat(properties(previous)).isEqualTo(before);
    }

    @Test
    void undoSwitchesBackAndUndoAgainSwitchesForward() {
        String db = Fixtures.sampleDatabase("rsu");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        String atBackup = DumpCompare.dump(pg, db);
        pg.psql(db, "CREATE TABLE order_notes(id int PRIMARY KEY, note text); INSERT INTO order_notes VALUES (1, 'deploy')");
        String deployed = DumpCompare.dump(pg, db);

        assertThat(cli.run("restore", "--yes").code()).isZero();
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(atBackup);

        Cli.Result undo = cli.run("restore", "--undo", "--target-database", db, "--yes");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(undo.err()).contains("is back as it was before the restore").contains("--undo again brings it back");
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(deployed);

        Cli.Result again = cli.run("restore", "--undo", "--target-database", db, "--yes");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(atBackup);
        assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE starts_with(datname, '"
                + Names.previousPrefix(db) + "')")).isEqualTo("1");
    }

    @Test
    void undoWithoutYesRefusesAndChangesNothing() {
        String db = Fixtures.sampleDatabase("rsy");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        pg.psql(db, "CREATE TABLE later(x int)");
        assertThat(cli.run("restore", "--yes").code()).isZero();
        String restored = DumpCompare.dump(pg, db);

        Cli.Result undo = cli.run("restore", "--undo", "--target-database", db);

        assertThat(undo.code()).isEqualTo(23);
        assertThat(undo.err()).contains("would be replaced by " + Names.previousPrefix(db)).contains("HINT: pass --yes");
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(restored);
    }

    @Test
    void keepPreviousZeroKeepsNothingAndThenThereIsNothingToUndo() {
        String db = Fixtures.sampleDatabase("rsk");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        String atBackup = DumpCompare.dump(pg, db);
        pg.psql(db, "CREATE TABLE later(x int)");

        Cli.Result r = cli.run("restore", "--yes", "--keep-previous", "0");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(atBackup);
        assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE starts_with(datname, '"
                + Names.previousPrefix(db) + "')")).isEqualTo("0");
        Cli.Result undo = cli.run("restore", "--undo", "--target-database", db, "--yes");
        assertThat(undo.code()).isEqualTo(11);
        assertThat(undo.err()).contains("no previous state of database " + db).contains("HINT:");
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(atBackup);
    }

    @Test
    void keepPreviousKeepsTheNewestStatesOnly() {
        String db = Fixtures.sampleDatabase("rsn");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        for (int i = 0; i < 3; i++) {
            pg.psql(db, "CREATE TABLE later" + i + "(x int)");
            Cli.Result r = cli.run("restore", "--yes", "--keep-previous", "2");
            assertThat(r.code()).as(r.err()).isZero();
        }
        // the newest kept state is the one before the last restore: it holds later2
        assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE starts_with(datname, '"
                + Names.previousPrefix(db) + "')")).isEqualTo("2");
        assertThat(cli.run("restore", "--undo", "--target-database", db, "--yes").code()).isZero();
        assertThat(pg.psql(db, "SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class"
                + " WHERE relname LIKE 'later%'")).isEqualTo("later2");
    }

    @Test
    void aSecondRestoreOfTheSameDatabaseIsRefusedAtOnce() throws Exception {
        HeldLoad backup = HeldLoad.backedUp("rsb", store);
        Path output = Files.createTempFile("pgbackup-restore-busy", ".log");
        try (Connection holder = DriverManager.getConnection(pg.jdbcUrl("postgres"))) {
            Process first = backup.startHeldRestore(holder, output);
            try {
                long start = System.nanoTime();
                Cli.Result second = backup.cli().run("restore", "--backup", backup.id(), "--yes");
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

                assertThat(second.code()).as(second.err()).isEqualTo(25);
                assertThat(second.err()).contains("another restore of database " + backup.db() + " is running")
                        .contains("nothing was changed").contains("HINT:");
                assertThat(millis).as("refused without waiting").isLessThan(30_000);
                holder.rollback();
                assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(first.exitValue()).as(Files.readString(output)).isZero();
            } finally {
                first.destroyForcibly();
            }
        }
        assertThat(DumpCompare.dump(pg, backup.db())).isEqualTo(backup.atBackup());
        Files.deleteIfExists(output);
    }

    /**
     * The application while a restore runs: it reads the deployed state during the whole load; a session
     * left idle in a transaction is ended at the switch and named in the log; a reconnecting reader
     * reads the backup afterwards. Prints how long the target could not be reached.
     */
    @Test
    void theApplicationReadsTheOldStateUntilTheSwitchThenTheBackup() throws Exception {
        HeldLoad backup = HeldLoad.backedUp("rsa", store);
        pg.psql(backup.db(), "CREATE TABLE order_notes(id int); INSERT INTO order_notes VALUES (1)");
        Path output = Files.createTempFile("pgbackup-restore-app", ".log");
        try (Connection holder = DriverManager.getConnection(pg.jdbcUrl("postgres"));
             Connection idle = AppSessions.open(backup.db())) {
            idle.setAutoCommit(false);
            int idlePid = AppSessions.pid(idle);
            AppSessions.query(idle, "SELECT count(*) FROM orders"); // now idle in transaction, holding orders
            Process job = backup.startHeldRestore(holder, output);
            try {
                // while the backup loads beside it, the application reads and writes the deployed state
                try (Connection reader = AppSessions.open(backup.db())) {
                    assertThat(AppSessions.query(reader, "SELECT count(*) FROM order_notes")).isEqualTo("1");
                    AppSessions.query(reader, "INSERT INTO order_notes VALUES (2) RETURNING id");
                }
                ReconnectingReader loop = new ReconnectingReader(backup.db(), "SELECT to_regclass('order_notes') IS NOT NULL");
                loop.start();
                holder.rollback();
                assertThat(job.waitFor(120, TimeUnit.SECONDS)).isTrue();
                String log = HeldLoad.read(output);
                assertThat(job.exitValue()).as(log).isZero();
                loop.stopAndJoin();

                assertThat(log).contains("ending session " + idlePid + " on " + backup.db())
                        .contains("application 'shop-web'").contains("idle in transaction");
                assertThatThrownBy(() -> AppSessions.query(idle, "SELECT 1")).isInstanceOf(SQLException.class);
                assertThat(loop.sawOld).as("reads before the switch").isPositive();
                assertThat(loop.sawNew).as("reads after the switch").isPositive();
                assertThat(loop.sawOldAfterNew).as("no read of the old state after one of the new").isZero();
                System.out.printf("switch: %s; longest gap between two successful reads %d ms (%d reads old, %d new,"
                        + " %d failed)%n", log.lines().filter(l -> l.contains("switched ")).findFirst().orElse("?"),
                        loop.longestGapMillis, loop.sawOld, loop.sawNew, loop.failed);
            } finally {
                job.destroyForcibly();
            }
        }
        assertThat(DumpCompare.dump(pg, backup.db())).isEqualTo(backup.atBackup());
        Files.deleteIfExists(output);
    }
}
