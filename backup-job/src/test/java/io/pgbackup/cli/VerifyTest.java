package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.engine.VerifyJob;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** pgbackup verify: a real restore drill on the test PostgreSQL, good and damaged backups. */
class VerifyTest {
    private static final String SCHEMA = """
            CREATE TABLE customers(id serial PRIMARY KEY, name text NOT NULL);
            INSERT INTO customers(name) SELECT 'customer ' || g FROM generate_series(1, 50) g;
            CREATE TABLE orders(id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                                customer_id int REFERENCES customers, total numeric);
            INSERT INTO orders(customer_id, total) SELECT 1 + g % 50, g FROM generate_series(1, 200) g;
            CREATE TABLE notes(body text);
            CREATE SCHEMA audit;
            CREATE TABLE audit."Log"(id serial, what text);
            INSERT INTO audit."Log"(what) VALUES ('a'), ('b'), ('c');
            """;

    @TempDir
    Path store;

    private final LocalPostgres pg = PostgresFixture.server();

    private String database(String prefix) {
        String db = PostgresFixture.newDatabase(prefix);
        pg.psql(db, SCHEMA);
        return db;
    }

    private static String backup(Cli cli) {
        Cli.Result r = cli.run("backup", "--reason", "schedule");
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }

    private VerifyRecord record(String db, String id) throws Exception {
        return Json.MAPPER.readValue(Files.readAllBytes(store.resolve(db).resolve(id + ".verify.json")),
                VerifyRecord.class);
    }

    private boolean exists(String database) {
        return "1".equals(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = '" + database + "'"));
    }

    @Test
    void aGoodBackupPassesAndTheScratchDatabaseIsDropped() throws Exception {
        String db = database("vgood");
        Cli cli = Fixtures.cli(db, store);
        String id = backup(cli);

        Cli.Result r = cli.run("verify");
        assertThat(r.code()).as(r.err()).isZero();
        String scratch = VerifyJob.scratchDatabase(id);
        assertThat(scratch).isEqualTo("pgbackup_verify_" + id.toLowerCase().replace('-', '_'));
        assertThat(r.out()).startsWith("verify " + id + " of " + db + ": passed\n")
                .contains("into " + scratch + " (dropped since)")
                .contains("  4 tables compared with the manifest's row counts, 3 sequences checked\n")
                .doesNotContain("problem");
        assertThat(exists(scratch)).isFalse();

        VerifyRecord rec = record(db, id);
        assertThat(rec.result()).isEqualTo("passed");
        assertThat(rec.backupId()).isEqualTo(id);
        assertThat(rec.tablesChecked()).isEqualTo(4);
        assertThat(rec.sequencesChecked()).isEqualTo(3);
        assertThat(rec.problems()).isEmpty();
        assertThat(rec.sqlBytes()).isPositive();
        assertThat(rec.finishedAt()).isAfterOrEqualTo(rec.startedAt());
        assertThat(cli.run("status").code()).isZero();
    }

    @Test
    void aManifestThatDisagreesWithTheDataFailsWithEveryDifference() throws Exception {
        String db = database("vbad");
        Cli cli = Fixtures.cli(db, store);
        String id = backup(cli);
        // Rewrite the manifest: the data (and its sha-256) stay valid, the counts no longer match.
        Path manifest = store.resolve(db).resolve(id + ".manifest.json");
        JsonNode tree = Json.MAPPER.readTree(Files.readAllBytes(manifest));
        ObjectNode counts = (ObjectNode) tree.get("tableRowCounts");
        counts.put("public.orders", 199);
        counts.remove("public.notes");
        Files.write(manifest, Json.MAPPER.writeValueAsBytes(tree));

        Cli.Result r = cli.run("verify", "--backup", id);
        assertThat(r.code()).isEqualTo(41);
        String problems = "the restored database has 4 tables; the manifest counts 3; "
                + "table public.notes is not in the manifest (0 rows restored); "
                + "table public.orders has 200 rows; the manifest says 199";
        assertThat(r.err()).endsWith("error: backup " + id + " of database " + db + " failed its restore drill: "
                + problems + "\n"
                + "HINT: do not rely on this backup: take a new one (pgbackup backup) and verify it\n"
                + "HINT: find out why with 'pgbackup verify --backup " + id + " --verbose'; 'pgbackup status' exits 41"
                + " until a drill passes\n");
        assertThat(r.out()).startsWith("verify " + id + " of " + db + ": FAILED\n")
                .contains("  problem: table public.orders has 200 rows; the manifest says 199\n");
        assertThat(exists(VerifyJob.scratchDatabase(id))).isFalse();
        VerifyRecord rec = record(db, id);
        assertThat(rec.result()).isEqualTo("failed");
        assertThat(String.join("; ", rec.problems())).isEqualTo(problems);

        Cli.Result status = cli.run("status");
        assertThat(status.code()).isEqualTo(41);
        assertThat(status.err()).contains("failed: " + problems);
    }

    @Test
    void aSequenceBehindItsColumnFails() throws Exception {
        String db = database("vseq");
        pg.psql(db, "SELECT setval('customers_id_seq', 10)");
        Cli cli = Fixtures.cli(db, store);
        String id = backup(cli);

        Cli.Result r = cli.run("verify", "--json");
        assertThat(r.code()).isEqualTo(41);
        VerifyRecord printed = Json.MAPPER.readValue(r.out(), VerifyRecord.class);
        assertThat(printed.problems()).containsExactly("sequence public.customers_id_seq is behind its column"
                + " public.customers.id: its next value is 11 but the column holds 50 (new rows would collide)");
        assertThat(printed).isEqualTo(record(db, id));
    }

    @Test
    void aCorruptDataObjectFailsTheDrill() throws Exception {
        String db = database("vcorrupt");
        Cli cli = Fixtures.cli(db, store);
        String id = backup(cli);
        Path data = store.resolve(db).resolve(id + ".sql.gz.gpg");
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0xff);
        }
        Cli.Result r = cli.run("verify");
        assertThat(r.code()).isEqualTo(41);
        assertThat(r.err()).contains("error: backup " + id + " of database " + db
                + " failed its restore drill: the restore failed: ");
        assertThat(record(db, id).result()).isEqualTo("failed");
        assertThat(exists(VerifyJob.scratchDatabase(id))).isFalse();
    }

    @Test
    void aScratchDatabaseLeftByAKilledDrillIsReplaced() throws Exception {
        String db = database("vleft");
        Cli cli = Fixtures.cli(db, store);
        String id = backup(cli);
        String scratch = VerifyJob.scratchDatabase(id);
        pg.psql("postgres", "CREATE DATABASE " + scratch);
        pg.psql(scratch, "CREATE TABLE leftover(x int)");

        Cli.Result r = cli.run("verify");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("dropping scratch database " + scratch + " left by an earlier drill");
        assertThat(exists(scratch)).isFalse();
    }

    @Test
    void anAccountThatCannotCreateDatabasesIsAConfigurationError() {
        String db = database("vrole");
        Cli cli = Fixtures.cli(db, store);
        String id = backup(cli);
        String role = db + "_reader";
        pg.psql("postgres", "CREATE ROLE " + role + " LOGIN");
        Cli.Result r = cli.env("PGUSER", role).run("verify");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).endsWith("error: the account " + role + " cannot create databases: the restore drill"
                + " needs a scratch database\nHINT: run verify with an account that has CREATEDB (the Vault verify role"
                + " has it)\n");
        assertThat(store.resolve(db).resolve(id + ".verify.json")).doesNotExist();
    }

    @Test
    void noBackupMeansNoDrillAndNoRecord() {
        String db = database("vnone");
        Cli.Result r = Fixtures.cli(db, store).run("verify");
        assertThat(r.code()).isEqualTo(11);
        assertThat(r.err()).startsWith("error: no restorable backup of database " + db + " in ");
    }
}
