package io.pgbackup.secrets;

import io.pgbackup.engine.Cleanup;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.LockWaits;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.S3Fixture;
import io.pgbackup.testsupport.vault.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that outlives its Vault token's TTL. Vault revokes every lease of a token when the token
 * expires (the stand-in's reaper does, running the revocation statements, which end pg_dump's
 * session). The TTL is shortened to 4 s and pg_dump is held on a lock for 14 s: the job renews its
 * token (renew-self at half the TTL) and completes. When the token's max TTL comes before the end,
 * the job stops itself first, with exit 33 and a HINT, and nothing is kept.
 */
class TokenLifetimeTest {
    private static final String AUD = "https://vault.example.com";
    private static final String ROLE = "backup-groupe-7-prd";
    private static final Duration TTL = Duration.ofSeconds(4);
    private static final long HELD_MILLIS = 14_000;

    private VaultCliWorld w;

    @BeforeEach
    void start() {
        Cleanup.reset();
        w = new VaultCliWorld();
        w.world.vault.jwtRole(ROLE, AUD, Map.of("project_id", "42", "ref_protected", "true"), VaultWorld.JOB_POLICY);
    }

    @AfterEach
    void stop() {
        Cleanup.reset();
        w.close();
    }

    private Cli jwtCli() {
        Map<String, String> env = new HashMap<>(w.cli().env());
        env.remove("VAULT_TOKEN");
        env.put("VAULT_ID_TOKEN", w.world.vault.signJwt(Map.of("aud", AUD, "sub", "project_path:groupe-7/app",
                "project_id", "42", "ref_protected", "true")));
        env.put("VAULT_AUTH_ROLE", ROLE);
        return new Cli().env(env);
    }

    @Test
    void aBackupHeldOnALockPastItsTokenTtlCompletesAndItsAccountIsGoneAfterwards() throws Exception {
        w.world.vault.jwtTokenTtl(ROLE, TTL, Duration.ofHours(1));
        Cli.Result r;
        long millis;
        try (Connection locker = DriverManager.getConnection(PostgresFixture.server().jdbcUrl(w.db))) {
            LockWaits.holdExclusive(locker, "customers");
            CompletableFuture<Void> release = releaseAfterTheDumpWaited(locker);
            long t0 = System.nanoTime();
            r = jwtCli().run("backup", "--vault-group", "7", "--environment", "prd");
            millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            release.cancel(true);
            locker.rollback();
        }
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(millis).as("the job outlived its token's TTL several times").isGreaterThan(3 * TTL.toMillis());
        long renewals = w.world.vault.requests().stream().map(RecordedRequest::path)
                .filter(p -> p.equals("auth/token/renew-self")).count();
        assertThat(renewals).as("renew-self about every TTL/2 over %d ms", millis).isGreaterThanOrEqualTo(millis / 2000 - 1);
        String[] account = VaultCliWorld.account(r.err());
        assertThat(VaultWorld.roleExists(account[0])).isFalse();
        assertThat(w.world.vault.activeLeases()).isEmpty();
        assertThat(w.storedObjects()).isPositive();
        System.out.printf("token TTL %d s, job %d ms, %d renew-self%n", TTL.toSeconds(), millis, renewals);
    }

    @Test
    void aTokenThatReachesItsMaxTtlBeforeTheEndStopsTheJobFirst() throws Exception {
        w.world.vault.jwtTokenTtl(ROLE, TTL, Duration.ofSeconds(7));
        Cli.Result r;
        try (Connection locker = DriverManager.getConnection(PostgresFixture.server().jdbcUrl(w.db))) {
            LockWaits.holdExclusive(locker, "customers");
            CompletableFuture<Void> release = releaseAfterTheDumpWaited(locker);
            r = jwtCli().run("backup", "--vault-group", "7", "--environment", "prd");
            release.cancel(true);
            locker.rollback();
        }
        assertThat(r.code()).as(r.err()).isEqualTo(33);
        assertThat(r.err()).containsPattern("error: the job's vault token reaches its max TTL at [0-9T:.-]+Z, before the"
                + " job ended: stopped the job, as Vault revokes the database account with the token\n"
                + "HINT: raise token_max_ttl of the JWT role backup-groupe-7-prd above the CI job's timeout"
                + " \\(infra/: VaultSettings tokenMaxTtl\\), then apply\n");
        assertThat(r.err()).contains("revoked vault lease database/creds/backup-groupe-7-prd/");
        assertThat(r.err()).as("the job, not Vault, ended pg_dump").doesNotContain("pg_dump: error");
        assertThat(VaultWorld.roleExists(VaultCliWorld.account(r.err())[0])).isFalse();
        assertThat(w.world.vault.activeLeases()).isEmpty();
        assertThat(w.storedObjects()).isZero();
    }

    @Test
    void anAccountThatReachesItsRolesMaxTtlBeforeTheEndStopsTheJobFirst() throws Exception {
        w.world.vault.jwtTokenTtl(ROLE, Duration.ofMinutes(10), Duration.ofHours(1))
                .databaseRole(VaultWorld.BACKUP_ROLE, DatabaseRoleStatements.Kind.BACKUP, VaultWorld.OWNER, TTL,
                        Duration.ofSeconds(7));
        Cli.Result r;
        try (Connection locker = DriverManager.getConnection(PostgresFixture.server().jdbcUrl(w.db))) {
            LockWaits.holdExclusive(locker, "customers");
            CompletableFuture<Void> release = releaseAfterTheDumpWaited(locker);
            r = jwtCli().run("backup", "--vault-group", "7", "--environment", "prd");
            release.cancel(true);
            locker.rollback();
        }
        assertThat(r.code()).as(r.err()).isEqualTo(33);
        assertThat(r.err()).containsPattern("error: vault lease database/creds/backup-groupe-7-prd/\\S+ reaches the max_ttl"
                + " of its database role at [0-9T:.-]+Z, before the job ended: stopped the job, as Vault then drops the"
                + " account\nHINT: raise max_ttl of database/roles/backup-groupe-7-prd above the CI job's timeout"
                + " \\(infra/: VaultSettings credentialMaxTtl\\), then apply\n");
        assertThat(r.err()).doesNotContain("pg_dump: error");
        assertThat(VaultWorld.roleExists(VaultCliWorld.account(r.err())[0])).isFalse();
        assertThat(w.storedObjects()).isZero();
    }

    /** Rolls the lock holder back {@value #HELD_MILLIS} ms after the job's pg_dump began waiting for it. */
    private CompletableFuture<Void> releaseAfterTheDumpWaited(Connection locker) {
        return CompletableFuture.runAsync(() -> {
            try {
                LockWaits.await(PostgresFixture.server(), w.db, "usename LIKE 'v-jwt-%'", () -> true, () -> "");
                Thread.sleep(HELD_MILLIS);
                locker.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static {
        Cli.secret(S3Fixture.SECRET_KEY);
    }
}
