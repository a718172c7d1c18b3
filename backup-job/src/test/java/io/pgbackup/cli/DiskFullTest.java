package io.pgbackup.cli;

import io.pgbackup.testsupport.ChildPgbackup;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file store whose volume fills up during a backup: a 64 KiB tmpfs mounted over the store
 * directory in a mount namespace of the backup's own ({@code unshare -U -r -m}), so the real kernel
 * answers ENOSPC. The backup fails with exit 10, the volume's reason and a HINT, and leaves no
 * file behind: no temporary data file, no manifest.
 */
class DiskFullTest {
    @TempDir
    Path store;

    @Test
    void aFullVolumeFailsTheBackupAndLeavesNothing() throws Exception {
        String db = Fixtures.sampleDatabase("full");
        Cli cli = Fixtures.cli(db, store);
        Path output = Files.createTempFile("pgbackup-full", ".log");
        List<String> cmd = new ArrayList<>(List.of("unshare", "-U", "-r", "-m", "sh", "-c",
                "mount -t tmpfs -o size=64k tmpfs \"$0\" || exit 99; \"$@\"; rc=$?;"
                        + " echo \"files left: $(find \"$0\" -type f | wc -l)\"; exit $rc", store.toString()));
        cmd.addAll(ChildPgbackup.command("backup"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().putAll(cli.env());
        Process job = pb.start();
        try {
            assertThat(job.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(output);
            assertThat(job.exitValue()).as(out).isEqualTo(10);
            assertThat(out).containsPattern("error: cannot write \\S+ no space left on device")
                    .contains("HINT: check the directory's permissions and free space")
                    .contains("files left: 0")
                    .doesNotContain(cli.env().get("ENCRYPTION_KEY"));
        } finally {
            job.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
