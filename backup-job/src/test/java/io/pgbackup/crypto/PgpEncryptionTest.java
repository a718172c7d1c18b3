package io.pgbackup.crypto;

import static io.pgbackup.crypto.CryptoStreams.SECRET;
import static io.pgbackup.crypto.CryptoStreams.decrypt;
import static io.pgbackup.crypto.CryptoStreams.encrypt;
import static io.pgbackup.crypto.CryptoStreams.random;
import static io.pgbackup.crypto.CryptoStreams.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class PgpEncryptionTest {
    private static final String CORRUPT_HINT =
        "HINT: the backup object was damaged, cut short or modified in the store: restore an earlier backup";
    private static byte[] plain;
    private static byte[] message;

    @BeforeAll
    static void encryptOnce() throws IOException {
        plain = text(300_000);
        message = encrypt(plain, SECRET);
    }

    @Test
    void roundTripsManySizes() throws IOException {
        assertThat(decrypt(message, SECRET)).isEqualTo(plain);
        for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 1_000_003}) {
            byte[] data = random(size, size);
            assertThat(decrypt(encrypt(data, SECRET), SECRET)).as("%d bytes", size).isEqualTo(data);
        }
    }

    @Test
    void writesByteByByteAndReadsByteByByte() throws IOException {
        byte[] data = text(70_000);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = PgpEncryption.encrypt(sink, Passphrase.fromEnv(SECRET))) {
            for (byte b : data) {
                out.write(b);
            }
        }
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (InputStream in = PgpEncryption.decrypt(new ByteArrayInputStream(sink.toByteArray()), Passphrase.fromEnv(SECRET))) {
            for (int b = in.read(); b != -1; b = in.read()) {
                back.write(b);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(back.toByteArray()).isEqualTo(data);
    }

    @Test
    void eachMessageHasItsOwnSaltAndKey() throws IOException {
        byte[] again = encrypt(plain, SECRET);
        assertThat(Arrays.copyOfRange(again, 0, 64)).isNotEqualTo(Arrays.copyOfRange(message, 0, 64));
    }

    @Test
    void aWrongPassphraseIsRefusedBeforeAnyDataWithTheExactMessage() {
        assertThatThrownBy(() -> PgpEncryption.decrypt(new ByteArrayInputStream(message), Passphrase.fromEnv("wrong " + SECRET)))
            .isInstanceOfSatisfying(PgBackupException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE);
                assertThat(e.render()).isEqualTo("error: the passphrase does not decrypt backup data"
                    + System.lineSeparator()
                    + "HINT: check ENCRYPTION_KEY / --passphrase-file, or the Vault secret passphrase_s3_backup");
                assertThat(e.render()).doesNotContain(SECRET).doesNotContain("wrong ");
            });
    }

    @Test
    void truncatedMessagesAreCorruptAtEveryCutNeverShortData() {
        int[] cuts = {0, 1, 2, 5, 15, 20, 40, 100, 65_000, 65_536, 65_540, 131_100, message.length / 2,
            message.length - 23, message.length - 22, message.length - 21, message.length - 2, message.length - 1};
        for (int cut : cuts) {
            byte[] truncated = Arrays.copyOf(message, cut);
            assertThatThrownBy(() -> decrypt(truncated, SECRET)).as("cut at %d of %d", cut, message.length)
                .isInstanceOfSatisfying(PgBackupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
                    assertThat(e.hints()).containsExactly(CORRUPT_HINT.substring("HINT: ".length()));
                    assertThat(e.render()).doesNotContain(SECRET);
                });
        }
    }

    @Test
    void aFlippedByteInTheMiddleIsCorruptWhenTheReadReachesTheEnd() throws IOException {
        for (int position : new int[] {message.length / 2, message.length - 10, message.length - 1}) {
            byte[] modified = message.clone();
            modified[position] ^= 0x01;
            InputStream in = PgpEncryption.decrypt(new ByteArrayInputStream(modified), Passphrase.fromEnv(SECRET));
            assertThatThrownBy(in::readAllBytes).as("flip at %d", position)
                .isInstanceOfSatisfying(PgBackupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
                    assertThat(e.getMessage()).isEqualTo("the backup's OpenPGP data is truncated or was modified");
                });
        }
    }

    @Test
    void dataThatIsNotAnEncryptedOpenPgpMessageIsCorrupt() {
        byte[][] inputs = {new byte[0], "-- PostgreSQL database dump\n".getBytes(),
            {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, random(5000, 1)};
        for (byte[] input : inputs) {
            assertThatThrownBy(() -> decrypt(input, SECRET)).isInstanceOfSatisfying(PgBackupException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
                assertThat(e.render()).isEqualTo("error: the backup is not an OpenPGP message encrypted with a passphrase"
                    + System.lineSeparator() + CORRUPT_HINT);
            });
        }
    }

    @Test
    void bytesAfterTheMessageAreCorrupt() {
        byte[] longer = Arrays.copyOf(message, message.length + 3);
        assertThatThrownBy(() -> decrypt(longer, SECRET)).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
            assertThat(e.getMessage()).isEqualTo("the backup has data after the end of its OpenPGP message");
        });
    }

    @Test
    void aFailureOfTheSourcePassesThroughUnchanged() throws IOException {
        IOException reset = new IOException("Connection reset");
        InputStream failing = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next == 100_000) {
                    throw reset;
                }
                return message[next++] & 0xff;
            }
        };
        InputStream in = PgpEncryption.decrypt(failing, Passphrase.fromEnv(SECRET));
        assertThatThrownBy(in::readAllBytes).isSameAs(reset);
    }
}
