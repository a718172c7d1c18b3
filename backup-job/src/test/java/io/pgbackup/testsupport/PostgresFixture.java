package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the whole test JVM, started on first use from the machine's binaries and
 * stopped at JVM exit. Tests create their own databases with {@link #newDatabase(String)} so they
 * never see each other's data. A machine without PostgreSQL fails the tests: nothing is skipped.
 */
public final class PostgresFixture {
    private static LocalPostgres server;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private PostgresFixture() {
    }

    public static synchronized LocalPostgres server() {
        if (server == null) {
            server = LocalPostgres.start();
            LocalPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }

    /** Creates an empty database with a unique name starting with {@code prefix}. */
    public static String newDatabase(String prefix) {
        String name = prefix + "_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        server().psql("postgres", "CREATE DATABASE " + name);
        return name;
    }
}
