package io.pgbackup.testsupport;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.storage.BackupStore;

import java.time.Instant;
import java.util.List;

/** Restore drill records with chosen times, written next to their backups as pgbackup verify does. */
public final class History {
    private History() {
    }

    public static void drill(BackupStore store, BackupName name, Instant finishedAt, boolean passed,
                             List<String> problems) {
        new Catalog(store, name.database()).writeJson(name.verifyKey(), new VerifyRecord(VerifyRecord.FORMAT_VERSION,
                name.id(), name.database(), passed ? VerifyRecord.PASSED : VerifyRecord.FAILED,
                finishedAt.minusSeconds(42), finishedAt, 42_000, "pgbackup_verify_x", 1000, 4, 1, problems, List.of(),
                "0.1.0"));
    }
}
