package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code restore --table} and {@code --schema}: "someone deleted the invoices of March". Only the named
 * table or schema is loaded, into a scratch or named new database, and it is exactly what pg_dump's
 * {@code -t} / {@code -n} select of the backup's source (the table's schema comes with it).
 */
class SelectiveRestoreTest {
    @TempDir
    static Path store;

    static String source;
    static Cli cli;

    @BeforeAll
    static void backUpTwoSchemas() {
        LocalPostgres pg = PostgresFixture.server();
        WideSchema.ensureRole(pg, WideSchema.READER);
        source = PostgresFixture.newDatabase("part_src");
        pg.psql(source, "CREATE SCHEMA billing; COMMENT ON SCHEMA billing IS 'money';"
                + " CREATE TABLE billing.invoices(id int PRIMARY KEY, month date NOT NULL,"
                + " amount numeric(12,2) CHECK (amount >= 0), note text);"
                + " CREATE INDEX invoices_month ON billing.invoices(month);"
                + " COMMENT ON TABLE billing.invoices IS 'one row an invoice'; COMMENT ON COLUMN billing.invoices.note IS 'free';"
                + " GRANT SELECT ON billing.invoices TO " + WideSchema.READER + ";"
                + " INSERT INTO billing.invoices SELECT i, date '2026-01-01' + (i % 90), i * 1.5, 'n' || i"
                + " FROM generate_series(1, 5000) i;"
                + " CREATE TABLE billing.payments(id bigserial PRIMARY KEY, invoice_id int REFERENCES billing.invoices(id),"
                + " paid numeric); INSERT INTO billing.payments(invoice_id, paid) SELECT i, i FROM generate_series(1, 2000) i;"
                + " CREATE VIEW billing.march AS SELECT * FROM billing.invoices WHERE month >= '2026-03-01';"
                + " CREATE FUNCTION billing.total() RETURNS numeric LANGUAGE sql AS 'SELECT sum(amount) FROM billing.invoices';"
                + " CREATE TABLE public.orders(id int PRIMARY KEY, total numeric);"
                + " INSERT INTO public.orders SELECT i, i FROM generate_series(1, 300) i;"
                + " CREATE TABLE public.big(id int, pad text); CREATE INDEX big_id ON public.big(id);"
                + " INSERT INTO public.big SELECT i, md5(i::text) FROM generate_series(1, 50000) i;"
                + " CREATE SCHEMA app; CREATE TABLE app.customers(id serial PRIMARY KEY, name text);"
                + " INSERT INTO app.customers(name) VALUES ('a'), ('b')");
        cli = Fixtures.cli(source, store);
        Cli.Result r = cli.run("backup");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void oneTableIntoAScratchDatabaseIsThatTableAndItsRowsOnly() {
        LocalPostgres pg = PostgresFixture.server();

        Cli.Result r = cli.run("restore", "--table", "billing.invoices", "--jobs", "2");

        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = Pattern.compile("restore \\S+ of " + source + " \\(table billing.invoices\\) into database"
                + " (pgbackup_part_[0-9a-f]{8}_[0-9]{8}t[0-9]{6}z)").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        String scratch = m.group(1);
        assertThat(withoutSchemaLines(DumpCompare.normalised(pg, scratch)))
                .isEqualTo(withoutSchemaLines(DumpCompare.normalised(pg, source, List.of("-t", "billing.invoices"))));
        String march = "SELECT count(*), sum(amount) FROM billing.invoices WHERE month >= '2026-03-01'";
        assertThat(pg.psql(scratch, march)).isEqualTo(pg.psql(source, march)).isEqualTo("1705|6403980.00");
        assertThat(pg.psql(scratch, "SELECT obj_description('billing'::regnamespace)")).isEqualTo("money");
        pg.psql("postgres", "DROP DATABASE " + scratch);
    }

    @Test
    void oneSchemaIntoANamedDatabaseIsThatSchemaOnly() {
        LocalPostgres pg = PostgresFixture.server();
        String named = "part_named_" + ProcessHandle.current().pid();

        Cli.Result r = cli.run("restore", "--schema", "billing", "--target-database", named, "--jobs", "1");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DumpCompare.normalised(pg, named))
                .isEqualTo(DumpCompare.normalised(pg, source, List.of("-n", "billing")));
        assertThat(pg.psql(named, "SELECT billing.total(), nextval('billing.payments_id_seq')")).isEqualTo("18753750.00|2001");
        pg.psql("postgres", "DROP DATABASE " + named);
    }

    @Test
    void aTableRestoreNeverReplacesAnExistingDatabase() {
        LocalPostgres pg = PostgresFixture.server();
        String before = DumpCompare.dump(pg, source);

        Cli.Result r = cli.run("restore", "--table", "billing.invoices", "--target-database", source, "--yes");

        assertThat(r.code()).as(r.err()).isEqualTo(23);
        assertThat(r.err()).contains("error: database " + source + " exists; a restore of table billing.invoices"
                + " goes into a new database; nothing was changed\n"
                + "HINT: name a database that does not exist with --target-database NAME, or leave it out for a scratch one\n"
                + "HINT: then copy what you need back, for example: pg_dump -t TABLE --data-only NAME | psql");
        assertThat(DumpCompare.dump(pg, source)).isEqualTo(before);
    }

    @Test
    void aTableTheBackupDoesNotHoldIsAnErrorBeforeAnythingIsDone() {
        Cli.Result r = cli.run("restore", "--table", "billing.invoice", "--schema", "audit");

        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).containsPattern("error: table billing.invoice and schema audit not in backup \\S+ of "
                + source + "; nothing was changed\n"
                + "HINT: its tables: app.customers, billing.invoices, billing.payments, public.big, public.orders\n");
        assertThat(PostgresFixture.server().psql("postgres", "SELECT count(*) FROM pg_database WHERE datname LIKE 'pgbackup_part_%'"))
                .isEqualTo("0");
    }

    /** A table restore creates the table's schema, which pg_dump -t leaves out (and the headers' dashes). */
    private static String withoutSchemaLines(String dump) {
        return Arrays.stream(dump.split("\n"))
                .filter(l -> !l.contains("SCHEMA billing") && !l.startsWith("-- Name: billing; Type: SCHEMA") && !l.equals("--"))
                .collect(Collectors.joining("\n"));
    }
}
