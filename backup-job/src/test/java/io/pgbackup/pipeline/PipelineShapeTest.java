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

    /** One resource group per environment and database: a restore never runs during its backup or deploy. */
    @Test
    void backupRestoreVerifyPruneAndDeployShareOneResourceGroupPerEnvironmentAndDatabase() {
        for (String job : List.of("backup", "verify", "status", "prune")) {
            assertThat(preview.path(job).path("resource_group").asString()).as(job)
                    .isEqualTo("pgbackup-$PGBACKUP_ENVIRONMENT-$PGBACKUP_DATABASE");
        }
        assertThat(preview.path("deploy").path("resource_group").asString())
                .isEqualTo("pgbackup-$PGBACKUP_ENVIRONMENT-$PGDATABASE");
        assertThat(preview.path("restore").path("resource_group").asString()).isEqualTo("pgbackup-prd-$PGDATABASE");
    }

    /** Several databases of one server: one backup job (and series, and freshness check) each. */
    @Test
    void theDatabasesInputExpandsIntoOneJobPerDatabase() {
        for (String job : List.of("backup", "verify", "status", "prune")) {
            JsonNode matrix = preview.path(job).path("parallel").path("matrix");
            assertThat(matrix.get(0).path("PGBACKUP_DATABASE").get(0).asString()).as(job).isEqualTo("$PGDATABASE");
            assertThat(preview.path(job).path("script").get(0).asString()).isEqualTo("export PGDATABASE=\"$PGBACKUP_DATABASE\"");
        }
    }

    @Test
    void backupAndRestoreHaveTimeoutsAndOnlyTheBackupRetriesLostRunners() {
        assertThat(preview.path("backup").path("timeout").asString()).isEqualTo("3h");
        assertThat(preview.path("restore").path("timeout").asString()).isEqualTo("3h");
        List<String> when = new ArrayList<>();
        preview.path("backup").path("retry").path("when").forEach(w -> when.add(w.asString()));
        assertThat(when).contains("runner_system_failure").doesNotContain("script_failure", "always");
        assertThat(preview.path("restore").has("retry")).isFalse();
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
                    .isEqualTo("$VAULT_ADDR");
        }
        assertThat(vaultRole("backup")).isEqualTo("backup-groupe-7-$PGBACKUP_ENVIRONMENT");
        assertThat(vaultRole("restore")).isEqualTo("restore-groupe-7-prd");
        assertThat(vaultRole("verify")).isEqualTo("verify-groupe-7-$PGBACKUP_ENVIRONMENT");
        assertThat(vaultRole("status")).isEqualTo("status-groupe-7-$PGBACKUP_ENVIRONMENT");
        assertThat(vaultRole("prune")).isEqualTo("prune-groupe-7-$PGBACKUP_ENVIRONMENT");
    }

    @Test
    void noFileUsesTheRemovedCiJobJwt() throws IOException {
        for (Path file : List.of(RepoTools.root().resolve(".gitlab-ci.yml"),
                RepoTools.root().resolve("templates/pgbackup.yml"))) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("CI_JOB_JWT");
        }
    }

    @Test
    void jobsUseRulesNeverOnlyOrExcept() {
        List<String> jobs = jobNames();
        assertThat(jobs).contains("pages", "release", "build", "test", "job-image", "infra:synth", "infra:plan:prd", "infra:plan:stg",
                "infra:apply", "backup", "verify", "status", "prune", "deploy", "restore");
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
                .isEqualTo("pgbackup-restore/prd");
        assertThat(preview.path("deploy").path("environment").path("name").asString())
                .isEqualTo("$PGBACKUP_ENVIRONMENT");
        // the other jobs run in their environment (so its scoped variables reach them) without deploying
        for (String job : List.of("backup", "verify", "status", "prune")) {
            assertThat(preview.path(job).path("environment").path("name").asString()).as(job).isEqualTo("$PGBACKUP_ENVIRONMENT");
            assertThat(preview.path(job).path("environment").path("action").asString()).as(job).isEqualTo("prepare");
        }
    }

    /**
     * An unprotected merge request's pipeline gets no protected variable, so none of its jobs may need
     * one: neither the providers' credentials nor the environment-scoped variables of infra/.
     */
    @Test
    void noJobOfAnUnprotectedMergeRequestUsesAProtectedVariable() {
        List<String> protectedNames = new ArrayList<>(ScopedVariables.declared().keySet());
        protectedNames.addAll(List.of("SCW_ACCESS_KEY", "SCW_SECRET_KEY", "VAULT_TOKEN", "GITLAB_TOKEN"));
        List<String> args = new ArrayList<>(List.of("--list-json", "--no-json-schema-validation"));
        args.addAll(PipelineSource.mergeRequest().arguments());
        List<String> running = ListedJob.parse(gcl.run(args).assertSucceeded("merge request").stdout()).values().stream()
                .filter(ListedJob::runs).map(ListedJob::name).toList();
        assertThat(running).containsExactlyInAnyOrder("build", "test", "infra:synth");
        for (String job : running) {
            String text = preview.path(job).toString();
            for (String name : protectedNames) {
                assertThat(text).as(job + " uses " + name).doesNotContain("$" + name).doesNotContain("${" + name);
            }
        }
    }

    @Test
    void aVersionTagReleasesTheComponent() {
        assertThat(preview.path("release").path("release").path("tag_name").asString()).isEqualTo("$CI_COMMIT_TAG");
        assertThat(preview.path("release").path("rules").get(0).path("if").asString())
                .isEqualTo("$CI_COMMIT_TAG =~ /^[0-9]+\\.[0-9]+\\.[0-9]+$/");
    }

    /** One image per supported PostgreSQL major, tagged as the component's default expects, digest kept. */
    @Test
    void theImageJobBuildsEverySupportedMajorAndKeepsItsDigest() {
        JsonNode job = preview.path("job-image");
        List<String> majors = new ArrayList<>();
        job.path("parallel").path("matrix").get(0).path("PG_MAJOR").forEach(m -> majors.add(m.asString()));
        assertThat(majors).containsExactly("15", "16", "17");
        String script = job.path("script").toString();
        assertThat(script).contains("--build-arg \\\"PG_MAJOR=$PG_MAJOR\\\"")
                .contains("--destination \\\"$CI_REGISTRY_IMAGE/pgbackup:pg$PG_MAJOR\\\"")
                .contains("--digest-file \\\"image-digest-pg$PG_MAJOR.txt\\\"");
        assertThat(job.path("artifacts").path("paths").get(0).asString()).isEqualTo("image-digest-pg$PG_MAJOR.txt");
        assertThat(preview.path("backup").path("image").path("name").asString()).endsWith("/pgbackup:pg15");
    }

    /** GitLab takes one Terraform report file per job: each is one literal file the job writes. */
    @Test
    void everyTerraformReportIsExactlyOneFile() {
        List<String> withReport = new ArrayList<>();
        for (String job : jobNames()) {
            JsonNode report = preview.path(job).path("artifacts").path("reports").path("terraform");
            if (!report.isMissingNode()) {
                withReport.add(job);
                assertThat(report.isString()).as(job + ": one path, not a list").isTrue();
                assertThat(report.asString()).as(job).doesNotContain("*", "?", "[");
            }
        }
        assertThat(withReport).containsExactly("infra:plan:prd", "infra:plan:stg");
        assertThat(preview.path("infra:plan:prd").path("artifacts").path("reports").path("terraform").asString())
                .isEqualTo("plan-prd.json");
        assertThat(preview.path("infra:plan:stg").path("artifacts").path("reports").path("terraform").asString())
                .isEqualTo("plan-stg.json");
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

        JsonNode given = preview(List.of("--input", "restore_backup=20250101T030000Z-schedule",
                "--input", "restore_target=app_yesterday")).path("restore").path("variables");
        assertThat(given.path("PGBACKUP_RESTORE_BACKUP").asString()).isEqualTo("20250101T030000Z-schedule");
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
