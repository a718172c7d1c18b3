package io.pgbackup.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template's shell, run for real by gitlab-ci-local's shell executor: which command line each
 * job gives pgbackup, under which Vault role and with which ping URL and Pushgateway (logged only
 * when set), how the backup id reaches the deploy job, and that a failure stops the pipeline.
 * PGBACKUP_BIN points at a recorder script that logs its arguments and prints an id, so this checks
 * the template's wiring only; PipelineEndToEndTest runs the real pgbackup.
 */
class TemplateWiringTest {
    private static final String BACKUP_ID = "app/20250101T030000Z-deploy";
    private static final String VERIFY_ARGS =
            "verify --backup latest --owner-role app_owner --vault-group 7 --environment prd";
    private static final String PING_BACKUP = "https://hc.example.com/ping/backup-3f2a";
    private static final String PING_VERIFY = "https://hc.example.com/ping/verify-9c1e";
    private static final String PUSHGATEWAY = "http://pushgateway.example.com:9091";
    private static final List<String> NOTIFY_VARIABLES = List.of("PGBACKUP_PING_URL_BACKUP=" + PING_BACKUP,
            "PGBACKUP_PING_URL_VERIFY=" + PING_VERIFY, "PGBACKUP_PUSHGATEWAY=" + PUSHGATEWAY);
    private static GitlabCiLocal gcl;
    private static Path recorder;
    private static Path log;

    @BeforeAll
    static void setUp() throws IOException {
        gcl = GitlabCiLocal.onPipelineCopy();
        Path dir = Files.createDirectories(gcl.workspace().resolve("home/recorder"));
        log = dir.resolve("calls.log");
        recorder = dir.resolve("pgbackup");
        Files.writeString(recorder, """
                #!/bin/sh
                echo "role=$VAULT_AUTH_ROLE args=$*${PGBACKUP_PING_URL:+ ping=$PGBACKUP_PING_URL}${PGBACKUP_PUSHGATEWAY:+ push=$PGBACKUP_PUSHGATEWAY}" >> "$RECORDER_LOG"
                echo "recorder: working" >&2
                [ -z "$RECORDER_EXIT" ] || exit "$RECORDER_EXIT"
                [ "$1" != backup ] || echo "%s"
                """.formatted(BACKUP_ID));
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void tearDown() {
        gcl.close();
    }

    @BeforeEach
    void clearLog() throws IOException {
        Files.deleteIfExists(log);
    }

    @Test
    void backupPublishesItsIdAndDeployReceivesIt() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.pushToDefaultBranch(), List.of(), "deploy", "--needs")
                .assertSucceeded("backup then deploy");

        assertThat(calls()).containsExactly(
                "role=backup-groupe-7-prd args=backup --vault-group 7 --environment prd");
        assertThat(Files.readString(gcl.workspace().resolve(".gitlab-ci-local/artifacts/backup/.gitlab-ci-reports/dotenv/pgbackup.env")))
                .isEqualTo("PGBACKUP_BACKUP_ID=" + BACKUP_ID + "\n");
        assertThat(run.stdout()).contains("deploying ").contains("after backup " + BACKUP_ID);
    }

    @Test
    void aFailedBackupStopsTheDeploy() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.pushToDefaultBranch(), List.of("RECORDER_EXIT=20"),
                "deploy", "--needs");

        assertThat(run.exitCode()).isNotZero();
        assertThat(calls()).hasSize(1);
        assertThat(run.stdout()).contains("FAIL").doesNotContain("deploying ");
    }

    @Test
    void missingSettingsStopTheJobBeforePgbackupRuns() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.nightlySchedule(), List.of("PGBACKUP_STORE=", "VAULT_ADDR="), "backup");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr()).contains("error: CI variables not set: PGBACKUP_STORE VAULT_ADDR")
                .contains("HINT: set them in the variables: of the project's .gitlab-ci.yml");
        assertThat(Files.exists(log)).as("pgbackup was not called").isFalse();
    }

    @Test
    void restoreDefaultsToTheLatestBackupIntoPgdatabase() throws IOException {
        runJobs(PipelineSource.trigger(), List.of(), "restore").assertSucceeded("restore");

        assertThat(calls()).containsExactly("role=restore-groupe-7-prd args=restore --backup latest"
                + " --target-database app --yes --owner-role app_owner --vault-group 7 --environment prd");
    }

    @Test
    void restoreTakesTheTriggerVariables() throws IOException {
        runJobs(PipelineSource.trigger(), List.of("PGBACKUP_RESTORE_BACKUP=" + BACKUP_ID,
                "PGBACKUP_RESTORE_TARGET=app_yesterday", "PGBACKUP_OWNER_ROLE="), "restore").assertSucceeded("restore");

        assertThat(calls()).containsExactly("role=restore-groupe-7-prd args=restore --backup " + BACKUP_ID
                + " --target-database app_yesterday --yes --vault-group 7 --environment prd");
    }

    @Test
    void weeklyScheduleRunsTheDrillThenTheStatus() throws IOException {
        runJobs(PipelineSource.weeklyVerifySchedule(), List.of(), "status", "--needs").assertSucceeded("verify, status");

        assertThat(calls()).containsExactly(
                "role=verify-groupe-7-prd args=" + VERIFY_ARGS,
                "role=status-groupe-7-prd args=status --max-age 26h --vault-group 7 --environment prd");
    }

    /** verify restores with the restore account, which pgbackup refuses without an owner role. */
    @Test
    void verifyWithoutAnOwnerRoleStopsBeforePgbackupRuns() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.weeklyVerifySchedule(), List.of("PGBACKUP_OWNER_ROLE="),
                "verify");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr()).contains("error: CI variables not set: PGBACKUP_OWNER_ROLE")
                .contains("HINT: set them in the variables: of the project's .gitlab-ci.yml");
        assertThat(Files.exists(log)).as("pgbackup was not called").isFalse();
    }

    /** The owner role is verify's requirement only: the nightly jobs run without it. */
    @Test
    void nightlyScheduleBacksUpThenPrunesWithTheRetentionArguments() throws IOException {
        runJobs(PipelineSource.nightlySchedule(), List.of("PGBACKUP_OWNER_ROLE=",
                "PGBACKUP_PRUNE_ARGS=--keep-daily 7 --timezone Europe/Paris"), "prune", "--needs")
                .assertSucceeded("backup, prune");

        assertThat(calls()).containsExactly(
                "role=backup-groupe-7-prd args=backup --vault-group 7 --environment prd",
                "role=prune-groupe-7-prd args=prune --vault-group 7 --environment prd"
                        + " --keep-daily 7 --timezone Europe/Paris");
    }

    @Test
    void aFailedBackupStopsThePrune() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.nightlySchedule(), List.of("RECORDER_EXIT=20"),
                "prune", "--needs");

        assertThat(run.exitCode()).isNotZero();
        assertThat(calls()).singleElement().asString().startsWith("role=backup-groupe-7-prd args=backup ");
    }

    @Test
    void backupAndVerifyPingTheirOwnUrlAndPushToThePushgateway() throws IOException {
        runJobs(PipelineSource.nightlySchedule(), NOTIFY_VARIABLES, "backup").assertSucceeded("backup");
        runJobs(PipelineSource.weeklyVerifySchedule(), NOTIFY_VARIABLES, "verify").assertSucceeded("verify");

        assertThat(calls()).containsExactly(
                "role=backup-groupe-7-prd args=backup --vault-group 7 --environment prd"
                        + " ping=" + PING_BACKUP + " push=" + PUSHGATEWAY,
                "role=verify-groupe-7-prd args=" + VERIFY_ARGS + " ping=" + PING_VERIFY + " push=" + PUSHGATEWAY);
    }

    /**
     * Only backup and verify ping: status and prune get the Pushgateway (which they do not use) but
     * no ping URL. Without the variables nothing at all is set: the other tests' calls carry neither.
     */
    @Test
    void statusAndPruneGetNoPingUrl() throws IOException {
        runJobs(PipelineSource.nightlySchedule(), NOTIFY_VARIABLES, "status", "prune")
                .assertSucceeded("status, prune");

        assertThat(calls()).containsExactlyInAnyOrder(
                "role=status-groupe-7-prd args=status --max-age 26h --vault-group 7 --environment prd"
                        + " push=" + PUSHGATEWAY,
                "role=prune-groupe-7-prd args=prune --vault-group 7 --environment prd push=" + PUSHGATEWAY);
    }

    private static GitlabCiLocal.Result runJobs(PipelineSource source, List<String> variables, String... jobs) {
        List<String> args = new ArrayList<>(List.of("--force-shell-executor", "--no-json-schema-validation"));
        args.addAll(source.arguments());
        for (String variable : variables) {
            args.add("--variable");
            args.add(variable);
        }
        args.addAll(List.of("--variable", "PGBACKUP_BIN=" + recorder, "--variable", "RECORDER_LOG=" + log));
        args.addAll(List.of(jobs));
        GitlabCiLocal.Result result = gcl.run(args);
        System.out.printf("gitlab-ci-local %s (%s): %d ms%n", String.join(" ", jobs), source.label(), result.millis());
        return result;
    }

    private static List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
