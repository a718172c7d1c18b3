package io.pgbackup.restore;

import io.pgbackup.dump.Database;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

/**
 * One restore of a database at a time: a session-level advisory lock, in the maintenance database,
 * on the target's name. It is held by the restore's maintenance session for the whole job and goes
 * with it, so a killed restore never leaves it behind. Restores of one target must name the same
 * maintenance database (advisory locks belong to a database; the default is postgres).
 */
final class RestoreLock {
    /** The first key of the lock: "pgbr" in ASCII, so other applications' locks do not collide. */
    private static final String KEY = "1885823602";

    private RestoreLock() {
    }

    static void take(Database maintenance, String target) {
        String got = maintenance.rows("SELECT pg_try_advisory_lock(" + KEY + ", hashtext(?))::text",
                ExitCode.RESTORE_FAILED, "pgbackup restore " + target).get(0).get(0);
        if (!"true".equals(got)) {
            throw new PgBackupException(ExitCode.BUSY, "another restore of database " + target
                    + " is running on this server; nothing was changed",
                    "wait for it to end (its job log says when), then run this restore again if it is still needed");
        }
    }
}
