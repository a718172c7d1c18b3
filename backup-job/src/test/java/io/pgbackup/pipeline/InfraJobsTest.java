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
 * The shell of infra:synth and infra:plan, run by gitlab-ci-local's shell executor on a copy of
 * the pipeline with the real infra/synthesized JSON, .ci/install-tools.sh and
 * infra/tools/terraform-init.sh. Two things stand in, because the machine cannot do them: the
 * synthesis (infra/tools/refresh-synthesized.sh compiles and runs the CDKTF app, minutes here, and
 * is checked against the committed JSON by the infra module's CommittedJsonTest) is replaced by a
 * script that writes given JSON, so this checks the job's drift check; and terraform (no provider
 * can be downloaded here) by a recorder that answers init, plan and show.
 */
class InfraJobsTest {
    private static final String JOB_TOKEN = "glcbt-64-job-token-" + Long.toHexString(System.nanoTime());
    private static final String PLAN_JSON = "{\"resource_changes\":[{\"change\":{\"actions\":[\"create\"]}},"
            + "{\"change\":{\"actions\":[\"create\"]}},{\"change\":{\"actions\":[\"update\"]}},"
            + "{\"change\":{\"actions\":[\"delete\",\"create\"]}},{\"change\":{\"actions\":[\"no-op\"]}}]}";

    private static GitlabCiLocal gcl;
    private static Path synthesized;
    private static Path terraformLog;
    private static Path fakeBin;
    private static Path variablesFile;

    @BeforeAll
    static void setUp() throws IOException {
        gcl = GitlabCiLocal.onPipelineCopy(".ci/install-tools.sh", "infra/synthesized", "infra/tools/terraform-init.sh");
        Path ws = gcl.workspace();
        // Node 22 is already in the repository's .tools: install-tools.sh node finds it and installs nothing.
        Files.createSymbolicLink(ws.resolve(".tools"), RepoTools.root().resolve(".tools"));
        executable(ws.resolve("infra/tools/refresh-synthesized.sh"), """
                #!/bin/sh
                # stands in for the CDKTF synthesis: writes what the test says the code synthesizes
                cp -R "$SYNTHESIZED_BY_THE_CODE"/. infra/synthesized/
                """);
        gcl.commitAll();
        synthesized = Files.createDirectories(ws.resolve("home/synthesized"));
        fakeBin = Files.createDirectories(ws.resolve("home/bin"));
        terraformLog = ws.resolve("home/terraform.log");
        executable(fakeBin.resolve("terraform"), """
                #!/bin/sh
                dir=.
                case "$1" in -chdir=*) dir="${1#-chdir=}"; shift ;; esac
                echo "${dir%%/} $* | user=$TF_HTTP_USERNAME password=${TF_HTTP_PASSWORD:+set} project=$TF_VAR_gitlab_project_id" >> "$TERRAFORM_LOG"
                case "$1" in
                  plan) : > "$dir/plan.cache" ;;
                  show) echo '%s' ;;
                esac
                """.formatted(PLAN_JSON));
        variablesFile = ws.resolve("home/project-variables.yml");
        Files.writeString(variablesFile, "CI_JOB_TOKEN: " + JOB_TOKEN + "\n");
    }

    @AfterAll
    static void tearDown() {
        gcl.close();
    }

    @BeforeEach
    void freshCheckout() throws IOException {
        gcl.resetToCommit();
        Files.deleteIfExists(terraformLog);
        try (var old = Files.walk(synthesized)) {
            old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(synthesized)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void synthPassesWhenTheCommittedJsonIsWhatTheCodeSynthesizes() throws IOException {
        synthesizes("prd", committed("prd"));
        synthesizes("stg", committed("stg"));

        runJob(PipelineSource.mergeRequest(), List.of(), "infra:synth").assertSucceeded("infra:synth without drift");
    }

    @Test
    void synthFailsWhenTheCodeSynthesizesOtherJson() throws IOException {
        synthesizes("prd", committed("prd").replace("\"days\": 400", "\"days\": 30"));
        synthesizes("stg", committed("stg"));

        GitlabCiLocal.Result run = runJob(PipelineSource.mergeRequest(), List.of(), "infra:synth");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).contains("infra/synthesized/prd/cdk.tf.json").contains("-").contains("+");
        assertThat(run.stdout() + run.stderr())
                .contains("error: the committed Terraform JSON in infra/synthesized is not what the infra code synthesizes")
                .contains("HINT: run infra/tools/refresh-synthesized.sh and commit infra/synthesized with the change");
    }

    @Test
    void synthFailsWhenTheCodeSynthesizesAnUncommittedEnvironment() throws IOException {
        synthesizes("prd", committed("prd"));
        synthesizes("stg", committed("stg"));
        synthesizes("dev", committed("stg"));

        GitlabCiLocal.Result run = runJob(PipelineSource.mergeRequest(), List.of(), "infra:synth");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).contains("infra/synthesized/dev/cdk.tf.json");
        assertThat(run.stdout() + run.stderr()).contains("error: the committed Terraform JSON in infra/synthesized");
    }

    /**
     * A protected merge request's pipeline plans each environment in its own job, without the state
     * lock (a Developer may read GitLab-managed state, not lock it), each writing its one report.
     */
    @Test
    void aProtectedMergeRequestPlansEachEnvironmentInItsOwnJobWithoutTheLock() throws IOException {
        GitlabCiLocal.Result run = runJob(PipelineSource.protectedMergeRequest(), terraformVariables(),
                "infra:plan:prd", "infra:plan:stg").assertSucceeded("infra:plan:prd, infra:plan:stg");

        // the two jobs run at once: each environment's calls are in order
        for (String e : List.of("prd", "stg")) {
            assertThat(terraformCalls().stream().filter(c -> c.startsWith("infra/synthesized/" + e + " ")))
                    .containsExactly(init(e), "infra/synthesized/" + e + " plan -input=false -lock=false -out=plan.cache"
                            + ENV, "infra/synthesized/" + e + " show -json plan.cache" + ENV);
        }
        assertThat(terraformCalls()).hasSize(6);
        for (String e : List.of("prd", "stg")) {
            assertThat(Files.readString(gcl.workspace().resolve("plan-" + e + ".json")).replaceAll("\\s", ""))
                    .isEqualTo("{\"create\":3,\"update\":1,\"delete\":1}");
        }
        assertThat(String.join("\n", terraformCalls()) + run.stdout() + run.stderr()).doesNotContain(JOB_TOKEN);
    }

    /** The default branch's plan, which the manual apply applies, holds the state lock. */
    @Test
    void theDefaultBranchPlansWithTheLock() throws IOException {
        runJob(PipelineSource.pushToDefaultBranch(), terraformVariables(), "infra:plan:stg")
                .assertSucceeded("infra:plan:stg");

        assertThat(terraformCalls()).containsExactly(init("stg"),
                "infra/synthesized/stg plan -input=false -lock=true -out=plan.cache" + ENV,
                "infra/synthesized/stg show -json plan.cache" + ENV);
    }

    private static final String ENV = " | user=gitlab-ci-token password=set project=1217";

    private static String init(String env) {
        String state = "https://gitlab.com/api/v4/projects/1217/terraform/state/pgbackup-" + env;
        return "infra/synthesized/" + env + " init -input=false -reconfigure -backend-config=address=" + state
                + " -backend-config=lock_address=" + state + "/lock -backend-config=unlock_address=" + state + "/lock" + ENV;
    }

    private static List<String> terraformCalls() throws IOException {
        return Files.readAllLines(terraformLog).stream().map(l -> l.replace(gcl.workspace().toString() + "/", "")).toList();
    }

    @Test
    void planStopsBeforeTerraformWhenTerraformVariablesAreMissing() {
        List<String> partial = new ArrayList<>(terraformVariables());
        partial.removeIf(v -> v.startsWith("TF_VAR_scaleway_terraform_principal=") || v.startsWith("TF_VAR_vault_jwt_audience="));

        GitlabCiLocal.Result run = runJob(PipelineSource.protectedMergeRequest(), partial, "infra:plan:prd");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr())
                .contains("error: terraform variables not set: TF_VAR_vault_jwt_audience TF_VAR_scaleway_terraform_principal")
                .contains("HINT: set them in Settings > CI/CD > Variables");
        assertThat(Files.exists(terraformLog)).as("terraform was not called").isFalse();
    }

    private static List<String> terraformVariables() {
        return List.of("TF_VAR_scaleway_project_id=11111111-2222-3333-4444-555555555555",
                "TF_VAR_scaleway_organization_id=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                "TF_VAR_vault_jwt_audience=https://vault.example.com",
                "TF_VAR_scaleway_terraform_principal=application_id:66666666-7777-8888-9999-000000000000");
    }

    private static GitlabCiLocal.Result runJob(PipelineSource source, List<String> variables, String... jobs) {
        List<String> args = new ArrayList<>(List.of("--force-shell-executor", "--no-json-schema-validation",
                "--variables-file", variablesFile.toString()));
        args.addAll(source.arguments());
        List<String> all = new ArrayList<>(variables);
        all.add("SYNTHESIZED_BY_THE_CODE=" + synthesized);
        all.add("TERRAFORM_LOG=" + terraformLog);
        all.add("PATH=" + fakeBin + ":/usr/local/bin:/usr/bin:/bin");
        for (String v : all) {
            args.add("--variable");
            args.add(v);
        }
        args.addAll(List.of(jobs));
        GitlabCiLocal.Result result = gcl.run(args);
        System.out.printf("gitlab-ci-local %s: %d ms%n", String.join(" ", jobs), result.millis());
        return result;
    }

    private static String committed(String env) throws IOException {
        return Files.readString(RepoTools.root().resolve("infra/synthesized/" + env + "/cdk.tf.json"));
    }

    private static void synthesizes(String env, String json) throws IOException {
        Files.writeString(Files.createDirectories(synthesized.resolve(env)).resolve("cdk.tf.json"), json);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
