package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.PostgresFixture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
