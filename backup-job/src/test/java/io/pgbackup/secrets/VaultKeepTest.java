package io.pgbackup.secrets;

import io.pgbackup.engine.VerifyJob;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verify, status and prune as the pipeline runs them: every secret from the Vault stand-in. The
 * drill restores with the temporary restore account into a scratch database owned by the owner role,
 * drops it, and gives the account back.
 */
class VaultKeepTest {
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
    void theWeeklyDrillThenStatusThenPruneWithVaultAccounts() {
        Cli cli = w.cli();
        Cli.Result backup = cli.run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(backup.code()).as(backup.err()).isZero();
        String id = backup.out().strip();

        Cli.Result verify = cli.run("verify", "--vault-group", "7", "--environment", "prd",
                "--owner-role", VaultWorld.OWNER);
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("verify " + id + " of " + w.db + ": passed\n");
        String[] account = VaultCliWorld.account(verify.err());
        assertThat(account[1]).startsWith("database/creds/verify-groupe-7-prd/");
        assertThat(VaultWorld.roleExists(account[0])).isFalse();
        assertThat(PostgresFixture.server().psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = '"
                + VerifyJob.scratchDatabase(id) + "'")).isEqualTo("0");

        Cli.Result status = cli.run("status", "--vault-group", "7", "--environment", "prd");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out()).contains("the last restore drill (backup " + id);

        Cli.Result prune = cli.run("prune", "--vault-group", "7", "--environment", "prd", "--dry-run");
        assertThat(prune.code()).as(prune.err()).isZero();
        assertThat(prune.out()).contains("keep         " + id);
        assertThat(w.world.vault.activeLeases()).isEmpty();
        w.assertNoSecretIn(verify);
        w.assertNoSecretIn(status);
        w.assertNoSecretIn(prune);
    }

    @Test
    void aDrillWithAVaultAccountNeedsTheOwnerRole() {
        Cli.Result r = w.cli().run("verify", "--vault-group", "7", "--environment", "prd");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: a restore with a vault account needs --owner-role\n");
        assertThat(w.world.vault.requests()).isEmpty();
    }
}
