package io.pgbackup.secrets;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pgbackup backup --vault-group 7 --environment prd} and the matching restore, end to end
 * through {@code Main.run}: every secret comes from the Vault stand-in, the accounts are real
 * PostgreSQL roles, the store is S3Proxy.
 */
class VaultCliTest {
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
    void backupWithAReadOnlyAccountThenRestoreOwnedByTheOwnerRole() {
        LocalPostgres pg = PostgresFixture.server();
        Cli cli = w.cli();
        Cli.Result backup = cli.run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(backup.code()).as(backup.err()).isZero();
        String id = backup.out().strip();
        String[] account = VaultCliWorld.account(backup.err());
        assertThat(account[0]).startsWith("v-token-backup-g-");
        assertThat(account[1]).startsWith("database/creds/backup-groupe-7-prd/");
        assertThat(backup.err()).contains("revoked vault lease " + account[1]);
        assertThat(VaultWorld.roleExists(account[0])).isFalse();
        assertThat(S3Fixture.client().listObjectsV2(b -> b.bucket(w.bucket)).contents()).hasSize(2);

        String target = w.db + "_restored";
        Cli.Result restore = cli.run("restore", "--vault-group", "7", "--environment", "prd",
                "--owner-role", VaultWorld.OWNER, "--backup", id, "--target-database", target);
        assertThat(restore.code()).as(restore.err()).isZero();
        String[] restorer = VaultCliWorld.account(restore.err());
        assertThat(restorer[0]).startsWith("v-token-restore-");
        assertThat(VaultWorld.roleExists(restorer[0])).isFalse();
        assertThat(w.world.vault.activeLeases()).isEmpty();

        assertThat(DumpCompare.dump(pg, target)).isEqualTo(DumpCompare.dump(pg, w.db));
        assertThat(pg.psql(target, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                .isEqualTo(VaultWorld.OWNER);
        assertThat(pg.psql(target, "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = 'public'")).isEqualTo(VaultWorld.OWNER);
        assertThat(pg.psql(target, "SELECT pg_get_userbyid(proowner) FROM pg_proc WHERE proname = 'customer_total'"))
                .isEqualTo(VaultWorld.OWNER);
        assertThat(pg.psql(target, "SELECT pg_get_userbyid(typowner) FROM pg_type WHERE typname = 'order_status'"))
                .isEqualTo(VaultWorld.OWNER);
        w.assertNoSecretIn(backup);
        w.assertNoSecretIn(restore);
    }

    @Test
    void aFailedBackupStillGivesTheAccountBack() {
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "prd", "--dbname", "no_such_db");
        assertThat(r.code()).isEqualTo(20);
        assertThat(r.err()).contains("error: database no_such_db does not exist");
        String[] account = VaultCliWorld.account(r.err());
        assertThat(VaultWorld.roleExists(account[0])).isFalse();
        assertThat(w.world.vault.activeLeases()).isEmpty();
        assertThat(S3Fixture.client().listObjectsV2(b -> b.bucket(w.bucket)).contents()).isEmpty();
        w.assertNoSecretIn(r);
    }

    @Test
    void aVaultFailureStopsTheJobBeforeTheStore() {
        w.world.vault.kvPut(VaultWorld.PASSPHRASE_PATH, Map.of("pass_phrase", "typo-" + w.world.passphrase));
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(r.code()).isEqualTo(32);
        assertThat(r.err()).isEqualTo("error: vault secret secret/groupe-7/passphrase_s3_backup has no key passphrase"
                + " (keys present: pass_phrase)\n"
                + "HINT: add it: vault kv patch secret/groupe-7/passphrase_s3_backup passphrase=...\n"
                + "HINT: or pass --vault-passphrase-path with the path of a complete secret\n");
        assertThat(S3Fixture.client().listObjectsV2(b -> b.bucket(w.bucket)).contents()).isEmpty();
        assertThat(w.world.vault.requests()).noneMatch(q -> q.path().startsWith("database/"));
        w.assertNoSecretIn(r);
    }

    @Test
    void vaultFailuresThroughTheCli() {
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "stg", "--vault-s3-path",
                VaultWorld.S3_PATH, "--vault-passphrase-path", VaultWorld.PASSPHRASE_PATH);
        assertThat(r.code()).isEqualTo(32);
        assertThat(r.err()).startsWith("error: vault denied reading database/creds/backup-groupe-7-stg: permission denied\n");
        Cli.Result unreachable = w.cli().env("VAULT_ADDR", "http://127.0.0.1:1").run("backup", "--vault-group", "7",
                "--environment", "prd");
        assertThat(unreachable.code()).isEqualTo(30);
        assertThat(unreachable.err()).startsWith("error: cannot reach vault at VAULT_ADDR=http://127.0.0.1:1: connection refused\n");
        Cli.Result refused = w.cli().env("VAULT_TOKEN", "hvs.expired-or-revoked-token").run("list", "--vault-group", "7", "--environment", "prd");
        assertThat(refused.code()).isEqualTo(31);
        assertThat(refused.err()).startsWith("error: vault refused the token in VAULT_TOKEN: permission denied\n");
    }

    @Test
    void aRestoreWithAVaultAccountNeedsTheOwnerRole() {
        Cli.Result r = w.cli().run("restore", "--vault-group", "7", "--environment", "prd", "--target-database", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: a restore with a vault account needs --owner-role\n"
                + "HINT: pass --owner-role with the application's owner role (the role that owns its tables): the restore"
                + " runs SET ROLE to it, so that nothing restored belongs to the temporary account\n");
        assertThat(w.world.vault.requests()).isEmpty();
    }

    @Test
    void listTakesOnlyTheStoreSettings() {
        Cli cli = w.cli();
        assertThat(cli.run("backup", "--vault-group", "7", "--environment", "prd").code()).isZero();
        Cli.Result list = cli.run("list", "--vault-group", "7", "--environment", "prd");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("restorable");
        assertThat(w.world.vault.activeLeases()).isEmpty();
    }

    @Test
    void aUsernameFlagCannotReplaceTheVaultAccount() {
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "prd", "--username", "postgres");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: --username postgres cannot be used with --vault-group\n"
                + "HINT: the database account comes from Vault; drop --username, or drop the Vault options to use your own");
        assertThat(w.world.vault.activeLeases()).isEmpty();
        assertThat(S3Fixture.client().listObjectsV2(b -> b.bucket(w.bucket)).contents()).isEmpty();
    }
}
