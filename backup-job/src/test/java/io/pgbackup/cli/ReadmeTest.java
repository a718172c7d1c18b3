package io.pgbackup.cli;

import io.pgbackup.error.ExitCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's tables are the code's lists: exit codes and environment variables. */
class ReadmeTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("..", "README.md"));
    }

    @Test
    void exitCodeTableMatchesTheEnum() throws Exception {
        String readme = readme();
        for (ExitCode c : ExitCode.values()) {
            assertThat(readme).contains("| " + c.code() + " | " + c.meaning() + " |");
        }
        assertThat(readme.lines().filter(l -> l.matches("\\| \\d+ \\| .*"))).hasSize(ExitCode.values().length);
    }

    @Test
    void everyEnvironmentVariableIsDocumented() throws Exception {
        String readme = readme();
        for (EnvVar v : EnvVar.values()) {
            assertThat(readme).contains("`" + v.name() + "`");
        }
    }

    @Test
    void startsWithTheTwoCommands() throws Exception {
        assertThat(readme().lines().limit(6)).contains(
                "backup-job/pgbackup demo    # the whole cycle on a throwaway PostgreSQL, nothing to configure (builds the jar on first run)",
                ".ci/run                     # the whole test suite: installs what it needs (apt, npm), then runs `mvn -B verify`");
    }
}
