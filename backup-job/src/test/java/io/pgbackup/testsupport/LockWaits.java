package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The wait of the lock tests: until a pgbackup session blocks on a lock that the test holds. */
public final class LockWaits {
    private LockWaits() {
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
