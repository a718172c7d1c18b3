package io.pgbackup.restore;

import io.pgbackup.dump.Database;
import io.pgbackup.error.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The previous states of a target kept by restores ({@link Names#previous}), newest first: the newest
 * is what {@code restore --undo} brings back; a restore keeps {@code --keep-previous} of them (default
 * 1) and drops the older ones. Each costs the disk of a whole copy of the database.
 */
final class PreviousDatabases {
    private static final Logger LOG = LoggerFactory.getLogger(PreviousDatabases.class);

    private PreviousDatabases() {
    }

    /** The previous databases of {@code target}, newest first, with their size. */
    static List<List<String>> of(Database db, String target) {
        return db.rows("SELECT datname::text, pg_size_pretty(pg_database_size(oid)) FROM pg_database"
                + " WHERE starts_with(datname, ?) ORDER BY datname DESC", ExitCode.RESTORE_FAILED,
                Names.previousPrefix(target));
    }

    /** The name for the state of {@code target} replaced at {@code at}: the first second not taken by another. */
    static String freeName(Database db, String target, Instant at) {
        Instant free = at;
        while (db.databaseExists(Names.previous(target, free))) {
            free = free.plusSeconds(1);
        }
        return Names.previous(target, free);
    }

    static Optional<String> newest(Database db, String target) {
        return of(db, target).stream().map(r -> r.get(0)).findFirst();
    }

    /** Drops all but the {@code keep} newest previous databases of {@code target}. */
    static void keep(Database db, String target, int keep) {
        List<List<String>> all = of(db, target);
        for (int i = keep; i < all.size(); i++) {
            String name = all.get(i).get(0);
            LOG.info("dropping {} ({}), an older state of {} (--keep-previous {})", name, all.get(i).get(1), target, keep);
            db.dropDatabase(name);
        }
        if (keep > 0 && !all.isEmpty()) {
            LOG.info("the state of {} before this restore is kept as database {} ({}); undo with 'pgbackup restore --undo"
                    + " --target-database {} --yes'", target, all.get(0).get(0), all.get(0).get(1), target);
        }
    }
}
