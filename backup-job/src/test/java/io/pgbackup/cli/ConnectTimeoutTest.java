package io.pgbackup.cli;

import io.pgbackup.testsupport.ChildPgbackup;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.RestoreScene;
import io.pgbackup.testsupport.SilentServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A server that accepts the TCP connection and never answers (a hung server, or a proxy or load
 * balancer whose database is gone) fails the job after PGCONNECT_TIMEOUT with exit 22 and a HINT,
 * instead of holding it until CI's job timeout. Without the timeout these runs never end: the
 * preemptive timeout below fails them. SIGTERM during such a login ends the job at once (exit 130).
 */
class ConnectTimeoutTest {
    private static final Duration NEVER_HANG = Duration.ofSeconds(20);

    @TempDir
    Path store;

    private SilentServer silent;

    @BeforeEach
    void start() throws IOException {
        silent = new SilentServer();
    }

    @AfterEach
    void stop() throws IOException {
        silent.close();
    }

    @Test
    void backupGivesUpAfterTheTimeoutWithoutTls() {
        Cli cli = silentCli().env("PGSSLMODE", "disable");
        Cli.Result r = assertTimeoutPreemptively(NEVER_HANG, () -> cli.run("backup"));
        assertTimedOut(r);
        assertThat(silent.accepted()).isPositive();
        assertThat(storeFiles()).isEmpty();
    }

    @Test
    void backupGivesUpAfterTheTimeoutWithTheDefaultSslMode() {
        Cli.Result r = assertTimeoutPreemptively(NEVER_HANG, () -> silentCli().run("backup"));
        assertTimedOut(r);
        assertThat(storeFiles()).isEmpty();
    }

    @Test
    void restoreGivesUpAndTakesNoSafetyBackup() throws IOException {
        RestoreScene scene = RestoreScene.backedUp("ctimeout", store);
        List<Path> before = storeFiles();
        Cli cli = scene.cli().env("PGPORT", Integer.toString(silent.port())).env("PGCONNECT_TIMEOUT", "2")
                .env("PGSSLMODE", "disable");
        Cli.Result r = assertTimeoutPreemptively(NEVER_HANG, () -> cli.run("restore", "--backup", scene.id(), "--yes"));
        assertTimedOut(r);
        assertThat(storeFiles()).isEqualTo(before);
    }

    @Test
    void sigtermDuringASlowLoginEndsTheBackupAtOnce() throws Exception {
        Cli cli = silentCli().env("PGCONNECT_TIMEOUT", "120").env("PGSSLMODE", "disable");
        Path output = Files.createTempFile("pgbackup-login-term", ".log");
        Process job = ChildPgbackup.start(cli.env(), output, "backup");
        try {
            for (int i = 0; i < 300 && silent.accepted() == 0; i++) {
                Thread.sleep(100);
            }
            assertThat(silent.accepted()).as("the backup connected to the silent server").isPositive();
            long signalled = System.nanoTime();
            job.destroy(); // SIGTERM
            assertThat(job.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled)).isLessThan(5_000);
            assertThat(job.exitValue()).as(Files.readString(output)).isEqualTo(130);
            assertThat(Files.readString(output)).contains("error: backup interrupted by a signal: nothing partial was kept");
        } finally {
            job.destroyForcibly();
            Files.deleteIfExists(output);
        }
        assertThat(storeFiles()).isEmpty();
    }

    @Test
    void aTimeoutThatIsNotANumberIsAConfigurationError() {
        Cli.Result r = silentCli().env("PGCONNECT_TIMEOUT", "30s").run("backup");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: PGCONNECT_TIMEOUT is not a number of seconds: 30s\n"
                + "HINT: set PGCONNECT_TIMEOUT to whole seconds, for example 30 (0 waits forever)\n");
        assertThat(silent.accepted()).isZero();
    }

    private Cli silentCli() {
        return Fixtures.cli("postgres", store).env("PGPORT", Integer.toString(silent.port()))
                .env("PGCONNECT_TIMEOUT", "2");
    }

    private void assertTimedOut(Cli.Result r) {
        assertThat(r.code()).as(r.err()).isEqualTo(22);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).containsExactly("error: the database server at"
                + " 127.0.0.1:" + silent.port() + " did not answer in time: Connection attempt timed out.");
        assertThat(r.err())
                .contains("\nHINT: check that PostgreSQL, or the proxy or load balancer in front of it, is up")
                .contains("PGCONNECT_TIMEOUT (now 2 s) gives a slow server longer");
    }

    private List<Path> storeFiles() {
        try (Stream<Path> s = Files.walk(store)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
