package io.pgbackup.restore;

import io.pgbackup.dump.Database;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.engine.Sessions;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code restore --undo}, as a checklist: take the target's restore lock, find the newest previous
 * state of the target kept by a restore, make sure we may overwrite the target and have the
 * privileges, and switch back (the restored database is kept in its turn, so an undo can be undone).
 */
public final class UndoJob {
    private static final Logger LOG = LoggerFactory.getLogger(UndoJob.class);

    /** What the undo did: the database brought back, and where the replaced state is now kept. */
    public record Result(String target, String broughtBack, String parked, Switch.Done switched) {
    }

    private final PgConnection connection;
    private final String target;
    private final String maintenanceDb;
    private final Predicate<String> confirm;
    private final Duration timeout;
    private final Clock clock;

    public UndoJob(PgConnection connection, String target, String maintenanceDb, Predicate<String> confirm,
                   Duration timeout, Clock clock) {
        this.connection = connection;
        this.target = target;
        this.maintenanceDb = maintenanceDb;
        this.confirm = confirm;
        this.timeout = timeout;
        this.clock = clock;
    }

    public Result run() {
        try (Database m = Sessions.open("restore --undo", connection.withDatabase(maintenanceDb), ExitCode.RESTORE_FAILED)) {
            RestoreLock.take(m, target);
            String previous = PreviousDatabases.newest(m, target).orElseThrow(this::nothingKept);
            Optional<DatabaseProperties> current = DatabaseProperties.read(m, target);
            if (current.isPresent() && !confirm.test(target)) {
                throw new PgBackupException(ExitCode.REFUSED, "database " + target + " would be replaced by " + previous
                        + ", its state before the last restore; nothing was changed", "pass --yes to undo the restore");
            }
            Preflight.check(m, Preflight.account(m), current.orElse(null), null);
            String parked = current.isPresent() ? PreviousDatabases.freeName(m, target, clock.instant()) : null;
            LOG.info("undoing the last restore of {}: bringing back {}", target, previous);
            Switch.Done done = Switch.run(m, target, parked, previous, timeout);
            LOG.info("database {} is back as it was before the restore (switch {} ms){}", target, done.windowMillis(),
                    parked == null ? "" : "; the restored state is kept as " + parked + " (--undo again brings it back)");
            return new Result(target, previous, parked, done);
        }
    }

    private PgBackupException nothingKept() {
        return new PgBackupException(ExitCode.BACKUP_NOT_FOUND, "no previous state of database " + target
                + " is kept on this server (databases " + Names.previousPrefix(target) + "*)",
                "a restore keeps it unless run with --keep-previous 0; restore a backup instead: pgbackup list");
    }
}
