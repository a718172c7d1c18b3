package io.pgbackup.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs' settings after gitlab-ci-local has resolved the include, extends and !reference
 * (--preview): Vault login with an ID token, one resource group, nothing interruptible, the
 * dotenv and Terraform reports, the protected environment, the restore inputs, GitLab's schema.
 */
class PipelineShapeTest {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final List<String> DATABASE_JOBS = List.of("backup", "restore", "verify", "prune", "deploy");
    private static final List<String> VAULT_JOBS = List.of("backup", "restore", "verify", "status", "prune");

    private static GitlabCiLocal gcl;
    private static JsonNode preview;

    @BeforeAll
    static void expandPipeline() {
        gcl = GitlabCiLocal.onPipelineCopy();
        preview = preview(List.of());
    }

    @AfterAll
    static void removeCopy() {
        gcl.close();
    }

    @Test
    void backupRestoreVerifyPruneAndDeployShareOneResourceGroupPerEnvironment() {
        for (String job : DATABASE_JOBS) {
            assertThat(preview.path(job).path("resource_group").asString()).as(job)
                    .isEqualTo("pgbackup-$PGBACKUP_ENVIRONMENT");
        }
    }

    @Test
    void noDatabaseJobIsInterruptible() {
        for (String job : List.of("backup", "restore", "verify", "status", "prune", "deploy")) {
            assertThat(preview.path(job).path("interruptible").isBoolean()).as(job + " sets interruptible").isTrue();
            assertThat(preview.path(job).path("interruptible").asBoolean()).as(job).isFalse();
        }
    }

    @Test
    void pgbackupJobsLogInToVaultWithTheJobIdToken() {
        for (String job : VAULT_JOBS) {
            assertThat(preview.path(job).path("id_tokens").path("VAULT_ID_TOKEN").path("aud").asString()).as(job)
                    .isEqualTo("$PGBACKUP_VAULT_AUDIENCE");
        }
        assertThat(vaultRole("backup")).isEqualTo("$PGBACKUP_VAULT_BACKUP_ROLE");
        assertThat(vaultRole("restore")).isEqualTo("$PGBACKUP_VAULT_RESTORE_ROLE");
        assertThat(vaultRole("verify")).isEqualTo("$PGBACKUP_VAULT_VERIFY_ROLE");
        assertThat(vaultRole("status")).isEqualTo("$PGBACKUP_VAULT_STATUS_ROLE");
        assertThat(vaultRole("prune")).isEqualTo("$PGBACKUP_VAULT_PRUNE_ROLE");
    }

    @Test
    void noFileUsesTheRemovedCiJobJwt() throws IOException {
        for (Path file : List.of(RepoTools.root().resolve(".gitlab-ci.yml"),
                RepoTools.root().resolve("ci/pgbackup.gitlab-ci.yml"))) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("CI_JOB_JWT");
        }
    }

    @Test
    void jobsUseRulesNeverOnlyOrExcept() {
        List<String> jobs = jobNames();
        assertThat(jobs).contains("build", "test", "infra:synth", "infra:plan", "infra:apply", "backup",
                "verify", "status", "prune", "deploy", "restore");
        for (String job : jobs) {
            assertThat(preview.path(job).has("only") || preview.path(job).has("except")).as(job).isFalse();
            assertThat(preview.path(job).path("rules").isArray()).as(job + " has rules").isTrue();
        }
    }

    @Test
    void backupPublishesItsIdAsADotenvReport() {
        assertThat(preview.path("backup").path("artifacts").path("reports").path("dotenv").asString())
                .isEqualTo("pgbackup.env");
        assertThat(preview.path("backup").path("script").toString()).contains("PGBACKUP_BACKUP_ID=");
    }

    @Test
    void restoreRunsInItsOwnProtectableEnvironment() {
        assertThat(preview.path("restore").path("environment").path("name").asString())
                .isEqualTo("pgbackup-restore/$PGBACKUP_ENVIRONMENT");
        assertThat(preview.path("deploy").path("environment").path("name").asString())
                .isEqualTo("$PGBACKUP_ENVIRONMENT");
    }

    @Test
    void infraPlanPublishesATerraformReport() {
        assertThat(preview.path("infra:plan").path("artifacts").path("reports").path("terraform").asString())
                .isEqualTo("plan-*.json");
    }

    @Test
    void stagesPutBackupBeforeDeploy() {
        List<String> stages = new ArrayList<>();
        preview.path("stages").forEach(s -> stages.add(s.asString()));
        assertThat(stages.indexOf("backup")).isPositive().isLessThan(stages.indexOf("deploy"));
        assertThat(preview.path("backup").path("stage").asString()).isEqualTo("backup");
        assertThat(preview.path("deploy").path("stage").asString()).isEqualTo("deploy");
    }

    @Test
    void restoreTakesItsBackupAndTargetFromPipelineInputs() {
        JsonNode defaults = preview.path("restore").path("variables");
        assertThat(defaults.path("PGBACKUP_RESTORE_BACKUP").asString()).isEqualTo("latest");
        assertThat(defaults.path("PGBACKUP_RESTORE_TARGET").asString()).isEmpty();

        JsonNode given = preview(List.of("--input", "restore_backup=app/20250101T030000Z-schedule",
                "--input", "restore_target=app_yesterday")).path("restore").path("variables");
        assertThat(given.path("PGBACKUP_RESTORE_BACKUP").asString()).isEqualTo("app/20250101T030000Z-schedule");
        assertThat(given.path("PGBACKUP_RESTORE_TARGET").asString()).isEqualTo("app_yesterday");
    }

    /** GitLab's JSON schema (bundled in gitlab-ci-local) accepts the pipeline; a broken key is refused. */
    @Test
    void pipelinePassesGitlabSchemaValidation() throws IOException {
        GitlabCiLocal.Result ok = gcl.run(List.of("--list-json")).assertSucceeded("schema validation");
        assertThat(ok.stderr()).contains("json schema validated");

        try (GitlabCiLocal broken = GitlabCiLocal.onPipelineCopy()) {
            Path file = broken.workspace().resolve(".gitlab-ci.yml");
            Files.writeString(file, Files.readString(file).replace("  interruptible: false\n", "  interruptible: sometimes\n"));
            broken.commitAll();
            GitlabCiLocal.Result refused = broken.run(List.of("--list-json"));
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.stdout() + refused.stderr()).contains("interruptible");
        }
    }

    private static String vaultRole(String job) {
        return preview.path(job).path("variables").path("VAULT_AUTH_ROLE").asString();
    }

    private static List<String> jobNames() {
        List<String> names = new ArrayList<>();
        preview.propertyNames().forEach(name -> {
            if (!name.equals("stages") && !name.equals("variables") && !name.equals("spec")) {
                names.add(name);
            }
        });
        return names;
    }

    private static JsonNode preview(List<String> extra) {
        List<String> args = new ArrayList<>(List.of("--preview", "--no-json-schema-validation"));
        args.addAll(extra);
        GitlabCiLocal.Result result = gcl.run(args).assertSucceeded("preview");
        return YAML.readTree(result.stdout());
    }
}
