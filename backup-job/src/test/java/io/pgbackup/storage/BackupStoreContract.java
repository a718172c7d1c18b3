package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract every {@link BackupStore} passes (see its Javadoc). Subclasses give a fresh, empty
 * store whose writers use parts of 5 MiB doubling every 2 parts where parts apply, so that
 * {@link #MULTI_PART_SIZE} bytes span several growing parts.
 */
abstract class BackupStoreContract {
    /** 30 MB: parts of 5, 5, 10 and 8.6 MiB with the test schedule. */
    static final int MULTI_PART_SIZE = 30_000_000;
    /** Enough to start a multipart upload (more than the first part), not enough to finish one. */
    static final int TWO_PARTS = 12 * 1024 * 1024;

    protected BackupStore store;

    /** A fresh, empty store. */
    protected abstract BackupStore newStore();

    /** Fails if an unfinished write left anything behind (temporary file, open multipart upload). */
    protected abstract void assertNoLeftovers();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void roundTripsAnEmptyObject() throws IOException {
        assertRoundTrip("app/empty", 0);
    }

    @Test
    void roundTripsASmallObject() throws IOException {
        assertRoundTrip("app/small.sql.gz.gpg", 1_000);
    }

    @Test
    void roundTripsAMultiPartObject() throws IOException {
        assertRoundTrip("app/large.sql.gz.gpg", MULTI_PART_SIZE);
    }

    @Test
    void objectIsInvisibleUntilClose() throws IOException {
        ObjectWriter writer = store.create("app/pending");
        writeRandom(writer, TWO_PARTS, 1);
        assertThat(store.list("")).isEmpty();
        assertNotFound("app/pending");
        writer.close();
        assertThat(store.list("")).extracting(StoredObject::key, StoredObject::size)
                .containsExactly(tuple("app/pending", (long) TWO_PARTS));
        assertNoLeftovers();
    }

    @Test
    void abortLeavesNothing() throws IOException {
        ObjectWriter writer = store.create("app/aborted");
        writeRandom(writer, TWO_PARTS, 2);
        writer.abort();
        writer.abort();
        writer.close();
        assertThat(store.list("")).isEmpty();
        assertNotFound("app/aborted");
        assertNoLeftovers();
    }

    @Test
    void abortOfASmallObjectLeavesNothing() throws IOException {
        ObjectWriter writer = store.create("app/small-aborted");
        writeRandom(writer, 100, 3);
        writer.abort();
        assertThat(store.list("")).isEmpty();
        assertNoLeftovers();
    }

    @Test
    void openOfAMissingKeyIsBackupNotFound() {
        assertThatThrownBy(() -> store.open("app/missing.sql.gz.gpg"))
                .isInstanceOfSatisfying(PgBackupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_NOT_FOUND);
                    assertThat(e.render()).isEqualTo("error: no object app/missing.sql.gz.gpg in " + store.describe()
                            + System.lineSeparator() + "HINT: list the store to see which backups it holds");
                });
    }

    @Test
    void listsByPrefix() throws IOException {
        put("app/20260101T000000Z.sql.gz.gpg", 10);
        put("app/20260102T000000Z.sql.gz.gpg", 20);
        put("other/20260101T000000Z.sql.gz.gpg", 30);
        assertThat(store.list("app/")).extracting(StoredObject::key, StoredObject::size).containsExactlyInAnyOrder(
                tuple("app/20260101T000000Z.sql.gz.gpg", 10L), tuple("app/20260102T000000Z.sql.gz.gpg", 20L));
        assertThat(store.list("")).hasSize(3).allSatisfy(o -> assertThat(o.lastModified()).isNotNull());
        assertThat(store.list("app/2026010")).hasSize(2);
        assertThat(store.list("nothing/")).isEmpty();
    }

    @Test
    void overwritesAnExistingKey() throws IOException {
        put("app/key", 10);
        put("app/key", 25);
        assertThat(store.list("app/")).extracting(StoredObject::size).containsExactly(25L);
    }

    @Test
    void deletesAndIgnoresMissingKeys() throws IOException {
        put("app/doomed", 10);
        put("app/kept", 10);
        store.delete("app/doomed");
        store.delete("app/doomed");
        store.delete("app/never-existed");
        assertThat(store.list("")).extracting(StoredObject::key).containsExactly("app/kept");
        assertNotFound("app/doomed");
    }

    @Test
    void writeAfterCloseIsRefused() throws IOException {
        ObjectWriter writer = store.create("app/closed");
        writer.write(1);
        writer.close();
        writer.close();
        assertThatThrownBy(() -> writer.write(2)).isInstanceOf(IOException.class);
        assertThat(writer.bytesWritten()).isEqualTo(1);
    }

    @Test
    void probePasses() {
        store.probe();
    }

    // ---------------------------------------------------------------- helpers

    protected void put(String key, int size) throws IOException {
        try (ObjectWriter writer = store.create(key)) {
            writeRandom(writer, size, size);
        }
    }

    protected void assertRoundTrip(String key, int size) throws IOException {
        String written;
        try (ObjectWriter writer = store.create(key)) {
            written = writeRandom(writer, size, 42);
            assertThat(writer.bytesWritten()).isEqualTo(size);
        }
        try (InputStream in = store.open(key)) {
            assertThat(sha256(in)).isEqualTo(written);
        }
        assertThat(store.list(key)).extracting(StoredObject::key, StoredObject::size)
                .containsExactly(tuple(key, (long) size));
        assertNoLeftovers();
    }

    protected void assertNotFound(String key) {
        assertThatThrownBy(() -> store.open(key)).isInstanceOfSatisfying(PgBackupException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_NOT_FOUND));
    }

    /** Writes {@code size} seeded random bytes in uneven slices; returns their SHA-256. */
    static String writeRandom(ObjectWriter writer, int size, long seed) throws IOException {
        MessageDigest digest = sha256();
        Random random = new Random(seed);
        byte[] slice = new byte[1_000_003];
        int left = size;
        while (left > 0) {
            int n = Math.min(left, 1 + random.nextInt(slice.length));
            random.nextBytes(slice);
            writer.write(slice, 0, n);
            digest.update(slice, 0, n);
            left -= n;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
