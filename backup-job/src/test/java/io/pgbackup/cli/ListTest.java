package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A backup without its manifest is incomplete: never listed as restorable, never chosen as latest. */
class ListTest {
    @TempDir
    Path store;

    @Test
    void listsNewestFirstAndHidesIncompleteBackups() throws Exception {
        String db = PostgresFixture.newDatabase("list");
        PostgresFixture.server().psql(db, "CREATE TABLE t(x int); INSERT INTO t VALUES (1)");
        Cli cli = Fixtures.cli(db, store);
        String first = cli.run("backup", "--reason", "schedule").out().strip();
        Thread.sleep(1100);
        String second = cli.run("backup", "--reason", "deploy").out().strip();
        // an interrupted backup: data object without manifest, newer than both
        Path incomplete = store.resolve(db).resolve("29991231T235959Z-manual.sql.gz.gpg");
        Files.write(incomplete, new byte[] {1, 2, 3});

        Cli.Result table = cli.run("list");
        assertThat(table.code()).isZero();
        assertThat(table.out().lines()).hasSize(3);
        assertThat(table.out().lines().skip(1).map(l -> l.split(" ")[0])).containsExactly(second, first);

        Cli.Result all = cli.run("list", "--all");
        assertThat(all.out()).contains("29991231T235959Z-manual").contains("INCOMPLETE (no manifest)");

        JsonNode json = Json.MAPPER.readTree(cli.run("list", "--json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("id").asString()).isEqualTo(second);
        assertThat(json.get(0).get("reason").asString()).isEqualTo("deploy");
        assertThat(json.get(0).get("complete").asBoolean()).isTrue();
        assertThat(json.get(0).get("storedBytes").asLong()).isPositive();

        Cli.Result latest = cli.run("restore", "--target-database", db + "_latest");
        assertThat(latest.code()).as(latest.err()).isZero();
        assertThat(latest.out().strip()).isEqualTo(second);

        Cli.Result explicit = cli.run("restore", "--backup", "29991231T235959Z-manual", "--target-database", db + "_x");
        assertThat(explicit.code()).isEqualTo(11);
        assertThat(explicit.err()).startsWith("error: backup 29991231T235959Z-manual is incomplete (it has no manifest)");
    }

    @Test
    void emptyStoreHasNoLatest() {
        String db = PostgresFixture.newDatabase("empty");
        Cli.Result r = Fixtures.cli(db, store).run("restore", "--target-database", db + "_t");
        assertThat(r.code()).isEqualTo(11);
        assertThat(r.err()).startsWith("error: no restorable backup of database " + db + " in ");
    }
}
