package io.pgbackup.crypto;

import static io.pgbackup.crypto.CryptoStreams.SECRET;
import static io.pgbackup.crypto.CryptoStreams.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgbackup.compress.Gzip;
import io.pgbackup.compress.ParallelGzipOutputStream;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The restore side of the chain, {@code Gzip.decompressing(PgpEncryption.decrypt(...))}: damage that
 * leaves the gzip data intact (the MDC itself, or the MDC cut off) must still fail the read that
 * would otherwise end the data, although gzip alone stops reading at its trailer.
 */
class EncryptedGzipChainTest {
    private static byte[] plain;
    private static byte[] message;

    @BeforeAll
    static void backup() throws IOException {
        plain = text(3_000_000);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream gz = new ParallelGzipOutputStream(PgpEncryption.encrypt(sink, Passphrase.fromEnv(SECRET)), 6, 2)) {
            gz.write(plain);
        }
        message = sink.toByteArray();
    }

    private static byte[] restore(byte[] backup) throws IOException {
        try (InputStream in = Gzip.decompressing(PgpEncryption.decrypt(new ByteArrayInputStream(backup), Passphrase.fromEnv(SECRET)))) {
            return in.readAllBytes();
        }
    }

    @Test
    void restoresTheIntactBackup() throws IOException {
        assertThat(restore(message)).isEqualTo(plain);
    }

    @Test
    void aModifiedMdcFailsTheEndOfTheRestoreThoughTheGzipDataIsIntact() {
        byte[] modified = message.clone();
        modified[modified.length - 1] ^= 0x01; // CFB: only the last plaintext byte, inside the MDC hash, changes
        assertThatThrownBy(() -> restore(modified)).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
            assertThat(e.getMessage()).isEqualTo("the backup's OpenPGP data is truncated or was modified");
        });
    }

    @Test
    void aBackupCutAfterTheGzipTrailerFailsTheEndOfTheRestore() {
        for (int cut : new int[] {1, 21, 22}) { // 22 bytes: the whole MDC packet
            byte[] truncated = Arrays.copyOf(message, message.length - cut);
            assertThatThrownBy(() -> restore(truncated)).as("%d bytes cut", cut)
                .isInstanceOfSatisfying(PgBackupException.class,
                    e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT));
        }
    }

    @Test
    void aFlippedByteInTheMiddleIsCorrupt() {
        byte[] modified = message.clone();
        modified[modified.length / 2] ^= 0x20;
        assertThatThrownBy(() -> restore(modified)).isInstanceOfSatisfying(PgBackupException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT));
    }
}
