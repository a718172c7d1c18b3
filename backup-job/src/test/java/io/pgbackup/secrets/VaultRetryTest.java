package io.pgbackup.secrets;

import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.vault.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vault's transient answers, as its own Go client treats them: 429 (rate-limit quota), 503
 * (sealed), 412 (standby behind) are retried with backoff, 307 (standby to active) is followed, and
 * the backup job succeeds; a Vault sealed for longer than the retries ends the job with exit 30.
 */
class VaultRetryTest {
    private VaultCliWorld w;

    @BeforeEach
    void start() {
        w = new VaultCliWorld();
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503, 412, 307})
    void aTransientAnswerOnTheFirstRequestIsRetriedAndTheBackupSucceeds(int status) {
        w.world.vault.answerNext(status, 1);
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(r.code()).as(r.err()).isZero();
        List<RecordedRequest> lookups = w.world.vault.requests().stream()
                .filter(q -> q.path().equals("auth/token/lookup-self")).toList();
        assertThat(lookups).as("the answer %d, then the same request again", status).hasSize(2);
        if (status == 307) {
            assertThat(lookups.get(1).header("Host")).hasValueSatisfying(h -> assertThat(h).startsWith("localhost:"));
            assertThat(lookups.get(1).header("X-Vault-Token")).isPresent();
        } else {
            assertThat(r.err()).contains("vault answered " + status + " to GET auth/token/lookup-self");
        }
        assertThat(w.world.vault.activeLeases()).isEmpty();
        assertThat(w.storedObjects()).isPositive();
    }

    @Test
    void aVaultUnsealedWithinTheRetriesIsWaitedFor() throws Exception {
        w.world.vault.sealed(true);
        CompletableFuture<Void> unseal = CompletableFuture.runAsync(() -> {
            sleep(2_000);
            w.world.vault.sealed(false);
        });
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "prd");
        unseal.get(5, TimeUnit.SECONDS);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("vault answered 503 to GET auth/token/lookup-self (Vault is sealed): trying again in");
    }

    @Test
    void aVaultSealedLongerThanTheRetriesEndsTheJobWithExit30() {
        w.world.vault.sealed(true);
        long t0 = System.nanoTime();
        Cli.Result r = w.cli().env("VAULT_MAX_RETRIES", "2").run("backup", "--vault-group", "7", "--environment", "prd");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertThat(r.code()).as(r.err()).isEqualTo(30);
        assertThat(r.err()).endsWith("error: vault at VAULT_ADDR=" + w.world.vault.url() + " is sealed: it answered"
                + " GET auth/token/lookup-self with 503 Vault is sealed (3 attempts over 1 s)\n"
                + "HINT: Vault's operators must unseal it (vault operator unseal, or its auto-unseal) before any job can"
                + " read its secrets; run the job again then\n");
        assertThat(w.world.vault.requests()).hasSize(3);
        assertThat(millis).as("pauses of 0.5 s and 1 s").isBetween(1_400L, 5_000L);
        assertThat(w.storedObjects()).isZero();
    }

    @Test
    void theDefaultRetriesStopWithinThirtySeconds() {
        Retries retries = new Retries(Retries.DEFAULT_MAX_RETRIES);
        Duration total = Duration.ZERO;
        int retry = 1;
        for (Optional<Duration> p; (p = retries.pause(retry, total, Optional.empty())).isPresent(); retry++) {
            total = total.plus(p.get());
        }
        assertThat(retry - 1).isEqualTo(6);
        assertThat(total).isEqualTo(Duration.ofMillis(500 + 1000 + 2000 + 4000 + 5000 + 5000));
        assertThat(retries.pause(1, Duration.ofSeconds(29), Optional.of(Duration.ofSeconds(3)))).isEmpty();
        assertThat(retries.pause(1, Duration.ZERO, Optional.of(Duration.ofSeconds(60)))).contains(Duration.ofSeconds(5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
