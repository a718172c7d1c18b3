package io.pgbackup.compress;

import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompressionTest {
    @TempDir
    Path dir;

    @Test
    void gzipLevelsMapOntoIgzipsFourLevels() throws IOException {
        Map<String, String> env = Map.of("PATH", fakeIgzip().getParent().toString());
        int[] expected = {0, 1, 2, 2, 2, 2, 3, 3, 3, 3};
        for (int level = 1; level <= 9; level++) {
            Compression c = Compression.choose("auto", level, 2, env);
            assertThat(c.engine()).isEqualTo(Compression.Engine.IGZIP);
            assertThat(c.igzipLevel()).as("gzip level %d", level).isEqualTo(expected[level]);
            assertThat(c.igzipCommand()).containsExactly(dir.resolve("igzip").toString(), "-" + expected[level],
                    "--stdout", "--quiet");
        }
    }

    @Test
    void autoFindsIgzipOnThePathOrFallsBackToZlib() throws IOException {
        Path igzip = fakeIgzip();
        assertThat(Compression.choose(null, 1, 2, Map.of("PATH", "/nonexistent:" + dir)).igzip()).isEqualTo(igzip);
        Compression none = Compression.choose("auto", 1, 3, Map.of("PATH", "/nonexistent"));
        assertThat(none.engine()).isEqualTo(Compression.Engine.ZLIB);
        assertThat(none.describe()).isEqualTo("zlib -1 x3");
        assertThat(Compression.choose("ZLIB", 6, 2, Map.of("PATH", dir.toString())).describe()).isEqualTo("zlib -6 x2");
        assertThat(Compression.choose("igzip", 6, 2, Map.of("PGBACKUP_IGZIP", igzip.toString())).describe())
                .isEqualTo("igzip -3");
    }

    @Test
    void levelOutOfRange() {
        assertThatThrownBy(() -> Compression.choose("zlib", 0, 2, Map.of()))
                .isInstanceOfSatisfying(PgBackupException.class, e -> assertThat(e.exitCode().code()).isEqualTo(2))
                .hasMessage("compression level 0 is out of range");
    }

    private Path fakeIgzip() throws IOException {
        Path p = dir.resolve("igzip");
        Files.writeString(p, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }
}
