package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.dump.Database;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database names that need quoting everywhere — in SQL, in a JDBC URL, in a libpq connection string,
 * as a folder of the store — back up, list, restore over themselves after a migration, undo, and restore
 * into another such name; names that would change the store's folders are refused with a HINT.
 */
class DatabaseNamesTest {
    private static final AtomicInteger N = new AtomicInteger();

    @TempDir
    Path store;

    private final LocalPostgres pg = PostgresFixture.server();

    @ParameterizedTest
    @ValueSource(strings = {"shop orders", "O'Brien \"db\"", "Données-é€ 日本", "50%off?x=1&y=2", "ShopDB", "a;b--c"})
    void aNameThatNeedsQuotingBacksUpRestoresOverItselfAndUndoes(String base) {
        String db = base + " " + N.incrementAndGet();
        pg.psql("postgres", "CREATE DATABASE " + Database.quoteIdent(db));
        pg.psql(db, "CREATE TABLE orders(id int PRIMARY KEY, total numeric); INSERT INTO orders"
                + " SELECT g, g * 1.5 FROM generate_series(1, 100) g; CREATE VIEW big_orders AS"
                + " SELECT * FROM orders WHERE total > 100");
        Cli cli = Fixtures.cli(db, store);
        Cli.Result backup = cli.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(cli.run("list").out()).contains(backup.out().strip());
        String atBackup = DumpCompare.dump(pg, db);
        pg.psql(db, "CREATE TABLE order_notes(id int PRIMARY KEY, order_id int REFERENCES orders(id))");
        String deployed = DumpCompare.dump(pg, db);

        Cli.Result restore = cli.run("restore", "--yes");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(atBackup);
        Cli.Result undo = cli.run("restore", "--undo", "--yes");
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(DumpCompare.dump(pg, db)).isEqualTo(deployed);

        String copy = "copy of " + db;
        Cli.Result into = cli.run("restore", "--target-database", copy);
        assertThat(into.code()).as(into.err()).isZero();
        assertThat(DumpCompare.dump(pg, copy)).isEqualTo(atBackup);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "..", "tenant\\x", "line\nbreak", ""})
    void aNameThatWouldChangeTheStoresFoldersIsRefused(String name) {
        Cli cli = Fixtures.cli(name, store);
        for (String command : new String[] {"backup", "list"}) {
            Cli.Result r = cli.run(command);
            assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(3);
            assertThat(r.err()).contains("database name").contains("PGDATABASE or --dbname")
                    .contains("HINT: a database's name is also the folder of its backups");
            assertThat(r.err().lines().filter(l -> l.startsWith("error") || l.contains("error:")).count())
                    .as(r.err()).isLessThanOrEqualTo(1);
        }
        String db = Fixtures.sampleDatabase("rnt");
        Cli.Result r = Fixtures.cli(db, store).run("restore", "--target-database", name, "--yes");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--target-database").contains("HINT:");
        assertThat(store).isEmptyDirectory();
    }

    @org.junit.jupiter.api.Test
    void theS3StoreTakesANameThatNeedsEncoding() {
        String db = "s3 O'Brien %20 " + N.incrementAndGet();
        pg.psql("postgres", "CREATE DATABASE " + Database.quoteIdent(db));
        pg.psql(db, "CREATE TABLE t(x int); INSERT INTO t VALUES (1)");
        Cli cli = Fixtures.cli(db, store).env(S3Fixture.env())
                .env("PGBACKUP_STORE", "s3://" + S3Fixture.newBucket("names") + "/pgbackup");
        Cli.Result backup = cli.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        pg.psql(db, "INSERT INTO t VALUES (2)");
        Cli.Result restore = cli.run("restore", "--yes");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(pg.psql(db, "SELECT count(*) FROM t")).isEqualTo("1");
    }
}
