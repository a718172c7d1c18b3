package io.pgbackup.cli;

import io.pgbackup.error.ExitCode;
import io.pgbackup.testsupport.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The help pages of prune, verify and status; the monitoring options of backup and verify. */
class KeepHelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"prune", "verify", "status"})
    void everyHelpPageEndsWithTheExitStatusTable(String command) {
        Cli.Result r = new Cli().run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit status:");
        for (ExitCode c : ExitCode.values()) {
            assertThat(r.out()).contains(String.format("%3d  %s", c.code(), c.meaning()));
        }
        assertThat(r.out()).contains("PGBACKUP_PUSHGATEWAY").contains("PGBACKUP_PING_URL").contains("PGBACKUP_STORE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backup", "verify"})
    void backupAndVerifyTakeTheMonitoringOptions(String command) {
        Cli.Result r = new Cli().run(command, "--help");
        assertThat(r.out()).contains("--pushgateway=URL").contains("--ping-url=URL");
    }

    @Test
    void statusDocumentsItsExitCodesAndDefaults() {
        Cli.Result r = new Cli().run("status", "--help");
        assertThat(r.out()).contains("Exits 40 when there is no restorable backup").contains("(default 26h")
                .contains("(default 0.5; 0: no check)");
    }

    @Test
    void theMainHelpListsTheNewCommands() {
        Cli.Result r = new Cli().run("--help");
        assertThat(r.out()).containsPattern("\\n +prune +Delete the backups")
                .containsPattern("\\n +verify +Restore drill")
                .containsPattern("\\n +status +Check the backups");
    }
}
