package io.pgbackup.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseTest {
    private static final String HINT = "HINT: set ENCRYPTION_KEY, or pass --passphrase-file FILE whose first line is the passphrase";

    @TempDir
    Path dir;

    @Test
    void fromEnvKeepsTheValueAndNeverShowsIt() {
        Passphrase p = Passphrase.fromEnv("correct horse battery staple");
        assertThat(p.chars()).containsExactly("correct horse battery staple".toCharArray());
        assertThat(p.toString()).isEqualTo("Passphrase[***]");
        assertThat(String.valueOf(p)).doesNotContain("horse");
    }

    @Test
    void anEmptyOrMissingEnvironmentValueIsAConfigError() {
        for (String value : new String[] {null, ""}) {
            assertThatThrownBy(() -> Passphrase.fromEnv(value)).isInstanceOfSatisfying(PgBackupException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
                assertThat(e.render()).isEqualTo("error: the passphrase is missing: ENCRYPTION_KEY is empty or not set"
                    + System.lineSeparator() + HINT);
            });
        }
    }

    @Test
    void fromFileReadsTheFirstLineWithoutItsLineEnding() throws IOException {
        assertThat(fromFile("s3cret wörd\n").chars()).containsExactly("s3cret wörd".toCharArray());
        assertThat(fromFile("s3cret\r\nsecond line\n").chars()).containsExactly("s3cret".toCharArray());
        assertThat(fromFile("no newline at all").chars()).containsExactly("no newline at all".toCharArray());
        assertThat(fromFile(" spaces kept \n").chars()).containsExactly(" spaces kept ".toCharArray());
    }

    @Test
    void anEmptyFirstLineIsAConfigErrorNamingTheFile() throws IOException {
        for (String content : new String[] {"", "\n", "\r\n", "\nsecret on line two\n"}) {
            Path file = Files.writeString(dir.resolve("pass"), content);
            assertThatThrownBy(() -> Passphrase.fromFile(file)).isInstanceOfSatisfying(PgBackupException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
                assertThat(e.render()).isEqualTo("error: the passphrase file " + file + " is empty"
                    + System.lineSeparator() + "HINT: write the passphrase on the first line of " + file);
                assertThat(e.render()).doesNotContain("secret on line two");
            });
        }
    }

    @Test
    void aMissingOrNonUtf8FileIsAConfigError() throws IOException {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> Passphrase.fromFile(missing)).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
            assertThat(e.getMessage()).isEqualTo("the passphrase file " + missing + " does not exist");
        });
        Path latin1 = Files.write(dir.resolve("latin1"), "passé\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Passphrase.fromFile(latin1)).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
            assertThat(e.getMessage()).isEqualTo("the passphrase file " + latin1 + " is not valid UTF-8");
            assertThat(e.render()).doesNotContain("passé");
        });
    }

    @Test
    void clearOverwritesTheCharacters() {
        Passphrase p = Passphrase.fromEnv("hunter2");
        char[] chars = p.chars();
        p.clear();
        assertThat(chars).containsOnly('\0');
        assertThatThrownBy(p::chars).isInstanceOf(IllegalStateException.class)
            .hasMessage("the passphrase was cleared");
    }

    private Passphrase fromFile(String content) throws IOException {
        return Passphrase.fromFile(Files.writeString(dir.resolve("pass"), content));
    }

    @Test
    void derivesEachMessagesKeyOnceAndForgetsItWhenCleared() throws IOException {
        byte[] first = CryptoStreams.encrypt("first".getBytes(StandardCharsets.UTF_8), CryptoStreams.SECRET);
        byte[] second = CryptoStreams.encrypt("second".getBytes(StandardCharsets.UTF_8), CryptoStreams.SECRET);
        Passphrase passphrase = Passphrase.fromEnv(CryptoStreams.SECRET);
        assertThat(decrypt(first, passphrase)).isEqualTo("first");
        assertThat(decrypt(first, passphrase)).isEqualTo("first");
        assertThat(passphrase.derivedKeyCount()).as("same salt: derived once").isEqualTo(1);
        assertThat(decrypt(second, passphrase)).isEqualTo("second");
        assertThat(passphrase.derivedKeyCount()).as("another salt").isEqualTo(2);

        Passphrase wrong = Passphrase.fromEnv("not " + CryptoStreams.SECRET);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decrypt(first, wrong)).isInstanceOfSatisfying(PgBackupException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE));
        }
        passphrase.clear();
        assertThat(passphrase.derivedKeyCount()).isZero();
    }

    private static String decrypt(byte[] message, Passphrase passphrase) throws IOException {
        try (java.io.InputStream in = PgpEncryption.decrypt(new java.io.ByteArrayInputStream(message), passphrase)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
