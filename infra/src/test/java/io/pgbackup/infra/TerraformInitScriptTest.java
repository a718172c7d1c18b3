package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * infra/tools/terraform-init.sh points the http backend at GitLab's state of the environment,
 * from the CI variables, and hands the credentials to terraform through its environment only. A
 * recording stand-in for terraform ({@code TERRAFORM}) shows what terraform would receive.
 */
class TerraformInitScriptTest {

    static final Path SCRIPT = SynthesisTest.ROOT.resolve("infra/tools/terraform-init.sh");
    static final String JOB_TOKEN = "job-token-5ecret-value";

    @TempDir
    Path tmp;

    Path recorder() throws IOException {
        Path fake = tmp.resolve("terraform");
        Files.writeString(fake, "#!/usr/bin/env bash\n"
                + "printf '%s\\n' \"$@\" > \"" + tmp.resolve("args") + "\"\n"
                + "printf 'user=%s\\npassword=%s\\n' \"$TF_HTTP_USERNAME\" \"$TF_HTTP_PASSWORD\" > \"" + tmp.resolve("env") + "\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        return fake;
    }

    Process run(Map<String, String> env, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(SCRIPT.toString());
        builder.command().addAll(List.of(args));
        builder.environment().keySet().removeIf(k -> k.startsWith("CI_") || k.startsWith("TF_"));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    @Test
    void initPointsTheHttpBackendAtTheEnvironmentsGitlabStateWithTheJobToken() throws Exception {
        Process process = run(Map.of("TERRAFORM", recorder().toString(),
                "CI_API_V4_URL", "https://gitlab.example.com/api/v4", "CI_PROJECT_ID", "42",
                "CI_JOB_TOKEN", JOB_TOKEN), "prd", "-lockfile=readonly");
        assertThat(process.waitFor()).isZero();
        String state = "https://gitlab.example.com/api/v4/projects/42/terraform/state/pgbackup-prd";
        assertThat(Files.readAllLines(tmp.resolve("args"))).containsExactly(
                "-chdir=" + SynthesisTest.ROOT.resolve("infra/synthesized/prd"), "init", "-input=false", "-reconfigure",
                "-backend-config=address=" + state,
                "-backend-config=lock_address=" + state + "/lock",
                "-backend-config=unlock_address=" + state + "/lock",
                "-lockfile=readonly");
        assertThat(Files.readAllLines(tmp.resolve("env"))).containsExactly("user=gitlab-ci-token", "password=" + JOB_TOKEN);
        assertThat(Files.readString(tmp.resolve("args"))).doesNotContain(JOB_TOKEN);
    }

    @Test
    void missingCiVariablesAreReportedWithTheFix() throws Exception {
        Process process = run(Map.of("TERRAFORM", recorder().toString()), "prd");
        assertThat(process.waitFor()).isEqualTo(4);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "error: CI_API_V4_URL is not set\n"
                        + "HINT: GitLab CI sets it; outside CI, export it (see infra/README.md, \"Plan and apply\")\n");
        assertThat(tmp.resolve("args")).doesNotExist();
    }

    @Test
    void unknownEnvironmentIsReportedWithTheFix() throws Exception {
        Process process = run(Map.of("TERRAFORM", recorder().toString()), "qa");
        assertThat(process.waitFor()).isEqualTo(3);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("error: no synthesized Terraform JSON for environment \"qa\"")
                .contains("HINT: environments are the directories of infra/synthesized");
    }

    @Test
    void withoutAnyPasswordNothingRuns() throws Exception {
        Process process = run(Map.of("TERRAFORM", recorder().toString(),
                "CI_API_V4_URL", "https://gitlab.example.com/api/v4", "CI_PROJECT_ID", "42"), "stg");
        assertThat(process.waitFor()).isEqualTo(5);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .startsWith("error: neither TF_HTTP_PASSWORD nor CI_JOB_TOKEN is set\nHINT: ");
        assertThat(tmp.resolve("args")).doesNotExist();
    }
}
