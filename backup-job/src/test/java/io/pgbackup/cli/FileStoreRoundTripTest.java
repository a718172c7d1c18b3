package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FileStoreRoundTripTest {
    @TempDir
    Path store;

    @Test
    void backupThenRestoreIntoANewDatabaseGivesTheSameSchemaAndData() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("rt");
        pg.psql(db, "SELECT setval('customers_id_seq', 90000)");
        Cli cli = Fixtures.cli(db, store);

        Cli.Result backup = cli.run("backup", "--reason", "manual");
        assertThat(backup.code()).as(backup.err()).isZero();
        String id = backup.out().strip();
        assertThat(id).matches("\\d{8}T\\d{6}Z-manual");
        assertThat(backup.err()).contains("backup " + id + ":").contains("sha256");

        Path data = store.resolve(db).resolve(id + ".sql.gz.gpg");
        Path manifestFile = store.resolve(db).resolve(id + ".manifest.json");
        assertThat(data).exists();
        Manifest m = Json.MAPPER.readValue(Files.readAllBytes(manifestFile), Manifest.class);
        assertThat(m.database()).isEqualTo(db);
        assertThat(m.reason()).isEqualTo("manual");
        assertThat(m.storedBytes()).isEqualTo(Files.size(data));
        assertThat(m.serverVersion()).startsWith("15");
        assertThat(m.pgDumpVersion()).contains("pg_dump (PostgreSQL)");
        assertThat(m.tableRowCounts()).containsEntry("public.orders", 20000L).containsEntry("public.events", 100000L);
        assertThat(m.finishedAt()).isAfterOrEqualTo(m.startedAt());

        String target = db + "_copy";
        Cli.Result restore = cli.run("restore", "--backup", id, "--target-database", target);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out().strip()).isEqualTo(id);
        assertThat(DumpCompare.dump(pg, target)).isEqualTo(DumpCompare.dump(pg, db));
        assertThat(pg.psql(target, "SELECT last_value FROM customers_id_seq")).isEqualTo("90000");
        assertThat(pg.psql(target, "SELECT name FROM customers WHERE city = 'Łódź'")).isEqualTo("Łukasz Żółć");
    }

    @Test
    void noTemporaryOrPartialFileIsLeftInTheStore() throws Exception {
        String db = Fixtures.sampleDatabase("tmp");
        Cli.Result r = Fixtures.cli(db, store).run("backup");
        assertThat(r.code()).as(r.err()).isZero();
        try (Stream<Path> files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .hasSize(2)
                    .allMatch(n -> n.endsWith(".sql.gz.gpg") || n.endsWith(".manifest.json"));
        }
    }

    @Test
    void reasonAndLabelsComeFromGitlabCi() throws Exception {
        String db = PostgresFixture.newDatabase("ci");
        PostgresFixture.server().psql(db, "CREATE TABLE t(x int)");
        Cli cli = Fixtures.cli(db, store).env("CI_PIPELINE_SOURCE", "push").env("CI_COMMIT_BRANCH", "main")
                .env("CI_DEFAULT_BRANCH", "main").env("CI_COMMIT_SHA", "0123abcd").env("CI_PIPELINE_ID", "4242");
        Cli.Result deploy = cli.run("backup");
        assertThat(deploy.out().strip()).endsWith("-deploy");
        Manifest m = Json.MAPPER.readValue(Files.readAllBytes(
                store.resolve(db).resolve(deploy.out().strip() + ".manifest.json")), Manifest.class);
        assertThat(m.ci()).containsEntry("CI_COMMIT_SHA", "0123abcd").containsEntry("CI_PIPELINE_ID", "4242");

        Thread.sleep(1100);
        assertThat(cli.env("CI_PIPELINE_SOURCE", "schedule").run("backup").out().strip()).endsWith("-schedule");
        Thread.sleep(1100);
        assertThat(cli.env("CI_PIPELINE_SOURCE", "push").env("CI_COMMIT_BRANCH", "feature").run("backup").out().strip())
                .endsWith("-manual");
    }
}
