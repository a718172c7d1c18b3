package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The restore-over suite's schema: every kind of object of issue 15's point 1 (wide-schema.sql). */
final class WideSchema {
    static final String READER = "wide_reader";

    private WideSchema() {
    }

    /** Creates a new database holding the wide schema and its rows. */
    static String create(String prefix) {
        LocalPostgres pg = PostgresFixture.server();
        ensureRole(pg, READER);
        String db = PostgresFixture.newDatabase(prefix);
        pg.psql(db, sql());
        return db;
    }

    /** A backup {@code id} of {@code source}, taken by {@code cli}; {@code atBackup}: its normalised dump then. */
    record BackedUp(String source, Cli cli, String id, String atBackup) {
    }

    /** The wide schema, with {@code moreSql} run on it, in a new database backed up into {@code store}. */
    static BackedUp backedUp(String prefix, Path store, String moreSql) {
        LocalPostgres pg = PostgresFixture.server();
        String source = create(prefix);
        if (!moreSql.isEmpty()) {
            pg.psql(source, moreSql);
        }
        Cli cli = Fixtures.cli(source, store);
        Cli.Result r = cli.run("backup");
        assertThat(r.code()).as(r.err()).isZero();
        return new BackedUp(source, cli, r.out().strip(), DumpCompare.normalised(pg, source));
    }

    static void ensureRole(LocalPostgres pg, String role) {
        pg.psql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN"
                + " CREATE ROLE " + role + "; END IF; END $$");
    }

    static String sql() {
        try (InputStream in = WideSchema.class.getResourceAsStream("wide-schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
