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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template's shell, run for real by gitlab-ci-local's shell executor: which command line each
 * job gives pgbackup, under which Vault role and with which ping URL and Pushgateway (logged only
 * when set), how the backup id reaches the deploy job, and that a failure stops the pipeline.
 * PGBACKUP_BIN points at a recorder script that logs its arguments and prints an id, so this checks
 * the template's wiring only; PipelineEndToEndTest runs the real pgbackup.
 */
class TemplateWiringTest {
    private static final String BACKUP_ID = "20250101T030000Z-deploy";
    private static final String VERIFY_ARGS =
            "verify --backup latest --owner-role app_owner --vault-group 7 --environment prd";
    private static final String REPORT_ARGS = "report --html public/index.html --json report.json --max-age 26h";
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
        ScopedVariables.write(gcl.workspace(), Map.of());
        Path dir = Files.createDirectories(gcl.workspace().resolve("home/recorder"));
        log = dir.resolve("calls.log");
        recorder = dir.resolve("pgbackup");
        Files.writeString(recorder, """
                #!/bin/sh
                echo "role=$VAULT_AUTH_ROLE args=$*${PGBACKUP_PING_URL:+ ping=$PGBACKUP_PING_URL}${PGBACKUP_PUSHGATEWAY:+ push=$PGBACKUP_PUSHGATEWAY}" >> "$RECORDER_LOG"
                echo "environment=$CI_ENVIRONMENT_NAME PGHOST=$PGHOST PGDATABASE=$PGDATABASE PGBACKUP_STORE=$PGBACKUP_STORE SCW_S3_URL=$SCW_S3_URL VAULT_ADDR=$VAULT_ADDR" >> "$RECORDER_LOG.env"
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
        Files.deleteIfExists(Path.of(log + ".env"));
    }

    @Test
    void backupPublishesItsIdAndDeployReceivesIt() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.pushToDefaultBranch(), List.of(), "backup", "deploy")
                .assertSucceeded("backup then deploy");

        assertThat(calls()).containsExactly(
                "role=backup-groupe-7-prd args=backup --vault-group 7 --environment prd");
        assertThat(environments()).containsExactly("environment=prd PGHOST=postgres-prd.internal PGDATABASE=app"
                + " PGBACKUP_STORE=s3://pgbackup-groupe-7-prd/pgbackup SCW_S3_URL=https://s3.fr-par.scw.cloud"
                + " VAULT_ADDR=https://vault.example.com");
        assertThat(run.stdout()).contains("deploying ").contains("after backup " + BACKUP_ID);
    }

    @Test
    void aFailedBackupStopsTheDeploy() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.pushToDefaultBranch(), List.of("RECORDER_EXIT=20"),
                "backup", "deploy");

        assertThat(run.exitCode()).isNotZero();
        assertThat(calls()).hasSize(1);
        assertThat(run.stdout()).contains("FAIL").doesNotContain("deploying ");
    }

    @Test
    void missingSettingsStopTheJobBeforePgbackupRuns() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.nightlySchedule(), List.of("PGBACKUP_STORE=", "VAULT_ADDR="), "backup");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr()).contains("error: CI variables not set: PGBACKUP_STORE VAULT_ADDR")
                .contains("HINT: they are environment-scoped CI/CD variables of the environment 'prd', declared by infra/");
        assertThat(Files.exists(log)).as("pgbackup was not called").isFalse();
    }

    @Test
    void restoreDefaultsToTheLatestBackupIntoPgdatabase() throws IOException {
        runJobs(PipelineSource.trigger(), List.of(), "restore").assertSucceeded("restore");

        assertThat(calls()).containsExactly("role=restore-groupe-7-prd args=restore --backup latest"
                + " --target-database app --yes --owner-role app_owner --vault-group 7 --environment prd");
    }

    @Test
    void restoreTakesTheTriggerInputs() throws IOException {
        runJobs(PipelineSource.trigger(), List.of(), "--input", "restore_backup=" + BACKUP_ID,
                "--input", "restore_target=app_yesterday", "restore").assertSucceeded("restore");

        assertThat(calls()).containsExactly("role=restore-groupe-7-prd args=restore --backup " + BACKUP_ID
                + " --target-database app_yesterday --yes --owner-role app_owner --vault-group 7 --environment prd");
    }

    /**
     * Staging's schedule (infra/ sets PGBACKUP_ENVIRONMENT=stg on it) runs every job in the environment
     * stg, so each sees staging's environment-scoped variables and not one value of production's.
     */
    @Test
    void aStagingScheduleSeesOnlyStagingsValues() throws IOException {
        runJobs(PipelineSource.nightlySchedule().with("PGBACKUP_ENVIRONMENT", "stg"), List.of(), "backup", "status",
                "prune").assertSucceeded("backup, status, prune");

        // status and prune are of one stage: their order varies
        assertThat(calls()).first().isEqualTo("role=backup-groupe-7-stg args=backup --vault-group 7 --environment stg");
        assertThat(calls()).containsExactlyInAnyOrder(
                "role=backup-groupe-7-stg args=backup --vault-group 7 --environment stg",
                "role=status-groupe-7-stg args=status --max-age 26h --vault-group 7 --environment stg",
                "role=status-groupe-7-stg args=" + REPORT_ARGS + " --vault-group 7 --environment stg",
                "role=prune-groupe-7-stg args=prune --vault-group 7 --environment stg");
        assertThat(environments()).hasSize(4).containsOnly("environment=stg PGHOST=postgres-stg.internal PGDATABASE=app"
                + " PGBACKUP_STORE=s3://pgbackup-groupe-7-stg/pgbackup SCW_S3_URL=https://s3.fr-par.scw.cloud"
                + " VAULT_ADDR=https://vault.example.com");
        assertNoProductionValue();
    }

    /** A staging restore (the trigger's input) logs in with staging's role and reaches staging's server only. */
    @Test
    void aStagingRestoreReachesStagingOnly() throws IOException {
        runJobs(PipelineSource.trigger(), List.of(), "--input", "restore_environment=stg", "restore")
                .assertSucceeded("restore");

        assertThat(calls()).containsExactly("role=restore-groupe-7-stg args=restore --backup latest"
                + " --target-database app --yes --owner-role app_owner --vault-group 7 --environment stg");
        assertThat(environments()).containsExactly("environment=pgbackup-restore/stg PGHOST=postgres-stg.internal"
                + " PGDATABASE=app PGBACKUP_STORE=s3://pgbackup-groupe-7-stg/pgbackup SCW_S3_URL=https://s3.fr-par.scw.cloud"
                + " VAULT_ADDR=https://vault.example.com");
        assertNoProductionValue();
    }

    /** No call saw a value that only production's scopes hold. */
    private static void assertNoProductionValue() throws IOException {
        String seen = String.join("\n", calls()) + "\n" + String.join("\n", environments());
        ScopedVariables.declared().forEach((key, scopes) -> {
            String prd = scopes.get("prd");
            if (!prd.equals(scopes.get("stg"))) {
                assertThat(seen).as(key).doesNotContain(prd);
            }
        });
        assertThat(seen).doesNotContain("prd");
    }

    /** The component checks the inputs before any job runs: a caller cannot smuggle a command in. */
    @Test
    void aRestoreInputThatFailsItsCheckStartsNoJob() throws IOException {
        for (String input : List.of("restore_backup=latest; curl evil.example", "restore_backup=../app/x",
                "restore_target=app; DROP DATABASE app", "restore_environment=production")) {
            GitlabCiLocal.Result run = runJobs(PipelineSource.trigger(), List.of(), "--input", input, "restore");
            assertThat(run.exitCode()).as(input).isNotZero();
            assertThat(run.stdout() + run.stderr()).as(input).containsAnyOf("does not match required regex",
                    "is not in the list of allowed options");
        }
        assertThat(Files.exists(log)).as("pgbackup was not called").isFalse();
    }

    @Test
    void weeklyScheduleRunsTheDrillThenTheStatus() throws IOException {
        runJobs(PipelineSource.weeklyVerifySchedule(), List.of(), "verify", "status").assertSucceeded("verify, status");

        assertThat(calls()).containsExactly(
                "role=verify-groupe-7-prd args=" + VERIFY_ARGS,
                "role=status-groupe-7-prd args=status --max-age 26h --vault-group 7 --environment prd",
                "role=status-groupe-7-prd args=" + REPORT_ARGS + " --vault-group 7 --environment prd");
    }

    /** verify restores with the restore account, which pgbackup refuses without an owner role. */
    @Test
    void verifyWithoutAnOwnerRoleStopsBeforePgbackupRuns() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.weeklyVerifySchedule(), List.of("PGBACKUP_OWNER_ROLE="),
                "verify");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr()).contains("error: CI variables not set: PGBACKUP_OWNER_ROLE")
                .contains("HINT: they are environment-scoped CI/CD variables");
        assertThat(Files.exists(log)).as("pgbackup was not called").isFalse();
    }

    /** The owner role is verify's requirement only: the nightly jobs run without it. */
    @Test
    void nightlyScheduleBacksUpThenPrunes() throws IOException {
        runJobs(PipelineSource.nightlySchedule(), List.of("PGBACKUP_OWNER_ROLE="), "backup", "prune")
                .assertSucceeded("backup, prune");

        assertThat(calls()).containsExactly(
                "role=backup-groupe-7-prd args=backup --vault-group 7 --environment prd",
                "role=prune-groupe-7-prd args=prune --vault-group 7 --environment prd");
    }

    @Test
    void aFailedBackupStopsThePrune() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.nightlySchedule(), List.of("RECORDER_EXIT=20"),
                "backup", "prune");

        assertThat(run.exitCode()).isNotZero();
        assertThat(calls()).singleElement().asString().startsWith("role=backup-groupe-7-prd args=backup ");
    }

    /** A failed status (a stale series, 40) still writes the report, and the job fails with status's code. */
    @Test
    void aFailedStatusStillWritesTheReportAndFailsTheJob() throws IOException {
        GitlabCiLocal.Result run = runJobs(PipelineSource.nightlySchedule(), List.of("RECORDER_EXIT=40"), "status");

        assertThat(run.exitCode()).isNotZero();
        assertThat(calls()).containsExactly(
                "role=status-groupe-7-prd args=status --max-age 26h --vault-group 7 --environment prd",
                "role=status-groupe-7-prd args=" + REPORT_ARGS + " --vault-group 7 --environment prd");
        assertThat(run.stdout() + run.stderr()).containsPattern("finished in \\d+ ms +FAIL 40");
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
                "role=status-groupe-7-prd args=" + REPORT_ARGS + " --vault-group 7 --environment prd"
                        + " push=" + PUSHGATEWAY,
                "role=prune-groupe-7-prd args=prune --vault-group 7 --environment prd push=" + PUSHGATEWAY);
    }

    static GitlabCiLocal.Result runJobs(PipelineSource source, List<String> variables, String... jobs) {
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

    static List<String> calls() throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** What each call saw of the environment-specific variables, in call order. */
    static List<String> environments() throws IOException {
        Path env = Path.of(log + ".env");
        return Files.exists(env) ? Files.readAllLines(env) : List.of();
    }
}
