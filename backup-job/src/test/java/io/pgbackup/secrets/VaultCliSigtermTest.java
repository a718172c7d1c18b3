package io.pgbackup.secrets;

import io.pgbackup.testsupport.LockWaits;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cancelled CI job: pgbackup runs as its own process, pg_dump is blocked by a lock held in
 * another session, the process gets SIGTERM; the Vault account must be gone within seconds.
 */
class VaultCliSigtermTest {
    private VaultCliWorld w;

    @BeforeEach
    void start() {
        w = new VaultCliWorld();
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void sigtermDuringTheDumpRevokesTheAccountWithinSeconds() throws Exception {
        Path output = Files.createTempFile("pgbackup-sigterm", ".log");
        var pg = PostgresFixture.server();
        try (Connection locker = DriverManager.getConnection(pg.jdbcUrl(w.db))) {
            LockWaits.holdExclusive(locker, "customers");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "io.pgbackup.cli.Main",
                    "backup", "--vault-group", "7", "--environment", "prd")
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            pb.environment().putAll(w.cli().env());
            Process job = pb.start();
            try {
                String user = waitForBlockedDump(job, output);
                assertThat(VaultWorld.roleExists(user)).isTrue();

                long t0 = System.nanoTime();
                job.destroy(); // SIGTERM, as GitLab does when a job is cancelled
                assertThat(job.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(output)).isTrue();
                assertThat(job.exitValue()).as(Files.readString(output)).isEqualTo(130);
                while (VaultWorld.roleExists(user) && System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos()) {
                    Thread.sleep(100);
                }
                assertThat(VaultWorld.roleExists(user)).as(Files.readString(output)).isFalse();
                assertThat(w.world.vault.activeLeases()).isEmpty();
                String log = Files.readString(output);
                assertThat(log).contains("revoked vault lease database/creds/backup-groupe-7-prd/");
                for (String secret : w.world.vault.issuedSecrets()) {
                    if (secret.length() > 12) {
                        assertThat(log).doesNotContain(secret);
                    }
                }
            } finally {
                job.destroyForcibly();
                locker.rollback();
                Files.deleteIfExists(output);
            }
        }
        assertThat(io.pgbackup.testsupport.S3Fixture.client().listObjectsV2(b -> b.bucket(w.bucket)).contents()).isEmpty();
    }

    /** Waits until the job's Vault account is waiting for the lock in pg_dump; returns the account. */
    private static String waitForBlockedDump(Process job, Path output) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline && job.isAlive()) {
            String user = VaultWorld.query("SELECT usename FROM pg_stat_activity WHERE usename LIKE 'v-token-backup-%'"
                    + " AND wait_event_type = 'Lock' AND application_name = 'pgbackup' LIMIT 1");
            if (user != null) {
                return user;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("pg_dump did not start: " + Files.readString(output));
    }
}
