package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.LockWaits;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** pg_dump dying half-way (OOM killer, kill -9) is a failed dump: exit 20 and nothing in the store. */
class KilledDumpTest {
    @TempDir
    Path store;

    @Test
    void aKilledPgDumpNeverBecomesABackup() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("killed");
        Cli cli = Fixtures.cli(db, store);
        try (Connection locker = DriverManager.getConnection(pg.jdbcUrl(db))) {
            LockWaits.holdExclusive(locker, "orders");
            CompletableFuture<Cli.Result> backup = CompletableFuture.supplyAsync(() -> cli.run("backup"));
            ProcessHandle dump = waitForPgDump();
            dump.destroyForcibly();
            locker.rollback();
            Cli.Result r = backup.get(120, TimeUnit.SECONDS);
            assertThat(r.code()).as(r.err()).isEqualTo(20);
            assertThat(r.err()).contains("error: pg_dump failed with exit code ")
                    .contains("HINT: run again with --verbose to see all of pg_dump's messages");
        }
        try (Stream<Path> files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private static ProcessHandle waitForPgDump() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            var found = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("pg_dump"))
                    // the dump itself, not the short `pg_dump --version` run before it
                    .filter(p -> List.of(p.info().arguments().orElse(new String[0])).contains("--format=plain"))
                    .findFirst();
            if (found.isPresent()) {
                Thread.sleep(500); // let it reach the lock
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("pg_dump did not start");
    }
}
