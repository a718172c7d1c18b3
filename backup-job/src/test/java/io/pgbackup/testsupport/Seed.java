package io.pgbackup.testsupport;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.Reason;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.BackupStores;
import io.pgbackup.storage.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Backups with chosen timestamps, written straight into a real store the way a backup leaves them:
 * data object first, manifest last (or no manifest: an incomplete backup). No pg_dump involved.
 */
public final class Seed {
    private final BackupStore store;
    private final String database;

    public Seed(BackupStore store, String database) {
        this.store = store;
        this.database = database;
    }

    /** A new bucket of the shared S3Proxy, opened as a store with the prefix {@code pgbackup}. */
    public static String newS3Store(String prefix) {
        return "s3://" + S3Fixture.newBucket(prefix) + "/pgbackup";
    }

    public static BackupStore open(String uri) {
        return BackupStores.open(uri, S3Fixture.settings());
    }

    /** A complete backup of {@code bytes} random bytes taken at {@code time}. */
    public BackupName backup(Instant time, Reason reason, int bytes) {
        return backup(time, reason, bytes, 5000);
    }

    /** A complete backup of {@code bytes} random bytes taken at {@code time} in {@code millis}. */
    public BackupName backup(Instant time, Reason reason, int bytes, long millis) {
        BackupName name = data(time, reason, bytes);
        byte[] data = read(name.dataKey());
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, name.id(), database, reason.label(), name.dataKey(), time,
                time.plusMillis(millis), millis, bytes * 4L, bytes, bytes, sha256(data), Manifest.COMPRESSION, 1, "zlib -1 x2",
                Manifest.ENCRYPTION, "15.0", "pg_dump (PostgreSQL) 15.0", "0.1.0", Map.of(), Map.of());
        new Catalog(store, database).writeManifest(name, m);
        return name;
    }

    /** The data object alone, as an interrupted backup leaves it. */
    public BackupName data(Instant time, Reason reason, int bytes) {
        BackupName name = new BackupName(database, time, reason);
        byte[] data = new byte[bytes];
        new Random(time.getEpochSecond()).nextBytes(data);
        write(name.dataKey(), data);
        return name;
    }

    /** A verification record for {@code name}. */
    public void verified(BackupName name, boolean passed, List<String> problems) {
        Instant at = Instant.now();
        new Catalog(store, database).writeJson(name.verifyKey(), new VerifyRecord(VerifyRecord.FORMAT_VERSION,
                name.id(), database, passed ? VerifyRecord.PASSED : VerifyRecord.FAILED, at, at, 1000,
                "pgbackup_verify_x", 100, 1, 0, problems, List.of(), "0.1.0"));
    }

    private void write(String key, byte[] bytes) {
        ObjectWriter w = store.create(key);
        try {
            w.write(bytes);
            w.close();
        } catch (IOException e) {
            w.abort();
            throw new UncheckedIOException(e);
        }
    }

    private byte[] read(String key) {
        try (var in = store.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
