package io.pgbackup.compress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup's igzip runs under SCHED_BATCH where chrt is allowed, and as it is everywhere else. */
class BatchSchedulingTest {
    private static final int SCHED_BATCH = 3;

    @TempDir
    Path dir;

    @Test
    void igzipRunsUnderSchedBatch() throws Exception {
        Compression c = Compression.choose("igzip", 1, 2, Map.of("PATH", System.getenv("PATH")));
        List<String> command = c.igzipCommand();
        assertThat(command.subList(0, 3)).satisfies(p -> assertThat(p.get(0)).endsWith("/chrt"))
                .endsWith("-b", "0");
        assertThat(command.subList(3, command.size()))
                .containsExactly(c.igzip().toString(), "-1", "--stdout", "--quiet");

        Process p = new ProcessBuilder(command).start();
        try {
            assertThat(policyOnceItIsIgzip(p.pid())).isEqualTo(SCHED_BATCH);
            p.getOutputStream().write("SELECT 1;\n".getBytes());
            p.getOutputStream().close();
            try (InputStream in = new GZIPInputStream(p.getInputStream())) {
                assertThat(new String(in.readAllBytes())).isEqualTo("SELECT 1;\n");
            }
            assertThat(p.waitFor()).isZero();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void refusedChrtLeavesIgzipAsItIs() throws IOException {
        script("chrt", "echo \"chrt: failed to set pid 0's policy: Operation not permitted\" >&2; exit 1");
        Compression c = Compression.choose("igzip", 1, 2, Map.of("PATH", dir + ":" + System.getenv("PATH")));
        assertThat(c.igzipCommand()).containsExactly(c.igzip().toString(), "-1", "--stdout", "--quiet");
    }

    @Test
    void missingChrtLeavesIgzipAsItIs() throws IOException {
        Path igzip = script("igzip", "exit 0");
        Compression c = Compression.choose("igzip", 1, 2, Map.of("PATH", dir.toString()));
        assertThat(c.igzipCommand()).containsExactly(igzip.toString(), "-1", "--stdout", "--quiet");
    }

    @Test
    void theVariableTurnsItOff() {
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "PGBACKUP_IGZIP_BATCH", "false");
        Compression c = Compression.choose("igzip", 6, 2, env);
        assertThat(c.igzipCommand()).containsExactly(c.igzip().toString(), "-3", "--stdout", "--quiet");
    }

    @Test
    void decompressionIsNotWrapped() {
        Compression c = Compression.choose("igzip", 1, 2, Map.of("PATH", System.getenv("PATH")));
        assertThat(c.igunzipCommand()).containsExactly(c.igzip().toString(), "-d", "--stdout", "--quiet");
    }

    /** Field 41 of /proc/PID/stat, read once chrt has exec'd igzip in the same process. */
    private static int policyOnceItIsIgzip(long pid) throws Exception {
        Path stat = Path.of("/proc/" + pid + "/stat");
        for (int i = 0; i < 500; i++) {
            String line = Files.readString(stat);
            String comm = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
            if (comm.equals("igzip")) {
                String[] after = line.substring(line.lastIndexOf(')') + 2).split(" ");
                return Integer.parseInt(after[41 - 3]);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("process " + pid + " never became igzip");
    }

    private Path script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }
}
