package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.restore.Names;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.HeldLoad;
import io.pgbackup.testsupport.LockWaits;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.Procs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pg_dump and psql detect a dead server within about a minute: their connections carry TCP
 * keepalives after 30 s of silence (then every 10 s, 3 probes), not the kernel's default of 2 hours.
 * While each waits on a lock (a silent but healthy connection), the kernel's keepalive timer of its
 * socket is read from /proc/PID/net/tcp: armed, and due within 30 s.
 */
class KeepaliveTest {
    /** Clock ticks (USER_HZ, 100 per second) in /proc/net/tcp. */
    private static final long THIRTY_SECONDS = 30 * 100;

    @TempDir
    Path store;

    @Test
    void pgDumpWaitingOnALockKeepsItsConnectionAlive() throws Exception {
        String db = Fixtures.sampleDatabase("kab");
        Cli cli = Fixtures.cli(db, store);
        LocalPostgres pg = PostgresFixture.server();
        try (Connection migration = DriverManager.getConnection(pg.jdbcUrl(db))) {
            LockWaits.holdExclusive(migration, "orders");
            CompletableFuture<Cli.Result> backup = CompletableFuture.supplyAsync(() -> cli.run("backup"));
            awaitToolWaitingOnALock(pg, db, "pg_dump", backup);
            assertThat(keepaliveTimers(toolPid("pg_dump", "--snapshot=", db)))
                    .allSatisfy(t -> assertThat(t).isBetween(0L, THIRTY_SECONDS));
            migration.rollback();
            assertThat(backup.get().code()).isZero();
        }
    }

    @Test
    void psqlWaitingOnALockKeepsItsConnectionAlive() throws Exception {
        HeldLoad backup = HeldLoad.backedUp("kar", store);
        LocalPostgres pg = PostgresFixture.server();
        try (Connection holder = DriverManager.getConnection(pg.jdbcUrl("postgres"))) {
            backup.hold(holder);
            CompletableFuture<Cli.Result> restore = CompletableFuture.supplyAsync(
                    () -> backup.cli().run("restore", "--backup", backup.id(), "--yes"));
            HeldLoad.awaitLoadWaiting(backup.db(), () -> !restore.isDone(), () -> restore.join().err());
            assertThat(keepaliveTimers(toolPid("psql", "ON_ERROR_STOP=1", Names.staging(backup.db()))))
                    .allSatisfy(t -> assertThat(t).isBetween(0L, THIRTY_SECONDS));
            holder.rollback();
            assertThat(restore.get().code()).isZero();
        }
    }

    private static void awaitToolWaitingOnALock(LocalPostgres pg, String db, String tool,
                                                CompletableFuture<Cli.Result> job) throws InterruptedException {
        // pg_dump takes its locks with LOCK TABLE (the row counts' session may wait first); the restore's psql is
        // the only session of a restore that touches the tables
        String who = "application_name = 'pgbackup'" + (tool.equals("pg_dump") ? " AND query LIKE 'LOCK TABLE %'" : "");
        LockWaits.await(pg, db, who, () -> !job.isDone(), () -> job.join().err());
    }

    /** The pid of the running {@code tool} whose arguments contain {@code marker}, working on {@code db}. */
    private static String toolPid(String tool, String marker, String db) {
        return Procs.where(cmd -> cmd.contains(tool) && cmd.contains(marker)).stream()
                .filter(p -> p.environ().contains("\0PGDATABASE=" + db + "\0")).map(Procs.Proc::pid).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tool + " is running on " + db));
    }

    /**
     * For each TCP socket of process {@code pid}: the keepalive timer's ticks left (timer 02 in
     * /proc/PID/net/tcp). Right after a query is sent its socket may still show the retransmission
     * timer (01) until the server's ACK; this reads again until every socket shows its keepalive.
     */
    private static List<Long> keepaliveTimers(String pid) throws IOException, InterruptedException {
        List<String> inodes = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", pid, "fd"))) {
            for (Path fd : fds.toList()) {
                String target = Files.readSymbolicLink(fd).toString();
                if (target.startsWith("socket:[")) {
                    inodes.add(target.substring(8, target.length() - 1));
                }
            }
        }
        List<String> timers = new ArrayList<>();
        for (int attempt = 0; attempt < 50; attempt++) {
            timers.clear();
            for (String table : List.of("tcp", "tcp6")) {
                List<String> lines = Files.readAllLines(Path.of("/proc", pid, "net", table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (inodes.contains(f[9])) {
                        timers.add(f[5]); // tr:tm->when
                    }
                }
            }
            if (!timers.isEmpty() && timers.stream().allMatch(t -> t.startsWith("02:"))) {
                return timers.stream().map(t -> Long.parseLong(t.substring(3), 16)).toList();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no keepalive timer on the sockets of " + pid + ": " + timers);
    }
}
