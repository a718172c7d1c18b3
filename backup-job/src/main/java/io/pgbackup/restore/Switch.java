package io.pgbackup.restore;

import io.pgbackup.dump.Database;
import io.pgbackup.engine.Cleanup;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The switch: in one transaction of the maintenance session, end every session on the target, rename
 * the target away ({@code previous}) and the loaded database in ({@code incoming} → target). Either
 * both renames commit or neither does, so a failure or a kill at any point leaves the target as it
 * was or exactly the backup.
 *
 * <p>Renaming a database takes a lock that new connections to it wait for (they then fail with
 * "database … does not exist … It seems to have just been dropped or renamed", and a retry reaches
 * the restored database); sessions already there are ended with {@code pg_terminate_backend}, and
 * PostgreSQL waits up to 5 s for them to go. A session that connected between the two is caught by
 * the rename ({@code 55006}, "being accessed by other users"): the transaction rolls back and the
 * switch is tried again, until {@code timeout}.
 */
public final class Switch {
    private static final Logger LOG = LoggerFactory.getLogger(Switch.class);
    private static final String IN_USE = "55006";

    private Switch() {
    }

    /** What the switch did: how many sessions it ended, attempts made and how long the target was unavailable. */
    public record Done(int sessionsEnded, int attempts, long windowMillis) {
    }

    /**
     * Switches; {@code previous} null means the target does not exist yet (then {@code incoming} is only
     * renamed to it).
     */
    static Done run(Database maintenance, String target, String previous, String incoming, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Connection c = maintenance.jdbc();
        int ended = 0;
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement();
                     Cleanup.Registration onSignal = Cleanup.register(() -> cancel(st))) {
                    Cleanup.checkpoint("restore");
                    if (previous != null) {
                        Ended e = endSessions(st, target);
                        ended += e.count();
                        if (!e.kept().isEmpty()) {
                            throw new SessionsKept(e.kept());
                        }
                        st.execute("ALTER DATABASE " + Database.quoteIdent(target) + " RENAME TO "
                                + Database.quoteIdent(previous));
                    }
                    st.execute("ALTER DATABASE " + Database.quoteIdent(incoming) + " RENAME TO "
                            + Database.quoteIdent(target));
                }
                c.commit();
                c.setAutoCommit(true);
                return new Done(ended, attempt, (System.nanoTime() - started) / 1_000_000);
            } catch (SessionsKept e) {
                rollback(c);
                Cleanup.checkpoint("restore");
                if (System.nanoTime() > deadline) {
                    throw new PgBackupException(ExitCode.RESTORE_FAILED, "the restore account may not end session(s) "
                            + String.join(", ", e.sessions) + " on " + target + " (a superuser's); the loaded backup was"
                            + " dropped and " + target + " is unchanged",
                            "end them as a superuser (SELECT pg_terminate_backend(pid)) or ask their users to disconnect,"
                                    + " then restore again");
                }
                pause();
            } catch (SQLException e) {
                rollback(c);
                Cleanup.checkpoint("restore");
                if (!IN_USE.equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw failed(target, e);
                }
                LOG.warn("database {} is still in use ({}); ending its sessions again (attempt {})", target,
                        e.getMessage(), attempt + 1);
            }
        }
    }

    /** Sessions ended, and those this account may not end (a superuser's, unless it is one). */
    private record Ended(int count, List<String> kept) {
    }

    /** Sessions that stay, so the rename cannot succeed: the switch waits for them, then gives up. */
    private static final class SessionsKept extends RuntimeException {
        private final List<String> sessions;

        SessionsKept(List<String> sessions) {
            super(null, null, false, false);
            this.sessions = sessions;
        }
    }

    /**
     * Ends every other session on {@code db} that this account may end, naming each in the log.
     * {@code pg_terminate_backend} raises an error (aborting the switch's transaction) for a superuser's
     * session when called by a non-superuser, so those are left alone and returned.
     */
    private static Ended endSessions(Statement st, String db) throws SQLException {
        int n = 0;
        List<String> kept = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT a.pid, a.usename, a.application_name, a.client_addr, a.state,"
                + " round(extract(epoch FROM now() - a.state_change))::bigint,"
                + " CASE WHEN NOT coalesce(r.rolsuper, false) OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                + " THEN pg_terminate_backend(a.pid) END"
                + " FROM pg_stat_activity a LEFT JOIN pg_roles r ON r.oid = a.usesysid WHERE a.datname = "
                + DatabaseProperties.literal(db) + " AND a.pid <> pg_backend_pid() ORDER BY a.pid")) {
            while (rs.next()) {
                boolean ended = rs.getBoolean(7);
                boolean allowed = !rs.wasNull();
                String who = rs.getInt(1) + " (user " + rs.getString(2) + ", application '" + rs.getString(3) + "')";
                if (!allowed) {
                    kept.add(who);
                    LOG.warn("session {} on {} is a superuser's: this account may not end it", who, db);
                    continue;
                }
                n++;
                LOG.warn("ending session {} on {} (user {}, application '{}', from {}, {} for {} s){}", rs.getInt(1), db,
                        rs.getString(2), rs.getString(3), rs.getString(4) == null ? "local" : rs.getString(4),
                        rs.getString(5), rs.getLong(6), ended ? "" : ": it was already gone");
            }
        }
        return new Ended(n, kept);
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Cleanup.checkpoint("restore");
        }
    }

    /** A signal cancels the statement in flight: the transaction then rolls back and nothing is switched. */
    private static void cancel(Statement st) {
        try {
            st.cancel();
        } catch (SQLException ignored) {
            // the session is gone: the server rolls back
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the session is gone: the server rolled back
        }
    }

    private static PgBackupException failed(String target, SQLException e) {
        if (IN_USE.equals(e.getSQLState())) {
            return new PgBackupException(ExitCode.RESTORE_FAILED, "database " + target + " stayed in use at the switch: "
                    + e.getMessage() + "; the loaded backup was dropped and " + target + " is unchanged",
                    "stop what reconnects to it at once (an application restarting in a loop, a pooler's health"
                            + " check) or raise --switch-timeout, then restore again");
        }
        return new PgBackupException(ExitCode.RESTORE_FAILED, "the switch to the restored database failed: "
                + e.getMessage() + "; database " + target + " is unchanged", e,
                "run again with --verbose; the loaded backup was dropped");
    }
}
