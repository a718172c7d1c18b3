package io.pgbackup.pipeline;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's jobs run for real: gitlab-ci-local's shell executor runs this repository's
 * .gitlab-ci.yml and template, whose PGBACKUP_BIN runs the real pgbackup (from the test classpath,
 * {@link PgbackupLauncher}) against the real PostgreSQL, S3Proxy and the Vault stand-in. Nothing
 * secret is given to any process as an argument: the jobs' ID tokens (JWTs signed by the stand-in)
 * reach the jobs through a gitlab-ci-local variables file, scoped by environment as GitLab scopes
 * them, and everything else secret comes from Vault; while each pipeline runs, the command lines of
 * all processes are watched for secrets ({@link CommandLineWatch}). One world serves the whole
 * class; each job run costs one Node and one JVM start.
 */
class PipelineEndToEndTest {
    private static final Pattern VAULT_LOGIN = Pattern.compile(
            "vault: logged in \\(jwt role (\\S+) at auth/jwt \\(ID token from VAULT_ID_TOKEN\\)\\), read .*"
                    + "database account (\\S+) \\(lease ");

    private static PipelineWorld world;
    private static GitlabCiLocal gcl;
    private static Path pgbackup;
    private static Path variablesFile;

    @BeforeAll
    static void start() {
        world = new PipelineWorld();
        gcl = GitlabCiLocal.onPipelineCopy();
        Path home = gcl.workspace().resolve("home");
        pgbackup = PgbackupLauncher.write(home.resolve("bin"));
        variablesFile = home.resolve("project-variables.yml");
    }

    @AfterAll
    static void stop() {
        if (gcl != null) {
            gcl.close();
        }
        if (world != null) {
            world.close();
        }
    }

    @Test
    void theNightlyScheduleBacksUpAndChecksAndATriggerRestoresThatBackup() throws IOException {
        List<BackupEntry> before = world.backups();
        GitlabCiLocal.Result backup = runJobs(PipelineSource.nightlySchedule(), List.of(), "backup")
                .assertSucceeded("scheduled backup");

        BackupEntry created = onlyNewBackup(before);
        assertThat(created.complete()).as("the backup has its manifest").isTrue();
        assertThat(created.manifest().reason()).isEqualTo("schedule");
        assertThat(created.manifest().ci()).containsEntry("CI_PIPELINE_SOURCE", "schedule");
        assertThat(dotenvReport("backup")).isEqualTo("PGBACKUP_BACKUP_ID=" + created.id() + "\n");
        assertThat(backup.stdout()).contains("backup id " + created.id());
        assertAccountGone(backup, PipelineWorld.BACKUP_ROLE);
        assertNoSecretIn(backup);
        assertStatusPasses();

        String target = world.db + "_restored";
        GitlabCiLocal.Result restore = runJobs(PipelineSource.trigger(), List.of(),
                "--input", "restore_backup=" + created.id(), "--input", "restore_target=" + target, "restore")
                .assertSucceeded("triggered restore");

        assertThat(restore.stdout()).contains("restoring backup " + created.id() + " of " + world.db
                + " into database " + target + " (prd)");
        assertAccountGone(restore, PipelineWorld.RESTORE_ROLE);
        LocalPostgres pg = PostgresFixture.server();
        assertThat(pg.psql(target, "SELECT note FROM pipeline_marker")).isEqualTo(world.marker);
        assertThat(DumpCompare.dump(pg, target)).isEqualTo(DumpCompare.dump(pg, world.db));
        assertThat(pg.psql(target, "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = 'public'")).isEqualTo(PipelineWorld.OWNER);
        assertNoSecretIn(restore);
    }

    @Test
    void aPushToTheDefaultBranchBacksUpThenDeploys() throws IOException {
        List<BackupEntry> before = world.backups();
        GitlabCiLocal.Result run = runJobs(PipelineSource.pushToDefaultBranch(), List.of(), "backup", "deploy")
                .assertSucceeded("backup then deploy");

        BackupEntry created = onlyNewBackup(before);
        assertThat(created.manifest().reason()).isEqualTo("deploy");
        assertThat(dotenvReport("backup")).isEqualTo("PGBACKUP_BACKUP_ID=" + created.id() + "\n");
        String out = run.stdout();
        assertThat(out).contains("backup id " + created.id()).contains("after backup " + created.id());
        assertThat(out.indexOf("backup id " + created.id())).as("the backup ran before the deploy")
                .isLessThan(out.indexOf("deploying "));
        assertAccountGone(run, PipelineWorld.BACKUP_ROLE);
        assertNoSecretIn(run);
    }

    /** The schedule's status job runs {@code pgbackup status} (S3 keys from Vault, no database account) and exits 0. */
    private static void assertStatusPasses() throws IOException {
        GitlabCiLocal.Result status = runJobs(PipelineSource.nightlySchedule(), List.of(), "status")
                .assertSucceeded("scheduled status");

        assertThat(status.stdout()).containsPattern("status\\s+ok\\s+" + world.db
                + ": [1-9]\\d* restorable backups in \\S+; exit 0");
        assertThat(status.stdout() + status.stderr()).contains("vault: logged in (jwt role " + PipelineWorld.STATUS_ROLE
                + " at auth/jwt (ID token from VAULT_ID_TOKEN)), read ");
        assertThat(world.vault.activeLeases()).isEmpty();
        assertNoSecretIn(status);
        assertThat(statusArtifact("public/index.html")).contains("<h1>pgbackup report</h1>")
                .contains("data-database=\"" + world.db + "\"");
        assertThat(statusArtifact("report.json")).contains("\"database\" : \"" + world.db + "\"");
    }

    /** A file of the status job's artifacts (the report). */
    private static String statusArtifact(String path) throws IOException {
        try (var dirs = Files.list(gcl.workspace().resolve(".gitlab-ci-local/artifacts"))) {
            List<Path> files = dirs.filter(d -> d.getFileName().toString().startsWith("status"))
                    .map(d -> d.resolve(path)).filter(Files::exists).toList();
            assertThat(files).as(path + " in the status job's artifacts").hasSize(1);
            return Files.readString(files.get(0));
        }
    }

    private static GitlabCiLocal.Result runJobs(PipelineSource source, List<String> variables, String... jobs)
            throws IOException {
        writeIdTokens(source);
        List<String> args = new ArrayList<>(List.of("--force-shell-executor", "--no-json-schema-validation",
                "--variables-file", variablesFile.toString()));
        args.addAll(source.arguments());
        List<String> all = new ArrayList<>(world.ciVariables());
        all.add("PGBACKUP_BIN=" + pgbackup);
        all.addAll(variables);
        for (String variable : all) {
            args.add("--variable");
            args.add(variable);
        }
        args.addAll(List.of(jobs));
        CommandLineWatch ps = CommandLineWatch.start(world::secrets, "io.pgbackup.cli.Main");
        GitlabCiLocal.Result result;
        try {
            result = gcl.run(args);
        } finally {
            ps.close();
        }
        ps.assertNoSecretSeen();
        System.out.printf("gitlab-ci-local %s (%s), real pgbackup: %d ms%n", String.join(" ", jobs), source.label(),
                result.millis());
        return result;
    }

    /**
     * The project's variables file, as GitLab's CI/CD variables with an environment scope: jobs
     * without an environment get the token of a protected-branch job, the restore job (environment
     * pgbackup-restore/prd) the token of a job in that protected environment. Fresh tokens each run:
     * they expire after five minutes, as GitLab's do by default.
     */
    private static void writeIdTokens(PipelineSource source) throws IOException {
        String pipelineSource = source.variables().get("CI_PIPELINE_SOURCE");
        Files.deleteIfExists(variablesFile);
        Files.createFile(variablesFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(variablesFile, """
                VAULT_ID_TOKEN:
                  type: variable
                  values:
                    "*": "%s"
                    "pgbackup-restore/*": "%s"
                """.formatted(world.idToken(pipelineSource, null),
                world.idToken(pipelineSource, PipelineWorld.RESTORE_ENVIRONMENT)));
    }

    private static BackupEntry onlyNewBackup(List<BackupEntry> before) {
        List<String> known = before.stream().map(BackupEntry::id).toList();
        List<BackupEntry> created = world.backups().stream().filter(e -> !known.contains(e.id())).toList();
        assertThat(created).as("new backups in " + world.store).hasSize(1);
        return created.get(0);
    }

    /** The dotenv report of the one job named {@code job} (a matrix job's directory carries its values). */
    private static String dotenvReport(String job) throws IOException {
        try (var dirs = Files.list(gcl.workspace().resolve(".gitlab-ci-local/artifacts"))) {
            List<Path> reports = dirs.filter(d -> d.getFileName().toString().startsWith(job))
                    .map(d -> d.resolve(".gitlab-ci-reports/dotenv/pgbackup.env")).filter(Files::exists).toList();
            assertThat(reports).as("dotenv reports of " + job).hasSize(1);
            return Files.readString(reports.get(0));
        }
    }

    /** The job logged in with its ID token under this JWT role, and its database account is dropped. */
    private static void assertAccountGone(GitlabCiLocal.Result run, String role) {
        Matcher login = VAULT_LOGIN.matcher(run.stdout() + run.stderr());
        assertThat(login.find()).as("a vault login with the ID token in:\n" + run.stdout() + run.stderr()).isTrue();
        assertThat(login.group(1)).isEqualTo(role);
        String account = login.group(2);
        assertThat(account).startsWith("v-");
        assertThat(PipelineWorld.roleExists(account)).as("account " + account + " in pg_roles").isFalse();
        assertThat(world.vault.activeLeases()).isEmpty();
    }

    /** Checks every secret of the world; a failure names the secret's length only, never the secret. */
    private static void assertNoSecretIn(GitlabCiLocal.Result run) {
        String output = run.stdout() + run.stderr();
        for (String secret : world.secrets()) {
            assertThat(output.contains(secret)).as("a secret of " + secret.length() + " characters is in the job log")
                    .isFalse();
        }
    }
}
