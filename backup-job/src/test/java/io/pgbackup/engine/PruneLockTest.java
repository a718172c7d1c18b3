package io.pgbackup.engine;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Reason;
import io.pgbackup.catalog.retention.RetentionPolicy;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.ObjectLockedException;
import io.pgbackup.storage.ObjectWriter;
import io.pgbackup.storage.StoredObject;
import io.pgbackup.testsupport.Seed;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object lock: S3Proxy has none, so a real S3 store is wrapped to refuse the deletes a locked
 * bucket refuses (the S3 store maps that refusal to {@link ObjectLockedException}, tested in the
 * storage package). Prune reports the lock, keeps going, and deletes manifests before data.
 */
class PruneLockTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void lockedBackupsAreReportedAndTheRestIsPruned() {
        String uri = Seed.newS3Store("prune-lock");
        try (BackupStore s3 = Seed.open(uri)) {
            Seed seed = new Seed(s3, "app");
            BackupName newest = seed.backup(NOW.minus(Duration.ofHours(2)), Reason.SCHEDULE, 50);
            BackupName manifestLocked = seed.backup(NOW.minus(Duration.ofDays(3)), Reason.SCHEDULE, 50);
            BackupName dataLocked = seed.backup(NOW.minus(Duration.ofDays(4)), Reason.SCHEDULE, 50);
            BackupName free = seed.backup(NOW.minus(Duration.ofDays(5)), Reason.SCHEDULE, 50);
            seed.verified(free, true, List.of());
            LockingStore store = new LockingStore(s3, Set.of(manifestLocked.manifestKey(), dataLocked.dataKey()));
            RetentionPolicy keepNewestOnly = new RetentionPolicy(0, 0, 0, 0, ZoneOffset.UTC, Duration.ZERO);

            List<PruneJob.Outcome> outcomes = new PruneJob(store, "app", keepNewestOnly, false,
                    Clock.fixed(NOW, ZoneOffset.UTC)).run();

            assertThat(outcomes).extracting(o -> o.decision().id() + " " + o.action() + " " + o.note()).containsExactly(
                    newest.id() + " KEEP null",
                    manifestLocked.id() + " LOCKED object lock: kept until its retention ends",
                    dataLocked.id() + " LOCKED manifest deleted; data under object lock until its retention ends",
                    free.id() + " DELETE null");
            Set<String> left = s3.list("app/").stream().map(StoredObject::key).collect(Collectors.toSet());
            assertThat(left).containsExactlyInAnyOrder(newest.dataKey(), newest.manifestKey(),
                    manifestLocked.dataKey(), manifestLocked.manifestKey(), dataLocked.dataKey());
            assertThat(store.deletes).containsSubsequence(free.manifestKey(), free.dataKey(), free.verifyKey());
            assertThat(store.deletes).containsSubsequence(dataLocked.manifestKey(), dataLocked.dataKey());
        }
    }

    /** A real store whose deletes of some keys are refused as object lock refuses them. */
    private static final class LockingStore implements BackupStore {
        private final BackupStore real;
        private final Set<String> locked;
        final List<String> deletes = new ArrayList<>();

        LockingStore(BackupStore real, Set<String> locked) {
            this.real = real;
            this.locked = locked;
        }

        @Override
        public void delete(String key) {
            deletes.add(key);
            if (locked.contains(key)) {
                throw new ObjectLockedException(key);
            }
            real.delete(key);
        }

        @Override
        public void probe() {
            real.probe();
        }

        @Override
        public ObjectWriter create(String key) {
            return real.create(key);
        }

        @Override
        public InputStream open(String key) {
            return real.open(key);
        }

        @Override
        public List<StoredObject> list(String prefix) {
            return real.list(prefix);
        }

        @Override
        public String describe() {
            return real.describe();
        }

        @Override
        public void close() {
            // the test closes the real store
        }
    }
}
