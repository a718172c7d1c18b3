package io.pgbackup.compress;

import static io.pgbackup.compress.TestStreams.gzipOurs;
import static io.pgbackup.compress.TestStreams.sqlText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GzipTest {
    private static final byte[] TEXT = sqlText(700_000, 21);

    @TempDir
    Path dir;

    private static byte[] readAll(byte[] gz) throws IOException {
        try (InputStream in = Gzip.decompressing(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static void assertCorrupt(byte[] gz) {
        assertThatThrownBy(() -> readAll(gz)).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
            assertThat(e.render()).isEqualTo("error: the backup's gzip stream is corrupt or truncated"
                + System.lineSeparator()
                + "HINT: the backup object was damaged or cut short in the store: restore an earlier backup");
        });
    }

    @Test
    void readsOurOutputAndTheSystemGzipsOutput() throws Exception {
        assertThat(readAll(gzipOurs(TEXT, 6, 2, 100_000))).isEqualTo(TEXT);
        Path file = Files.write(dir.resolve("t.sql"), TEXT);
        byte[] systemGz = TestStreams.run(file, List.of("gzip", "-c", "-5"));
        assertThat(readAll(systemGz)).isEqualTo(TEXT);
    }

    @Test
    void readsByteByByte() throws IOException {
        byte[] small = "COPY t FROM stdin;\n1\ta\n\\.\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Gzip.decompressing(new ByteArrayInputStream(gzipOurs(small, 6, 1, 4)))) {
            for (int b = in.read(); b != -1; b = in.read()) {
                out.write(b);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(small);
    }

    @ParameterizedTest(name = "cut to {0} bytes")
    @ValueSource(ints = {0, 1, 9, 10, 11, 100, 5000, -9, -8, -4, -1})
    void truncatedStreamsAreCorruptNeverShort(int cut) throws IOException {
        byte[] gz = gzipOurs(TEXT, 6, 2, 100_000);
        int length = cut >= 0 ? cut : gz.length + cut;
        assertCorrupt(Arrays.copyOf(gz, length));
    }

    @Test
    void aFlippedByteAndABadCrcAndNonGzipDataAreCorrupt() throws IOException {
        byte[] gz = gzipOurs(TEXT, 6, 2, 100_000);
        byte[] flipped = gz.clone();
        flipped[gz.length / 2] ^= 0x40;
        assertCorrupt(flipped);
        byte[] badCrc = gz.clone();
        badCrc[gz.length - 8] ^= 1;
        assertCorrupt(badCrc);
        byte[] badSize = gz.clone();
        badSize[gz.length - 1] ^= 1;
        assertCorrupt(badSize);
        assertCorrupt("-- PostgreSQL database dump\n".getBytes(StandardCharsets.US_ASCII));
    }
}
