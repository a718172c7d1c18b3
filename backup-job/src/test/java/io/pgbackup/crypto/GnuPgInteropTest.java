package io.pgbackup.crypto;

import static io.pgbackup.crypto.CryptoStreams.SECRET;
import static io.pgbackup.crypto.CryptoStreams.decrypt;
import static io.pgbackup.crypto.CryptoStreams.encrypt;
import static io.pgbackup.crypto.CryptoStreams.random;
import static io.pgbackup.crypto.CryptoStreams.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgbackup.compress.Gzip;
import io.pgbackup.compress.ParallelGzipOutputStream;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our messages against the real GnuPG 2.2, both ways. */
class GnuPgInteropTest {
    @TempDir
    Path dir;
    private GnuPg gpg;

    @BeforeEach
    void home() throws IOException {
        gpg = new GnuPg(dir);
    }

    @AfterEach
    void stopAgent() throws Exception {
        gpg.close();
    }

    @Test
    void gpgDecryptsOurMessagesAndSeesAes256WithMdcAndSha256S2k() throws Exception {
        byte[] data = random(300_000, 5);
        Path encrypted = Files.write(dir.resolve("ours.gpg"), encrypt(data, SECRET));
        Path decrypted = dir.resolve("ours.out");
        gpg.decrypt(SECRET, encrypted, decrypted);
        assertThat(Files.readAllBytes(decrypted)).isEqualTo(data);

        String packets = gpg.listPackets(SECRET, encrypted);
        assertThat(packets).contains(":symkey enc packet: version 4, cipher 9, aead 0,s2k 3, hash 8")
            .contains("count 65011712 (255)")
            .contains("tag=18").contains("mdc_method: 2")
            .contains(":literal data packet:")
            .doesNotContain("compressed packet");
    }

    @Test
    void gpgRefusesOurMessageOnceModified() throws Exception {
        byte[] message = encrypt(text(200_000), SECRET);
        message[message.length / 2] ^= 0x08;
        Path encrypted = Files.write(dir.resolve("modified.gpg"), message);
        assertThatThrownBy(() -> gpg.decrypt(SECRET, encrypted, dir.resolve("modified.out")))
            .isInstanceOfSatisfying(GnuPg.GpgFailed.class, e -> assertThat(e.stderr).contains("encrypted message has been manipulated"));
    }

    @Test
    void weDecryptWhatGpgSymmetricMakesCompressedOrNot() throws Exception {
        byte[] data = text(500_000);
        Path plain = Files.write(dir.resolve("plain"), data);
        for (List<String> options : List.of(List.<String>of(), List.of("--compress-algo", "none"),
            List.of("--compress-algo", "bzip2"))) {
            Path encrypted = dir.resolve("theirs.gpg");
            gpg.encrypt(SECRET, plain, encrypted, options.toArray(String[]::new));
            assertThat(decrypt(Files.readAllBytes(encrypted), SECRET)).as("gpg %s", options).isEqualTo(data);
            assertThatThrownBy(() -> decrypt(Files.readAllBytes(encrypted), "not " + SECRET))
                .isInstanceOfSatisfying(PgBackupException.class,
                    e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE));
        }
    }

    @Test
    void weRefuseGpgMessagesWithoutIntegrityProtection() throws Exception {
        Path plain = Files.write(dir.resolve("plain"), text(10_000));
        Path encrypted = dir.resolve("rfc2440.gpg");
        String output = gpg.encrypt(SECRET, plain, encrypted, "--rfc2440");
        assertThat(output).contains("encrypting without integrity protection");
        assertThatThrownBy(() -> decrypt(Files.readAllBytes(encrypted), SECRET))
            .isInstanceOfSatisfying(PgBackupException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
                assertThat(e.getMessage()).isEqualTo("the backup's OpenPGP data is not integrity protected");
            });
    }

    @Test
    void theFullChainGzipThenEncryptIsReadByGpgThenGunzipAndByUs() throws Exception {
        byte[] data = text(12 * 1024 * 1024 + 17);
        Path backup = dir.resolve("backup.sql.gz.gpg");
        try (OutputStream file = Files.newOutputStream(backup);
             OutputStream gz = new ParallelGzipOutputStream(PgpEncryption.encrypt(file, Passphrase.fromEnv(SECRET)), 6, 2)) {
            gz.write(data);
        }
        Path gzipped = dir.resolve("backup.sql.gz");
        gpg.decrypt(SECRET, backup, gzipped);
        Process gunzip = new ProcessBuilder("gzip", "-dc", gzipped.toString()).start();
        byte[] restored;
        try (InputStream out = gunzip.getInputStream()) {
            restored = out.readAllBytes();
        }
        assertThat(gunzip.waitFor()).isZero();
        assertThat(restored).isEqualTo(data);

        try (InputStream in = Gzip.decompressing(PgpEncryption.decrypt(Files.newInputStream(backup), Passphrase.fromEnv(SECRET)))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }
}
