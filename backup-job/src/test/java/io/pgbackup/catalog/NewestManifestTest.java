package io.pgbackup.catalog;

import io.pgbackup.storage.FileStore;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next backup's progress estimate comes from the newest complete backup's manifest, read alone:
 * an incomplete newer backup (data without manifest) and another database's backups do not count.
 */
class NewestManifestTest {
    @TempDir
    Path store;

    @Test
    void theNewestCompleteBackupOfThisDatabase() throws Exception {
        String db = Fixtures.sampleDatabase("newest");
        Cli cli = Fixtures.cli(db, store);
        assertThat(new Catalog(new FileStore(store), db).newestManifest()).isEmpty();
        String first = cli.run("backup", "--reason", "schedule").out().strip();
        String second = cli.run("backup", "--reason", "deploy").out().strip();
        assertThat(first).isNotEqualTo(second);
        Files.writeString(store.resolve(db).resolve("29991231T235959Z-manual" + BackupName.DATA_SUFFIX), "half");
        String other = Fixtures.sampleDatabase("other");
        Fixtures.cli(other, store).run("backup");

        Manifest newest = new Catalog(new FileStore(store), db).newestManifest().orElseThrow();
        assertThat(newest.id()).isEqualTo(second);
        assertThat(newest.database()).isEqualTo(db);
        assertThat(newest.dumpBytes()).isPositive();
    }

    @Test
    void aBackupNeverSharesItsSecondWithAnotherSoTheLatestIsTheLastTaken() throws Exception {
        String db = Fixtures.sampleDatabase("second");
        Path dir = Files.createDirectories(store.resolve(db));
        Instant now = Instant.now();
        String lastTaken = "";
        for (int s = -1; s <= 5; s++) { // another backup's objects in each of the next seconds
            BackupName other = new BackupName(db, now.plusSeconds(s), Reason.SCHEDULE);
            Files.writeString(dir.resolve(other.id() + BackupName.DATA_SUFFIX), "other");
            lastTaken = other.id();
        }
        String id = Fixtures.cli(db, store).run("backup", "--reason", "deploy").out().strip();
        assertThat(id).endsWith("-deploy");
        assertThat(id.substring(0, 16)).isGreaterThan(lastTaken.substring(0, 16));
    }
}
