package io.pgbackup.infra.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bootstrap creates the three secrets straight into Vault (never printed), keeps what exists on
 * a second run (no second API key, no second trigger, the passphrase untouched), and stops with one
 * clear error and a HINT when a credential is missing or refused.
 */
class BootstrapSecretsTest {
    private static final String[] ARGS = {"--environment", "stg", "--application-id",
            "11111111-2222-3333-4444-555555555555", "--project-id", "66666666-7777-8888-9999-000000000000",
            "--gitlab-project-id", "1217"};

    record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BootstrapMain.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> env(ApiStandIns apis) {
        Map<String, String> env = new HashMap<>();
        env.put("VAULT_ADDR", apis.url());
        env.put("VAULT_TOKEN", apis.vaultToken);
        env.put("SCW_API_URL", apis.url());
        env.put("SCW_SECRET_KEY", apis.scalewaySecret);
        env.put("GITLAB_BASE_URL", apis.url() + "/api/v4");
        env.put("GITLAB_TOKEN", apis.gitlabToken);
        return env;
    }

    @Test
    void createsTheThreeSecretsIntoVaultThenKeepsThem() throws Exception {
        try (ApiStandIns apis = new ApiStandIns()) {
            Run first = run(env(apis), ARGS);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(apis.kv.keySet()).containsExactlyInAnyOrder("groupe-7/stg/passphrase_s3_backup",
                    "groupe-7/stg/scaleway_s3_backup", "groupe-7/stg/gitlab_restore_trigger");
            String passphrase = apis.kv.get("groupe-7/stg/passphrase_s3_backup").path("passphrase").asString();
            assertThat(passphrase).hasSize(64).matches("[" + java.util.regex.Pattern.quote(BootstrapSecrets.ALPHABET) + "]+");
            assertThat(apis.kv.get("groupe-7/stg/scaleway_s3_backup").propertyNames()).containsExactly("SCW_ACCESS_KEY",
                    "SCW_SECRET_KEY", "SCW_DEFAULT_ZONE", "SCW_DEFAULT_REGION", "SCW_S3_URL");
            assertThat(apis.kv.get("groupe-7/stg/scaleway_s3_backup").path("SCW_SECRET_KEY").asString())
                    .isEqualTo(apis.issuedSecrets.get("scaleway secret key"));
            assertThat(apis.kv.get("groupe-7/stg/gitlab_restore_trigger").path("token").asString())
                    .isEqualTo(apis.issuedSecrets.get("trigger token"));
            assertThat(first.out()).contains("created  secret/groupe-7/stg/passphrase_s3_backup")
                    .contains("created  secret/groupe-7/stg/scaleway_s3_backup (API key SCW")
                    .contains("created  secret/groupe-7/stg/gitlab_restore_trigger");
            assertNoSecret(apis, first, passphrase);

            Run second = run(env(apis), ARGS);
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.out()).contains("kept     secret/groupe-7/stg/passphrase_s3_backup (it exists; never replaced)")
                    .doesNotContain("created");
            assertThat(apis.apiKeys.get()).isEqualTo(1);
            assertThat(apis.triggers.get()).isEqualTo(1);
            assertThat(apis.kv.get("groupe-7/stg/passphrase_s3_backup").path("passphrase").asString()).isEqualTo(passphrase);
            assertNoSecret(apis, second, passphrase);
        }
    }

    @Test
    void aMissingOrRefusedCredentialStopsWithAHint() throws Exception {
        try (ApiStandIns apis = new ApiStandIns()) {
            Map<String, String> noToken = env(apis);
            noToken.remove("GITLAB_TOKEN");
            Run missing = run(noToken, ARGS);
            assertThat(missing.code()).isEqualTo(3);
            assertThat(missing.err()).contains("error: not set: GITLAB_TOKEN").contains("HINT: export them");

            Map<String, String> wrongVault = env(apis);
            wrongVault.put("VAULT_TOKEN", "hvs.wrong");
            Run refused = run(wrongVault, ARGS);
            assertThat(refused.code()).isEqualTo(10);
            assertThat(refused.err()).contains("error: Vault refused to read the metadata of secret/groupe-7/stg/"
                    + "passphrase_s3_backup (403)").contains("HINT: use a VAULT_TOKEN whose policy grants create");

            Map<String, String> wrongScaleway = env(apis);
            wrongScaleway.put("SCW_SECRET_KEY", "00000000-0000-0000-0000-000000000000");
            Run scw = run(wrongScaleway, ARGS);
            assertThat(scw.code()).isEqualTo(10);
            assertThat(scw.err()).contains("Scaleway refused to create the jobs' API key (401)").contains("HINT: ");
            assertThat(apis.kv.keySet()).containsExactly("groupe-7/stg/passphrase_s3_backup");

            assertThat(run(env(apis), "--environment", "dev").code()).isEqualTo(2);
        }
    }

    private static void assertNoSecret(ApiStandIns apis, Run run, String passphrase) {
        String all = run.out() + run.err();
        assertThat(all).doesNotContain(passphrase).doesNotContain(apis.vaultToken).doesNotContain(apis.scalewaySecret)
                .doesNotContain(apis.gitlabToken);
        apis.issuedSecrets.values().forEach(s -> assertThat(all).doesNotContain(s));
    }
}
