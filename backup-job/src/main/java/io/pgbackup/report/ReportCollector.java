package io.pgbackup.report;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.StatusJob;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.StoredObject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads what the report shows from a store: one listing of the whole store, then the manifests and
 * verification records (small JSON documents, read {@link Documents#IN_FLIGHT} at a time); never a
 * backup's data.
 */
public final class ReportCollector {
    /** How many of the newest backups the report lists by id. */
    public static final int LATEST = 10;

    private final BackupStore store;
    private final Duration maxAge;
    private final ZoneId zone;
    private final int scheduleDays;

    public ReportCollector(BackupStore store, Duration maxAge, ZoneId zone, int scheduleDays) {
        this.store = store;
        this.maxAge = maxAge;
        this.zone = zone;
        this.scheduleDays = scheduleDays;
    }

    /** The report of every database in the store, as of {@code now}. */
    public StoreReport collect(Instant now) {
        store.probe();
        Map<String, List<StoredObject>> byDatabase = new TreeMap<>();
        List<String> manifestKeys = new ArrayList<>();
        List<String> verifyKeys = new ArrayList<>();
        for (StoredObject o : store.list("")) {
            database(o.key()).ifPresent(db -> byDatabase.computeIfAbsent(db, k -> new ArrayList<>()).add(o));
            BackupName.parseKey(o.key(), BackupName.MANIFEST_SUFFIX).ifPresent(n -> manifestKeys.add(o.key()));
            BackupName.parseKey(o.key(), BackupName.VERIFY_SUFFIX).ifPresent(n -> verifyKeys.add(o.key()));
        }
        Map<String, Manifest> manifests = Documents.read(store, manifestKeys, Manifest.class);
        Map<String, VerifyRecord> drills = Documents.read(store, verifyKeys, VerifyRecord.class);
        List<DatabaseReport> databases = byDatabase.entrySet().stream()
                .map(e -> database(e.getKey(), e.getValue(), manifests, drills, now)).toList();
        return new StoreReport(store.describe(), now, maxAge.toSeconds(), StatusJob.human(maxAge), zone.getId(),
                scheduleDays, databases);
    }

    /** The database of a backup's data object, manifest or verification record; empty for other keys. */
    private static Optional<String> database(String key) {
        return BackupName.parseKey(key, BackupName.DATA_SUFFIX)
                .or(() -> BackupName.parseKey(key, BackupName.MANIFEST_SUFFIX))
                .or(() -> BackupName.parseKey(key, BackupName.VERIFY_SUFFIX))
                .map(BackupName::database);
    }

    private DatabaseReport database(String db, List<StoredObject> objects, Map<String, Manifest> manifests,
                                    Map<String, VerifyRecord> drills, Instant now) {
        List<BackupRow> history = backups(objects, manifests);
        List<BackupRow> restorable = history.stream().filter(BackupRow::complete).toList();
        BackupRow newest = restorable.isEmpty() ? null : restorable.get(restorable.size() - 1);
        Long age = newest == null ? null : Duration.between(newest.time(), now).toSeconds();
        boolean fresh = age != null && age <= maxAge.toSeconds();
        String freshness = newest == null ? "no restorable backup"
                : "the newest backup " + newest.id() + " is " + StatusJob.human(Duration.ofSeconds(age)) + " old"
                + (fresh ? " (limit " : ", more than the limit of ") + StatusJob.human(maxAge) + (fresh ? ")" : "");
        List<BackupRow> latest = new ArrayList<>(history.subList(Math.max(0, history.size() - LATEST), history.size()));
        Collections.reverse(latest);
        return new DatabaseReport(db, restorable.size(), history.size() - restorable.size(), fresh, age, freshness,
                new ScheduleGaps(zone, scheduleDays).find(restorable, now), drills(objects, drills), latest, history);
    }

    /** Every backup, oldest first; sizes from the manifest, or from the listing when there is none. */
    private static List<BackupRow> backups(List<StoredObject> objects, Map<String, Manifest> manifests) {
        List<BackupRow> rows = new ArrayList<>();
        for (StoredObject o : objects) {
            BackupName.parseKey(o.key(), BackupName.DATA_SUFFIX).ifPresent(n -> rows.add(row(n, o,
                    manifests.get(n.manifestKey()))));
        }
        rows.sort(Comparator.comparing(BackupRow::time).thenComparing(BackupRow::id));
        return rows;
    }

    private static BackupRow row(BackupName name, StoredObject data, Manifest m) {
        long stored = m != null ? m.storedBytes() : data.size();
        return new BackupRow(name.id(), name.time(), name.reason().label(), m != null, stored, Progress.bytes(stored),
                m == null ? null : m.durationMillis(), m == null ? null : m.dumpBytes());
    }

    /** The verification records of the database, newest first. */
    private static List<DrillRow> drills(List<StoredObject> objects, Map<String, VerifyRecord> records) {
        return objects.stream()
                .map(o -> records.get(o.key()))
                .filter(v -> v != null)
                .map(v -> new DrillRow(v.backupId(), v.result(), v.finishedAt(), v.durationMillis(), v.tablesChecked(),
                        v.problems() == null ? List.of() : v.problems()))
                .sorted(Comparator.comparing(DrillRow::finishedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .toList();
    }
}
