package io.pgbackup.cli;

import io.pgbackup.error.ExitCode;
import io.pgbackup.testsupport.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"backup", "restore", "list", "demo", "prune", "verify", "status"})
    void everyHelpPageEndsWithTheExitStatusTable(String command) {
        Cli.Result r = new Cli().run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit status:");
        for (ExitCode c : ExitCode.values()) {
            assertThat(r.out()).contains(String.format("%3d  %s", c.code(), c.meaning()));
        }
        assertThat(r.out()).contains("ENCRYPTION_KEY").contains("PGBACKUP_STORE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-flag", "--compress-level=abc"})
    void badFlagsAreUsageErrors(String flag) {
        Cli.Result r = new Cli().run("backup", flag);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("HINT: run 'pgbackup backup --help'");
    }
}
