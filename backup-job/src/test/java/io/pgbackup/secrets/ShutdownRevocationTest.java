package io.pgbackup.secrets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A job process stopped by SIGTERM (a cancelled CI job) gives its account back within seconds. */
class ShutdownRevocationTest {
    private VaultWorld world;

    @BeforeEach
    void start() {
        world = VaultWorld.start();
    }

    @AfterEach
    void stop() {
        world.vault.close();
    }

    @Test
    void sigtermRevokesTheLeaseAndTheAccountDisappears() throws Exception {
        Path output = Files.createTempFile("hold-secrets", ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldSecretsMain.class.getName(), "BACKUP")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("VAULT_ADDR", world.vault.url());
        pb.environment().put("VAULT_TOKEN", world.jobToken()); // environment, never an argument
        Process job = pb.start();
        try {
            String user = readUser(job, output);
            assertThat(VaultWorld.roleExists(user)).isTrue();
            assertThat(job.info().arguments().orElse(new String[0])).noneMatch(a -> a.contains("hvs."));

            long t0 = System.nanoTime();
            job.destroy(); // SIGTERM
            assertThat(job.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(job.exitValue()).isEqualTo(143);
            assertThat(VaultWorld.roleExists(user)).isFalse();
            assertThat(world.vault.activeLeases()).isEmpty();
            String all = Files.readString(output);
            assertThat(all).contains("revoked vault lease database/creds/backup-groupe-7-prd/");
            for (String secret : world.vault.issuedSecrets()) {
                assertThat(all).doesNotContain(secret);
            }
        } finally {
            job.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    /** Waits until the job prints USER=... in its output file. */
    private static String readUser(Process job, Path output) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && job.isAlive()) {
            for (String line : Files.readAllLines(output)) {
                if (line.startsWith("USER=")) {
                    return line.substring("USER=".length());
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not start: " + Files.readString(output));
    }
}
