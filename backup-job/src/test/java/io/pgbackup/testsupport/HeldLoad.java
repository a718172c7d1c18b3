package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.restore.Names;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup whose load a test can hold: it holds a table owned by a role that owns nothing else once
 * the backup is taken. A test that begins {@code DROP ROLE} on that role holds the role's lock until
 * it rolls back, and the restore's psql waits for it at the dump's {@code ALTER TABLE … OWNER TO}
 * (PostgreSQL locks the new owner while it records the dependency), in the new database beside the
 * target, while the target is untouched. The source itself, changed since ({@code held} dropped), is
 * the target to restore over; {@code atBackup} is its dump when the backup was taken.
 */
public record HeldLoad(String db, Cli cli, String id, String role, String atBackup) {
    public static HeldLoad backedUp(String prefix, Path store) {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase(prefix);
        String role = db + "_owner";
        pg.psql(db, "CREATE ROLE " + role + "; CREATE TABLE held(x int); ALTER TABLE held OWNER TO " + role);
        Cli cli = Fixtures.cli(db, store);
        Cli.Result r = cli.run("backup");
        assertThat(r.code()).as(r.err()).isZero();
        String atBackup = DumpCompare.dump(pg, db);
        pg.psql(db, "DROP TABLE held");
        return new HeldLoad(db, cli, r.out().strip(), role, atBackup);
    }

    /** Opens a transaction on {@code holder} that holds the role's lock, until the test rolls back. */
    public void hold(Connection holder) throws SQLException {
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            st.execute("DROP ROLE " + role);
        }
    }

    /**
     * Holds the load on {@code holder}, starts {@code pgbackup restore --backup <id> --yes} as a child
     * writing to {@code output}, and returns it once its load waits in the new database; the caller
     * destroys it in a finally block.
     */
    public Process startHeldRestore(Connection holder, Path output) throws SQLException, InterruptedException,
            java.io.IOException {
        hold(holder);
        Process job = ChildPgbackup.start(cli.env(), output, "restore", "--backup", id, "--yes");
        try {
            awaitLoadWaiting(db, job::isAlive, () -> read(output));
            return job;
        } catch (RuntimeException | Error | InterruptedException e) {
            job.destroyForcibly();
            throw e;
        }
    }

    /** The child's output so far, for assertion messages. */
    public static String read(Path output) {
        try {
            return java.nio.file.Files.readString(output);
        } catch (java.io.IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Waits (90 s at most) until the restore of {@code target} waits for the lock in its new database. */
    public static void awaitLoadWaiting(String target, BooleanSupplier running, Supplier<String> output)
            throws InterruptedException {
        awaitWait("datname = '" + Names.staging(target) + "' AND application_name = 'pgbackup'", running, output);
    }

    /** Waits until a session matching {@code who} (a condition on pg_stat_activity) waits for a lock. */
    public static void awaitWait(String who, BooleanSupplier running, Supplier<String> output)
            throws InterruptedException {
        LocalPostgres pg = PostgresFixture.server();
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && running.getAsBoolean()) {
            String waiting = pg.psql("postgres", "SELECT count(*) FROM pg_stat_activity WHERE (" + who + ")"
                    + " AND wait_event_type = 'Lock'");
            if (!waiting.equals("0")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the restore never waited for the lock (" + who + "): " + output.get());
    }
}
