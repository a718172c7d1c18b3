package io.pgbackup.engine;

import io.pgbackup.dump.Database;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.error.ExitCode;

/**
 * The jobs' JDBC sessions, opened so that a signal during a slow login (up to PGCONNECT_TIMEOUT)
 * ends the command at once with exit 130 instead of after the login gives up.
 */
public final class Sessions {
    private Sessions() {
    }

    public static Database open(String job, PgConnection conn, ExitCode otherwise) {
        return Cleanup.interruptibly(job, () -> Database.connect(conn, otherwise));
    }
}
