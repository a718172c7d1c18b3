package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON is committed and shown in merge requests: it holds references to secrets, never a
 * secret. Every secret value written to Vault is a reference to the attribute that holds it.
 */
class NoSecretInJsonTest {

    /** Secret-bearing attribute to the reference it must be. */
    static final Map<String, String> SECRET_REFERENCES = Map.of(
            "SCW_SECRET_KEY", "scaleway_iam_api_key.pgbackup_s3.secret_key",
            "SCW_ACCESS_KEY", "scaleway_iam_api_key.pgbackup_s3.access_key",
            "passphrase", "random_password.backup_passphrase.result",
            "token", "gitlab_pipeline_trigger.restore.token");

    static final Pattern ASSIGNMENT = Pattern.compile("\"([A-Za-z_]+)\" = ([^,}]+)");

    @Test
    void everySecretWrittenToVaultIsAReference() {
        for (String env : List.of("prd", "stg")) {
            int secrets = 0;
            for (JsonNode kv : Synthesized.resources(env, "vault_kv_secret_v2").values()) {
                String data = kv.path("data_json").asString();
                assertThat(data).startsWith("${jsonencode({").endsWith("})}");
                var matcher = ASSIGNMENT.matcher(data);
                while (matcher.find()) {
                    String expected = SECRET_REFERENCES.get(matcher.group(1));
                    if (expected != null) {
                        assertThat(matcher.group(2).trim()).as(matcher.group(1)).isEqualTo(expected);
                        secrets++;
                    }
                }
            }
            assertThat(secrets).as("secret values found in the Vault secrets of %s", env).isEqualTo(4);
        }
    }

    @Test
    void noCredentialLooksLikeItIsInTheJson() {
        for (String env : List.of("prd", "stg")) {
            String json = Synthesized.get().text.get(env);
            assertThat(json)
                    .doesNotContainPattern("SCW[A-Z0-9]{17}")             // a Scaleway access key
                    .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}") // a secret key / uuid
                    .doesNotContainPattern("glpat-|glptt-|hvs\\.|s\\.[A-Za-z0-9]{24}") // GitLab / Vault tokens
                    .doesNotContain("\"password\"").doesNotContain("\"username\"")
                    .doesNotContain("\"token\":").doesNotContain("secret_key\":");
            assertThat(Synthesized.stack(env).has("output")).as("no output can expose a secret").isFalse();
        }
    }

    @Test
    void stateBackendCarriesNoAddressNorCredential() {
        JsonNode http = Synthesized.stack("prd").path("terraform").path("backend").path("http");
        assertThat(http.propertyNames()).containsExactlyInAnyOrder("lock_method", "unlock_method", "retry_wait_min");
        assertThat(http.path("lock_method").asString()).isEqualTo("POST");
        assertThat(http.path("unlock_method").asString()).isEqualTo("DELETE");
    }
}
