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

        runJob("infra:synth", List.of()).assertSucceeded("infra:synth without drift");
    }

    @Test
    void synthFailsWhenTheCodeSynthesizesOtherJson() throws IOException {
        synthesizes("prd", committed("prd").replace("\"days\": 400", "\"days\": 30"));
        synthesizes("stg", committed("stg"));

        GitlabCiLocal.Result run = runJob("infra:synth", List.of());

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

        GitlabCiLocal.Result run = runJob("infra:synth", List.of());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).contains("infra/synthesized/dev/cdk.tf.json");
        assertThat(run.stdout() + run.stderr()).contains("error: the committed Terraform JSON in infra/synthesized");
    }

    @Test
    void planInitsEveryEnvironmentWithItsGitlabStateThenPlansIt() throws IOException {
        GitlabCiLocal.Result run = runJob("infra:plan", terraformVariables()).assertSucceeded("infra:plan");

        String state = "https://gitlab.com/api/v4/projects/1217/terraform/state/pgbackup-";
        List<String> calls = Files.readAllLines(terraformLog).stream()
                .map(l -> l.replace(gcl.workspace().toString() + "/", "")).toList();
        String env = " | user=gitlab-ci-token password=set project=1217";
        assertThat(calls).containsExactly(
                "infra/synthesized/prd init -input=false -reconfigure -backend-config=address=" + state + "prd"
                        + " -backend-config=lock_address=" + state + "prd/lock -backend-config=unlock_address="
                        + state + "prd/lock" + env,
                "infra/synthesized/prd plan -input=false -out=plan.cache" + env,
                "infra/synthesized/prd show -json plan.cache" + env,
                "infra/synthesized/stg init -input=false -reconfigure -backend-config=address=" + state + "stg"
                        + " -backend-config=lock_address=" + state + "stg/lock -backend-config=unlock_address="
                        + state + "stg/lock" + env,
                "infra/synthesized/stg plan -input=false -out=plan.cache" + env,
                "infra/synthesized/stg show -json plan.cache" + env);
        for (String e : List.of("prd", "stg")) {
            assertThat(Files.readString(gcl.workspace().resolve("plan-" + e + ".json")).replaceAll("\\s", ""))
                    .isEqualTo("{\"create\":3,\"update\":1,\"delete\":1}");
        }
        assertThat(String.join("\n", calls) + run.stdout() + run.stderr()).doesNotContain(JOB_TOKEN);
    }

    @Test
    void planStopsBeforeTerraformWhenTerraformVariablesAreMissing() {
        List<String> partial = new ArrayList<>(terraformVariables());
        partial.removeIf(v -> v.startsWith("TF_VAR_scaleway_terraform_principal=") || v.startsWith("TF_VAR_vault_jwt_audience="));

        GitlabCiLocal.Result run = runJob("infra:plan", partial);

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr())
                .contains("error: terraform variables not set: TF_VAR_vault_jwt_audience TF_VAR_scaleway_terraform_principal")
                .contains("HINT: set them in Settings > CI/CD > Variables");
        assertThat(Files.exists(terraformLog)).as("terraform was not called").isFalse();
    }

    private static List<String> terraformVariables() {
        return List.of("TF_VAR_scaleway_project_id=11111111-2222-3333-4444-555555555555",
                "TF_VAR_vault_jwt_audience=https://vault.example.com",
                "TF_VAR_scaleway_terraform_principal=application_id:66666666-7777-8888-9999-000000000000");
    }

    private static GitlabCiLocal.Result runJob(String job, List<String> variables) {
        List<String> args = new ArrayList<>(List.of("--force-shell-executor", "--no-json-schema-validation",
                "--variables-file", variablesFile.toString()));
        args.addAll(PipelineSource.mergeRequest().arguments());
        List<String> all = new ArrayList<>(variables);
        all.add("SYNTHESIZED_BY_THE_CODE=" + synthesized);
        all.add("TERRAFORM_LOG=" + terraformLog);
        all.add("PATH=" + fakeBin + ":/usr/local/bin:/usr/bin:/bin");
        for (String v : all) {
            args.add("--variable");
            args.add(v);
        }
        args.add(job);
        GitlabCiLocal.Result result = gcl.run(args);
        System.out.printf("gitlab-ci-local %s: %d ms%n", job, result.millis());
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
