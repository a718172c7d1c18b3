package io.pgbackup.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * An application's reader during a restore: queries {@code marker} (true on the old state) every
 * 5 ms, reconnects on every failure, and counts which state each read saw and the longest gap
 * between two successful reads. Read the counters after {@link #stopAndJoin()}.
 */
public final class ReconnectingReader extends Thread {
    private final String db;
    private final String marker;
    private volatile boolean stop;
    public int sawOld;
    public int sawNew;
    public int sawOldAfterNew;
    public int failed;
    public long longestGapMillis;

    public ReconnectingReader(String db, String marker) {
        this.db = db;
        this.marker = marker;
    }

    @Override
    public void run() {
        long lastOk = System.nanoTime();
        Connection c = null;
        while (!stop) {
            try {
                if (c == null) {
                    c = AppSessions.open(db);
                }
                if (AppSessions.query(c, marker).equals("t")) {
                    sawOld++;
                    if (sawNew > 0) {
                        sawOldAfterNew++;
                    }
                } else {
                    sawNew++;
                }
                long now = System.nanoTime();
                longestGapMillis = Math.max(longestGapMillis, TimeUnit.NANOSECONDS.toMillis(now - lastOk));
                lastOk = now;
                Thread.sleep(5);
            } catch (SQLException e) {
                failed++;
                AppSessions.closeQuietly(c);
                c = null;
            } catch (InterruptedException e) {
                return;
            }
        }
        AppSessions.closeQuietly(c);
    }

    /** Lets it read half a second more (reads after the switch), then stops it. */
    public void stopAndJoin() throws InterruptedException {
        Thread.sleep(500);
        stop = true;
        join(30_000);
    }
}
