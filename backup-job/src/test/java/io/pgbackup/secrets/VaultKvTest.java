package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.testsupport.vault.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** KV reads against the stand-in: v1 and v2 with the same user path, and each failure's message. */
class VaultKvTest {
    private VaultWorld world;

    @BeforeEach
    void start() {
        world = VaultWorld.start();
    }

    @AfterEach
    void stop() {
        world.vault.close();
    }

    private JobSecrets storeSecrets(String token, Conventions conventions) {
        return VaultJobSecrets.fetch(VaultConfig.fromEnv(world.tokenEnv(token)), conventions, JobKind.STORE_ONLY);
    }

    private PgBackupException storeFails(String token, Conventions conventions) {
        return catchThrowableOfType(PgBackupException.class, () -> storeSecrets(token, conventions));
    }

    @Test
    void readsKvV2ThroughTheDataPathAfterThePreflight() {
        VaultClient client = VaultClient.login(VaultConfig.fromEnv(world.tokenEnv(world.jobToken())));
        KvSecret secret = client.readKv(VaultWorld.PASSPHRASE_PATH);
        assertThat(secret.version()).isEqualTo(2);
        assertThat(secret.apiPath()).isEqualTo("secret/data/groupe-7/passphrase_s3_backup");
        assertThat(secret.values()).containsExactly(Map.entry("passphrase", world.passphrase));
        assertThat(secret.toString()).doesNotContain(world.passphrase);
        List<String> paths = world.vault.requests().stream().map(RecordedRequest::path).toList();
        assertThat(paths).containsExactly("auth/token/lookup-self",
                "sys/internal/ui/mounts/secret/groupe-7/passphrase_s3_backup", "secret/data/groupe-7/passphrase_s3_backup");
        assertThat(world.vault.requests()).allSatisfy(r -> assertThat(r.header("X-Vault-Token")).isPresent());
    }

    @Test
    void readsKvV1WithTheSameUserPath() {
        world.vault.kvV1Mount("kv1").kvPut("kv1/groupe-7/passphrase_s3_backup", Map.of("passphrase", "v1-pass"));
        String token = world.vault.token("kv1/groupe-7/*");
        KvSecret secret = VaultClient.login(VaultConfig.fromEnv(world.tokenEnv(token))).readKv("kv1/groupe-7/passphrase_s3_backup");
        assertThat(secret.version()).isEqualTo(1);
        assertThat(secret.apiPath()).isEqualTo("kv1/groupe-7/passphrase_s3_backup");
        assertThat(secret.values()).containsExactly(Map.entry("passphrase", "v1-pass"));
    }

    @Test
    void theTeamConventionsWorkOnAKvV1SecretMount() {
        world.vault.kvV1Mount("secret").kvPut(VaultWorld.S3_PATH, world.s3)
                .kvPut(VaultWorld.PASSPHRASE_PATH, Map.of("passphrase", "on-v1"));
        try (JobSecrets secrets = storeSecrets(world.vault.token("secret/groupe-7/*"), Conventions.of("7", "prd"))) {
            assertThat(secrets.s3Variables()).isEqualTo(world.s3);
            assertThat(secrets.passphrase()).isEqualTo("on-v1".toCharArray());
        }
    }

    @Test
    void theTeamConventionsOnKvV2() {
        try (JobSecrets secrets = storeSecrets(world.jobToken(), Conventions.of("7", "prd"))) {
            assertThat(secrets.s3Variables()).isEqualTo(world.s3);
            assertThat(secrets.passphrase()).isEqualTo(world.passphrase.toCharArray());
            assertThat(secrets.lease()).isEmpty();
        }
    }

    @Test
    void missingPath() {
        world.vault.kvDelete(VaultWorld.PASSPHRASE_PATH);
        PgBackupException e = storeFails(world.jobToken(), Conventions.of("7", "prd"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.render()).isEqualTo("error: vault secret secret/groupe-7/passphrase_s3_backup does not exist\n"
                + "HINT: write it: vault kv put secret/groupe-7/passphrase_s3_backup passphrase=...\n"
                + "HINT: or pass --vault-passphrase-path with the path where it is");
    }

    @Test
    void missingKeysAreNamedWithTheKeysPresentButNoValue() {
        world.vault.kvPut(VaultWorld.S3_PATH, Map.of("SCW_ACCESS_KEY", "AK", "SCW_DEFAULT_REGION", "fr-par",
                "SCW_DEFAULT_ZONE", "fr-par-1", "SCW_S3_URL_TYPO", "https://s3.fr-par.scw.cloud"));
        PgBackupException e = storeFails(world.jobToken(), Conventions.of("7", "prd"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.render()).isEqualTo("error: vault secret secret/groupe-7/scaleway_s3_backup has no keys"
                + " SCW_SECRET_KEY, SCW_S3_URL (keys present: SCW_ACCESS_KEY, SCW_DEFAULT_REGION, SCW_DEFAULT_ZONE, SCW_S3_URL_TYPO)\n"
                + "HINT: add it: vault kv patch secret/groupe-7/scaleway_s3_backup SCW_SECRET_KEY=... SCW_S3_URL=...\n"
                + "HINT: or pass --vault-s3-path with the path of a complete secret");
        assertThat(e.render()).doesNotContain("fr-par-1").doesNotContain("https://s3");
    }

    @Test
    void oneMissingKeyOnKvV1() {
        world.vault.kvV1Mount("kv1").kvPut("kv1/pass", Map.of("passwd", "x"));
        PgBackupException e = storeFails(world.vault.token("kv1/*", "secret/data/groupe-7/*"),
                Conventions.of("7", "prd").withPassphrasePath("kv1/pass"));
        assertThat(e.render()).isEqualTo("error: vault secret kv1/pass has no key passphrase (keys present: passwd)\n"
                + "HINT: add it: vault kv put kv1/pass with every key (KV v1 replaces the whole secret)\n"
                + "HINT: or pass --vault-passphrase-path with the path of a complete secret");
    }

    @Test
    void emptyPassphrase() {
        world.vault.kvPut(VaultWorld.PASSPHRASE_PATH, Map.of("passphrase", " "));
        PgBackupException e = storeFails(world.jobToken(), Conventions.of("7", "prd"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.getMessage()).isEqualTo("vault secret secret/groupe-7/passphrase_s3_backup has an empty value for key passphrase");
    }

    @Test
    void permissionDeniedOnTheSecret() {
        String token = world.vault.token("secret/data/groupe-7/scaleway_s3_backup");
        PgBackupException e = storeFails(token, Conventions.of("7", "prd"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.render()).isEqualTo("error: vault denied reading secret/groupe-7/passphrase_s3_backup: permission denied\n"
                + "HINT: the Vault policy of this job must allow \"read\" on secret/data/groupe-7/passphrase_s3_backup,"
                + " and the path must be on a mounted KV secrets engine\n"
                + "HINT: or pass --vault-passphrase-path with the path the job may read");
    }

    @Test
    void noAccessUnderTheMountFailsThePreflightLikeVault() {
        String token = world.vault.token("database/creds/backup-groupe-7-prd");
        PgBackupException e = storeFails(token, Conventions.of("7", "prd"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.render()).isEqualTo("error: vault denied reading secret/groupe-7/scaleway_s3_backup: no KV secrets"
                + " engine is mounted there, or this job's policy grants nothing under it (Vault 1.15+ answers both with 403"
                + " to the mounts lookup)\n"
                + "HINT: check that a KV engine is mounted at secret/ (an operator sees it in: vault secrets list)\n"
                + "HINT: the Vault policy of this job must allow \"read\" on secret/data/groupe-7/scaleway_s3_backup (KV v2)"
                + " or secret/groupe-7/scaleway_s3_backup (KV v1)\n"
                + "HINT: or pass --vault-s3-path with the path the job may read");
    }

    @Test
    void aPathOnNoMountIsA403AsOnVault115AndTheMessageSaysSo() {
        PgBackupException e = storeFails(world.vault.token("nokv/*", "secret/data/groupe-7/*"),
                Conventions.of("7", "prd").withS3Path("nokv/groupe-7/s3"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.getMessage()).startsWith("vault denied reading nokv/groupe-7/s3: no KV secrets engine is mounted there");
        assertThat(world.vault.requests()).noneMatch(r -> r.path().startsWith("nokv/"));
    }

    @Test
    void namespaceHeaderIsSent() {
        world.vault.namespace("team-a");
        Map<String, String> env = world.tokenEnv(world.jobToken());
        PgBackupException e = catchThrowableOfType(PgBackupException.class, () -> VaultJobSecrets.fetch(
                VaultConfig.fromEnv(env), Conventions.of("7", "prd"), JobKind.STORE_ONLY));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_LOGIN_FAILED);
        assertThat(e.getMessage()).isEqualTo("vault refused the token in VAULT_TOKEN: permission denied");

        env.put("VAULT_NAMESPACE", "team-a");
        try (JobSecrets secrets = VaultJobSecrets.fetch(VaultConfig.fromEnv(env), Conventions.of("7", "prd"), JobKind.STORE_ONLY)) {
            assertThat(secrets.passphrase()).isEqualTo(world.passphrase.toCharArray());
        }
        assertThat(world.vault.requests()).last().satisfies(r -> assertThat(r.header("X-Vault-Namespace")).contains("team-a"));
    }
}
