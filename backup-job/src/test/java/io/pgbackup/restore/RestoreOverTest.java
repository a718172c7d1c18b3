package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restore over a database that changed after its backup: the result is exactly the backup. A wide
 * schema (every object kind of issue 15) is backed up once; each case copies it, changes the copy the
 * way a migration would, restores the backup over the copy and compares a normalised dump
 * ({@code --no-owner}, privileges kept, lines sorted) with the backup's source. The previous state
 * is kept beside it, as migrated.
 */
class RestoreOverTest {
    @TempDir
    static Path store;

    static String source;
    static Cli cli;
    static String id;
    static String atBackup;

    @BeforeAll
    static void backUpTheWideSchema() {
        WideSchema.BackedUp wide = WideSchema.backedUp("wide", store, "");
        source = wide.source();
        cli = wide.cli();
        id = wide.id();
        atBackup = wide.atBackup();
    }

    static Stream<Arguments> migrations() {
        return Stream.of(
                Arguments.of("a table with a foreign key, a view and a migration row (the issue's case 1)",
                        "CREATE TABLE order_notes(id int PRIMARY KEY, order_id int REFERENCES orders(id), note text);"
                                + " CREATE VIEW order_totals AS SELECT sum(total) FROM orders;"
                                + " INSERT INTO schema_migrations(version) VALUES ('003_notes')"),
                Arguments.of("a table dropped", "DROP TABLE app.notes"),
                Arguments.of("a table renamed", "ALTER TABLE billing.invoices RENAME TO bills"),
                Arguments.of("a column added", "ALTER TABLE orders ADD COLUMN note text DEFAULT 'n/a'"),
                Arguments.of("a column dropped", "ALTER TABLE app.customers DROP COLUMN created_at"),
                Arguments.of("a column renamed", "ALTER TABLE app.vehicles RENAME COLUMN wheels TO wheel_count"),
                Arguments.of("a column's type changed", "ALTER TABLE schema_migrations ALTER COLUMN version TYPE varchar(200)"),
                Arguments.of("a constraint dropped and a key added",
                        "ALTER TABLE orders DROP CONSTRAINT orders_total_check; ALTER TABLE app.notes ADD UNIQUE (body)"),
                Arguments.of("an index added and one dropped",
                        "CREATE INDEX orders_total ON orders(total); DROP INDEX app.customers_lower_name"),
                Arguments.of("a new schema", "CREATE SCHEMA audit; CREATE TABLE audit.log(at timestamptz, what text);"
                        + " INSERT INTO audit.log VALUES (now(), 'deploy')"),
                Arguments.of("a new extension", "CREATE EXTENSION hstore; ALTER TABLE orders ADD COLUMN tags hstore"),
                Arguments.of("an extension dropped", "DROP EXTENSION pg_trgm CASCADE"),
                Arguments.of("rows changed", "UPDATE orders SET total = total + 1 WHERE id % 2 = 0;"
                        + " DELETE FROM billing.invoices WHERE id % 3 = 0; INSERT INTO app.vehicles VALUES (10, 3);"
                        + " DELETE FROM events WHERE id < 100"),
                Arguments.of("every table emptied", "TRUNCATE orders, app.customers, events, app.vehicles CASCADE"),
                Arguments.of("sequences advanced", "SELECT setval('billing.invoice_number', 99999);"
                        + " INSERT INTO app.customers(email, name) VALUES ('new@example.com', 'new')"),
                Arguments.of("partitions detached and added", "ALTER TABLE events DETACH PARTITION events_2025;"
                        + " CREATE TABLE events_2030 PARTITION OF events FOR VALUES FROM ('2030-01-01') TO ('2031-01-01')"),
                Arguments.of("a function replaced, a procedure and a trigger dropped",
                        "CREATE OR REPLACE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$"
                                + " BEGIN RETURN NEW; END $$; DROP PROCEDURE app.mark_paid(int);"
                                + " DROP TRIGGER customers_touch ON app.customers"),
                Arguments.of("views dropped and replaced", "DROP VIEW big_new_orders;"
                        + " CREATE OR REPLACE VIEW big_orders AS SELECT * FROM orders WHERE total > 500"),
                Arguments.of("a materialized view refreshed on new rows", "INSERT INTO orders VALUES (1000, 1, 1, 'new');"
                        + " REFRESH MATERIALIZED VIEW order_stats"),
                Arguments.of("an enum value and a type attribute added", "ALTER TYPE app.status ADD VALUE 'refunded';"
                        + " ALTER TYPE app.money_pair ADD ATTRIBUTE note text"),
                Arguments.of("a domain's constraint dropped", "ALTER DOMAIN app.email DROP CONSTRAINT email_check"),
                Arguments.of("privileges, policies and comments changed", "REVOKE SELECT ON orders FROM wide_reader;"
                        + " GRANT INSERT ON app.notes TO wide_reader; DROP POLICY notes_own ON app.notes;"
                        + " CREATE POLICY notes_all ON app.notes USING (true); COMMENT ON TABLE app.customers IS 'changed';"
                        + " COMMENT ON SCHEMA billing IS NULL"),
                Arguments.of("inheritance changed", "ALTER TABLE app.trucks NO INHERIT app.vehicles"),
                Arguments.of("large objects removed and added", "SELECT lo_unlink(oid) FROM pg_largeobject_metadata;"
                        + " SELECT lo_from_bytea(0, '\\x00ff'::bytea)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("migrations")
    void restoreOverAMigratedDatabaseGivesExactlyTheBackup(String change, String migration) {
        LocalPostgres pg = PostgresFixture.server();
        String target = PostgresFixture.newDatabase("wide_over");
        pg.psql("postgres", "DROP DATABASE " + target);
        pg.psql("postgres", "CREATE DATABASE " + target + " TEMPLATE " + source);
        pg.psql(target, migration);
        String migrated = DumpCompare.normalised(pg, target);
        assertThat(migrated).as("the migration changes the dump").isNotEqualTo(atBackup);

        Cli.Result r = cli.run("restore", "--backup", id, "--target-database", target, "--yes");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DumpCompare.normalised(pg, target)).isEqualTo(atBackup);
        String previous = pg.psql("postgres", "SELECT datname FROM pg_database WHERE datname LIKE '"
                + Names.previousPrefix(target) + "%'");
        assertThat(previous).as("the migrated state is kept as the previous database").isNotEmpty();
        assertThat(DumpCompare.normalised(pg, previous)).isEqualTo(migrated);
        pg.psql("postgres", "DROP DATABASE " + previous);
        pg.psql("postgres", "DROP DATABASE " + target);
    }

    @Test
    void theIssuesCaseOneRestoresTheBackupOverTheDeploysMigration() {
        LocalPostgres pg = PostgresFixture.server();
        String db = PostgresFixture.newDatabase("case_one");
        pg.psql(db, "CREATE TABLE orders(id int PRIMARY KEY, total numeric);"
                + " INSERT INTO orders SELECT i, i * 10 FROM generate_series(1, 30) i;"
                + " CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;"
                + " CREATE TABLE schema_migrations(version text PRIMARY KEY); INSERT INTO schema_migrations VALUES ('001')");
        Cli one = Fixtures.cli(db, store);
        Cli.Result backup = one.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String before = DumpCompare.normalised(pg, db);
        pg.psql(db, "create table order_notes(id int primary key, order_id int references orders(id), note text);"
                + " create view order_totals as select sum(total) from orders;"
                + " insert into schema_migrations values ('002_order_notes')");

        Cli.Result r = one.run("restore", "--backup", "latest", "--yes");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DumpCompare.normalised(pg, db)).isEqualTo(before);
        assertThat(pg.psql(db, "SELECT to_regclass('order_notes') IS NULL, count(*) FROM schema_migrations"))
                .isEqualTo("t|1");
    }

    @Test
    void theIssuesCaseTwoRestoresAPartitionedTableWithKeysOverItself() {
        LocalPostgres pg = PostgresFixture.server();
        String db = PostgresFixture.newDatabase("case_two");
        pg.psql(db, "create table events(id bigint, at timestamptz, primary key (id, at)) partition by range (at);"
                + " create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');"
                + " create table events_2026 partition of events for values from ('2026-01-01') to ('2027-01-01');"
                + " insert into events select i, timestamptz '2025-03-01' + i * interval '1 day' from generate_series(1, 500) i");
        Cli two = Fixtures.cli(db, store);
        Cli.Result backup = two.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String before = DumpCompare.normalised(pg, db);

        Cli.Result r = two.run("restore", "--backup", "latest", "--yes");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DumpCompare.normalised(pg, db)).isEqualTo(before);
        assertThat(pg.psql(db, "SELECT count(*) FROM events_2026")).isEqualTo("195");
    }
}
