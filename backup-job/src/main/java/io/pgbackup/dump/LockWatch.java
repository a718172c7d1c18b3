package io.pgbackup.dump;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Says what a stalled backup or restore is waiting for. pg_dump waits without a word for the
 * {@code ACCESS SHARE} locks it takes when a migration holds {@code ACCESS EXCLUSIVE}, and a restore's
 * {@code DROP TABLE} waits for every application session that has read the table in an open
 * transaction: at 3 a.m. that looks like a hang.
 *
 * <p>When no byte has moved for 5 s ({@link Timing#DEFAULT}), this asks the server which of pgbackup's sessions
 * ({@code application_name} pgbackup) in the database waits on a lock, on what, and which sessions
 * hold it ({@code pg_blocking_pids}), and logs it with a HINT; again every 30 s while it lasts. It
 * only reads: it never ends a session. Its own connection is opened at the first stall; if that
 * connection fails (the server or the network to it is down), it says so once and stops. It must
 * not fail the job it watches.
 */
public final class LockWatch implements AutoCloseable {
    /**
     * How long without progress before the first look ({@code stall}, also the least time between
     * two looks), between two reports of the same wait ({@code repeat}), and between two progress
     * readings ({@code tick}).
     */
    record Timing(Duration stall, Duration repeat, Duration tick) {
        static final Timing DEFAULT = new Timing(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1));
    }

    private static final Logger LOG = LoggerFactory.getLogger(LockWatch.class);
    private static final String BLOCKERS = """
            SELECT DISTINCT coalesce(r.relation::regclass::text, r.locktype, 'an object'),
                   b.pid, b.usename, b.application_name, b.state,
                   extract(epoch FROM now() - b.xact_start)::bigint
            FROM pg_stat_activity w
            CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid)
            JOIN pg_stat_activity b ON b.pid = bp.pid
            LEFT JOIN LATERAL (SELECT l.relation, l.locktype FROM pg_locks l
                               WHERE l.pid = w.pid AND NOT l.granted LIMIT 1) r ON true
            WHERE w.application_name = 'pgbackup' AND w.wait_event_type = 'Lock'
              AND w.datname = current_database() AND w.pid <> pg_backend_pid()
            ORDER BY 2, 1""";

    private final PgConnection conn;
    private final String who;
    private final LongSupplier moved;
    private final Timing timing;
    private final ScheduledExecutorService timer;
    private long lastCount = -1;
    private long stalledSince;
    private long reportedAt;
    private long checkedAt;
    private volatile Connection session;
    private volatile boolean closed;
    private boolean givenUp;

    private LockWatch(PgConnection conn, String who, LongSupplier moved, Timing timing) {
        this.conn = conn;
        this.who = who;
        this.moved = moved;
        this.timing = timing;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lock-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Watches {@code who} (for example {@code "restore 20261127T081123Z-manual"}), working in the
     * database of {@code conn}, whose progress is {@code moved} (a byte count that grows while it works).
     */
    public static LockWatch start(PgConnection conn, String who, LongSupplier moved) {
        return start(conn, who, moved, Timing.DEFAULT);
    }

    static LockWatch start(PgConnection conn, String who, LongSupplier moved, Timing timing) {
        LockWatch w = new LockWatch(conn, who, moved, timing);
        w.stalledSince = System.nanoTime();
        w.checkedAt = w.stalledSince - timing.stall().toNanos();
        long tick = timing.tick().toMillis();
        w.timer.scheduleWithFixedDelay(w::check, tick, tick, TimeUnit.MILLISECONDS);
        return w;
    }

    private void check() {
        long now = System.nanoTime();
        long count = moved.getAsLong();
        if (count != lastCount) {
            lastCount = count;
            stalledSince = now;
            reportedAt = 0;
            return;
        }
        long stalled = now - stalledSince;
        long stall = timing.stall().toNanos();
        if (givenUp || stalled < stall || now - checkedAt < stall
                || (reportedAt != 0 && now - reportedAt < timing.repeat().toNanos())) {
            return;
        }
        checkedAt = now; // a stall without a lock (a slow store) asks the server every 5 s, not every second
        try {
            Set<Integer> pids = new TreeSet<>();
            List<String> blockers = blockers(pids);
            if (!blockers.isEmpty() && !closed) {
                reportedAt = now;
                String terminate = pids.stream().map(pid -> "SELECT pg_terminate_backend(" + pid + ")")
                        .collect(Collectors.joining("; "));
                LOG.warn("{} has been waiting {} s for a lock: {}\nHINT: end those transactions in their application,"
                                + " or end the sessions ({}); pgbackup goes on as soon as the lock is free",
                        who, TimeUnit.NANOSECONDS.toSeconds(stalled), String.join("; ", blockers), terminate);
            }
        } catch (SQLException | RuntimeException e) {
            givenUp = true;
            if (session == null && !closed) {
                LOG.warn("{} has made no progress for {} s, and a new connection to the database server at {}:{} failed: {}"
                                + "\nHINT: if the server or the network to it is down, pg_dump and psql wait until TCP gives up;"
                                + " stop the job (it keeps nothing partial) and run it again once the server answers",
                        who, TimeUnit.NANOSECONDS.toSeconds(stalled), conn.host(), conn.port(),
                        DatabaseErrors.firstLine(e.getMessage()));
            } else {
                LOG.debug("lock watch stopped: {}", e.getMessage());
            }
        }
    }

    private List<String> blockers(Set<Integer> pids) throws SQLException {
        if (session == null) {
            session = DriverManager.getConnection(conn.jdbcUrl(), conn.jdbcProperties());
            if (closed) { // the job ended while this connected: close() may have missed it
                closeSession();
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = session.prepareStatement(BLOCKERS); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                pids.add(rs.getInt(2));
                out.add("the lock on " + rs.getString(1) + " is held by pid " + rs.getInt(2)
                        + " (user " + rs.getString(3) + ", application '" + nullToEmpty(rs.getString(4)) + "'"
                        + (rs.getString(5) == null ? "" : ", " + rs.getString(5))
                        + (rs.getObject(6) == null ? "" : ", transaction open for " + rs.getLong(6) + " s") + ")");
            }
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Stops the watch without waiting for it: closing its connection ends a query in flight (the
     * watch then stops quietly), so a job that ends, or is stopped by a signal, is not held up.
     */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        closeSession();
    }

    private void closeSession() {
        Connection c = session;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("lock watch: {}", e.getMessage());
            }
        }
    }
}
