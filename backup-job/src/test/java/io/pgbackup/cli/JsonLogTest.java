package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** --log-format json: stderr is JSON lines (one object per line), stdout keeps the result. */
class JsonLogTest {
    @TempDir
    Path store;

    private static List<JsonNode> jsonLines(String stderr) {
        return stderr.lines().map(l -> {
            JsonNode n = Json.MAPPER.readTree(l);
            assertThat(n.isObject()).as(l).isTrue();
            return n;
        }).toList();
    }

    private static List<String> messages(List<JsonNode> lines) {
        return lines.stream().map(n -> n.get("formattedMessage").asString()).toList();
    }

    @Test
    void verifyStatusAndPruneLogJsonLines() {
        String db = PostgresFixture.newDatabase("jsonlog");
        PostgresFixture.server().psql(db, "CREATE TABLE t(id serial PRIMARY KEY); INSERT INTO t DEFAULT VALUES");
        Cli cli = Fixtures.cli(db, store);
        String id = cli.run("backup").out().strip();

        Cli.Result verify = cli.run("verify", "--log-format", "json");
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("verify " + id);
        List<JsonNode> lines = jsonLines(verify.err());
        assertThat(messages(lines)).anyMatch(m -> m.startsWith("restore drill of backup " + id + " passed in "));
        assertThat(lines).allMatch(n -> n.get("level").asString().equals("INFO"))
                .allMatch(n -> n.has("timestamp") && n.has("loggerName"));

        Cli.Result status = cli.run("status", "--log-format", "json");
        assertThat(status.code()).as(status.err()).isZero();
        jsonLines(status.err());

        Cli.Result prune = cli.run("prune", "--log-format", "json");
        assertThat(prune.code()).as(prune.err()).isZero();
        assertThat(messages(jsonLines(prune.err()))).contains("prune " + db + ": 1 kept, 0 deleted, 0 locked");
    }

    @Test
    void backupLogsJsonLines() {
        String db = PostgresFixture.newDatabase("jsonlogb");
        PostgresFixture.server().psql(db, "CREATE TABLE t(id serial PRIMARY KEY); INSERT INTO t DEFAULT VALUES");
        Cli.Result backup = Fixtures.cli(db, store).run("backup", "--log-format", "json");
        assertThat(backup.code()).as(backup.err()).isZero();
        String id = backup.out().strip();
        List<String> messages = messages(jsonLines(backup.err()));
        assertThat(messages).anyMatch(m -> m.startsWith("backup " + id + " complete: "))
                .anyMatch(m -> m.startsWith("backup " + id + ": ") && m.contains("sha256"));
    }

    @Test
    void failuresAreJsonLinesToo() {
        Cli cli = Fixtures.cli("no_such_db_json", store);
        Cli.Result r = cli.run("backup", "--log-format", "json");
        assertThat(r.code()).isEqualTo(20);
        JsonNode error = jsonLines(r.err()).stream().filter(n -> n.get("level").asString().equals("ERROR"))
                .findFirst().orElseThrow();
        assertThat(error.get("message").asString()).startsWith("database no_such_db_json does not exist on ");
        assertThat(error.get("hints").get(0).asString()).isEqualTo("check PGDATABASE (or --dbname)");
        assertThat(error.get("exitCode").asInt()).isEqualTo(20);
    }
}
