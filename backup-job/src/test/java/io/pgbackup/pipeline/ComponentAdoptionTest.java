package io.pgbackup.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application repository, made by the test, that adopts the component exactly as the README's
 * example says (its {@code include: component:} replaced by {@code include: local:} of a vendored copy:
 * gitlab-ci-local cannot fetch another project; the inputs work the same for every kind of include).
 * Valid inputs give one backup job per database; invalid ones stop the pipeline before any job runs;
 * the component's variables stay in its own jobs.
 */
class ComponentAdoptionTest {
    private static final String VENDORED = "vendor/pgbackup/templates/pgbackup.yml";
    private static GitlabCiLocal app;
    private static Path recorder;
    private static Path log;

    @BeforeAll
    static void setUp() throws IOException {
        app = GitlabCiLocal.onApplication(readmeExample().replace(
                "  - component: $CI_SERVER_FQDN/platform/pgbackup/pgbackup@1.0.0\n", "  - local: " + VENDORED + "\n"),
                Map.of(VENDORED, RepoTools.root().resolve("templates/pgbackup.yml")));
        ScopedVariables.write(app.workspace(), Map.of());
        Path dir = Files.createDirectories(app.workspace().resolve("home/recorder"));
        log = dir.resolve("calls.log");
        recorder = dir.resolve("pgbackup");
        Files.writeString(recorder, """
                #!/bin/sh
                echo "role=$VAULT_AUTH_ROLE db=$PGDATABASE args=$*" >> "$RECORDER_LOG"
                [ "$1" != backup ] || echo "20250101T030000Z-schedule"
                """);
        Files.setPosixFilePermissions(recorder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void tearDown() {
        app.close();
    }

    @Test
    void twoDatabasesGiveTwoBackupJobsEachWithItsSeriesAndRetention() throws IOException {
        List<String> nightly = names(list(PipelineSource.nightlySchedule()));
        assertThat(nightly).contains("backup: [app]", "backup: [billing]", "prune: [app]", "prune: [billing]",
                "status: [app]", "status: [billing]").doesNotContain("deploy", "restore", "build");

        GitlabCiLocal.Result run = run(PipelineSource.nightlySchedule(), "backup", "prune").assertSucceeded("backup, prune");

        assertThat(Files.readAllLines(log)).containsExactlyInAnyOrder(
                "role=backup-groupe-7-prd db=app args=backup --vault-group 7 --environment prd",
                "role=backup-groupe-7-prd db=billing args=backup --vault-group 7 --environment prd",
                "role=prune-groupe-7-prd db=app args=prune --vault-group 7 --environment prd --keep-daily 7 --keep-weekly 4 --timezone Europe/Paris",
                "role=prune-groupe-7-prd db=billing args=prune --vault-group 7 --environment prd --keep-daily 7 --keep-weekly 4 --timezone Europe/Paris");
        JsonNode pipeline = YAMLMapper.builder().build().readTree(
                app.run(List.of("--preview", "--no-json-schema-validation")).assertSucceeded("preview").stdout());
        assertThat(pipeline.path("backup").path("image").path("name").asString())
                .isEqualTo("registry.example.com/platform/pgbackup/pgbackup:pg16");
        assertThat(run.stdout()).contains("backup id 20250101T030000Z-schedule of app")
                .contains("backup id 20250101T030000Z-schedule of billing");
    }

    @Test
    void theExamplesDeployRunsOnlyOnTheDefaultBranchAfterBuildTestAndBackup() {
        List<String> push = names(list(PipelineSource.pushToDefaultBranch()));
        assertThat(push).contains("build", "test", "backup: [app]", "backup: [billing]", "deploy");
        for (PipelineSource source : List.of(PipelineSource.nightlySchedule(), PipelineSource.trigger(),
                PipelineSource.mergeRequest(), PipelineSource.weeklyVerifySchedule())) {
            assertThat(names(list(source))).as(source.label()).doesNotContain("deploy");
        }
        assertThat(names(list(PipelineSource.trigger()))).containsExactly("restore");
    }

    /** The component sets no global variables: the application's own jobs do not get PGBACKUP_BIN or the group. */
    @Test
    void theComponentsVariablesReachItsOwnJobsOnly() {
        GitlabCiLocal.Result preview = app.run(List.of("--preview", "--no-json-schema-validation")).assertSucceeded("preview");
        JsonNode pipeline = YAMLMapper.builder().build().readTree(preview.stdout());
        assertThat(pipeline.path("variables").propertyNames()).containsExactly("PGBACKUP_ENVIRONMENT");
        for (String job : List.of("build", "test", "deploy")) {
            assertThat(pipeline.path(job).path("variables").has("PGBACKUP_BIN")).as(job).isFalse();
            assertThat(pipeline.path(job).path("variables").has("PGBACKUP_GROUP")).as(job).isFalse();
        }
        assertThat(pipeline.path("backup").path("variables").path("PGBACKUP_GROUP").asString()).isEqualTo("7");
    }

    @Test
    void inputsThatFailTheirCheckStopThePipelineBeforeAnyJob() throws IOException {
        String example = Files.readString(app.workspace().resolve(".gitlab-ci.yml"));
        for (String[] bad : List.of(new String[] {"vault_group: \"7\"", "vault_group: \"7; id\""},
                new String[] {"databases: [app, billing]", "databases: app"},
                new String[] {"image: registry.example.com/platform/pgbackup/pgbackup:pg16", "image: \"evil image;id\""},
                new String[] {"prune_args: --keep-daily 7 --keep-weekly 4 --timezone Europe/Paris", "prune_args: \"--keep-daily 7; curl x\""})) {
            try (GitlabCiLocal broken = GitlabCiLocal.onApplication(example.replace(bad[0], bad[1]),
                    Map.of(VENDORED, RepoTools.root().resolve("templates/pgbackup.yml")))) {
                assertThat(example).contains(bad[0]);
                GitlabCiLocal.Result r = broken.run(List.of("--list-json", "--no-json-schema-validation"));
                assertThat(r.exitCode()).as(bad[1]).isNotZero();
                assertThat(r.stdout() + r.stderr()).as(bad[1]).containsAnyOf("does not match required regex",
                        "provided value is not a", "is not a valid");
            }
        }
    }

    private static List<ListedJob> list(PipelineSource source) {
        List<String> args = new ArrayList<>(List.of("--list-json", "--no-json-schema-validation"));
        args.addAll(source.arguments());
        return new ArrayList<>(ListedJob.parseAll(app.run(args).assertSucceeded(source.label()).stdout()));
    }

    private static List<String> names(List<ListedJob> jobs) {
        return jobs.stream().filter(ListedJob::runs).map(ListedJob::name).toList();
    }

    private static GitlabCiLocal.Result run(PipelineSource source, String... jobs) throws IOException {
        Files.deleteIfExists(log);
        List<String> args = new ArrayList<>(List.of("--force-shell-executor", "--no-json-schema-validation"));
        args.addAll(source.arguments());
        args.addAll(List.of("--variable", "PGBACKUP_BIN=" + recorder, "--variable", "RECORDER_LOG=" + log));
        args.addAll(List.of(jobs));
        return app.run(args);
    }

    /** The YAML block after "## Adopting pgbackup in an application" in the README. */
    static String readmeExample() throws IOException {
        String readme = Files.readString(RepoTools.root().resolve("README.md"));
        int from = readme.indexOf("```yaml", readme.indexOf("## Adopting pgbackup in an application"));
        int to = readme.indexOf("```", from + 7);
        assertThat(from).isPositive();
        return readme.substring(from + 8, to);
    }
}
