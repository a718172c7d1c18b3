package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The lock tests' two steps: hold a table's lock, then wait until a pgbackup session blocks on it. */
public final class LockWaits {
    private LockWaits() {
    }

    /**
     * Opens a transaction on {@code holder} that takes {@code table}'s ACCESS EXCLUSIVE lock (what a
     * migration takes); it is held until the test commits, rolls back or closes {@code holder}.
     */
    public static void holdExclusive(Connection holder, String table) throws SQLException {
        holder.setAutoCommit(false);
        try (Statement st = holder.createStatement()) {
            st.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
        }
    }

    /**
     * Waits (90 s at most) until a session of database {@code db} matching {@code who} (an SQL
     * condition on pg_stat_activity) waits for a lock; fails with {@code output} if {@code running}
     * turns false first.
     */
    public static void await(LocalPostgres pg, String db, String who, BooleanSupplier running, Supplier<String> output)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && running.getAsBoolean()) {
            String waiting = pg.psql(db, "SELECT count(*) FROM pg_stat_activity WHERE (" + who + ")"
                    + " AND wait_event_type = 'Lock' AND datname = current_database()");
            if (!waiting.equals("0")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("pgbackup never waited for the lock (" + who + "): " + output.get());
    }
}
