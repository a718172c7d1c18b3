package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.demo.SampleData;

import java.nio.file.Path;
import java.util.UUID;

/** Ready-made environments for running pgbackup against the test PostgreSQL. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A new database holding the sample application data. */
    public static String sampleDatabase(String prefix) {
        String db = PostgresFixture.newDatabase(prefix);
        SampleData.load(PostgresFixture.server(), db);
        return db;
    }

    /** A CLI that connects as the superuser to {@code database} and stores in {@code storeDir}. */
    public static Cli cli(String database, Path storeDir) {
        LocalPostgres pg = PostgresFixture.server();
        return new Cli()
                .env("PGHOST", pg.host())
                .env("PGPORT", Integer.toString(pg.port()))
                .env("PGUSER", LocalPostgres.SUPERUSER)
                .env("PGDATABASE", database)
                .env("PGBACKUP_STORE", storeDir.toUri().toString())
                .env("ENCRYPTION_KEY", "test-passphrase-" + UUID.randomUUID());
    }
}
