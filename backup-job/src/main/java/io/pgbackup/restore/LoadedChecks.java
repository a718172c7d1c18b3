package io.pgbackup.restore;

import io.pgbackup.catalog.Manifest;
import io.pgbackup.dump.Database;
import io.pgbackup.engine.Sessions;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The restore drill's checks, run on the loaded database before the switch: every table holds the
 * rows the manifest counted, and no sequence is behind its column. A restore stops on a problem (the
 * target is then untouched); a drill ({@code verify}) records it as its verdict.
 */
public final class LoadedChecks {
    private LoadedChecks() {
    }

    /** What was checked and found; {@code notes} say what could not be checked. */
    public record Checked(int tables, int sequences, List<String> problems, List<String> notes) {
    }

    static Checked run(RestoreRequest req, Manifest manifest, String loaded) {
        Checked checked = check(req, manifest, loaded);
        if (!checked.problems().isEmpty() && !req.switchOptions().drill()) {
            throw new PgBackupException(ExitCode.RESTORE_FAILED, "the loaded backup " + manifest.id()
                    + " does not match its manifest: " + String.join("; ", checked.problems()) + "; database "
                    + req.targetDatabase() + " is unchanged",
                    "restore another backup (pgbackup list), and run 'pgbackup verify --backup " + manifest.id()
                            + "' to record this one as failed");
        }
        return checked;
    }

    private static Checked check(RestoreRequest req, Manifest manifest, String loaded) {
        try (Database db = Sessions.open("restore", req.connection().withDatabase(loaded), ExitCode.RESTORE_FAILED)) {
            if (req.ownerRole() != null) {
                db.execute("SET ROLE " + Database.quoteIdent(req.ownerRole()), ExitCode.RESTORE_FAILED);
            }
            List<String> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Map<String, Long> expected = req.load().selection()
                    .counts(manifest.tableRowCounts() == null ? Map.of() : manifest.tableRowCounts());
            int tables = 0;
            if (expected.isEmpty()) {
                notes.add("the manifest has no row counts (backup taken with --no-row-counts or a pg_dump selection):"
                        + " row counts were not compared");
            } else {
                Map<String, Long> actual = db.countRows();
                problems.addAll(DrillChecks.rowCounts(expected, actual));
                tables = actual.size();
            }
            DrillChecks.Sequences sequences = DrillChecks.sequences(db);
            problems.addAll(sequences.problems());
            return new Checked(tables, sequences.checked(), problems, notes);
        }
    }
}
