package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The passphrase: generated, 64 characters, in Vault, and never replaced. */
class PassphraseTest {

    @Test
    void passphraseIsSixtyFourRandomCharactersNeverReplaced() {
        for (String env : List.of("prd", "stg")) {
            JsonNode password = Synthesized.resource(env, "random_password", "backup_passphrase");
            assertThat(password.path("length").asInt()).isEqualTo(64);
            assertThat(password.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
            assertThat(password.path("lifecycle").path("ignore_changes").asString()).isEqualTo("all");
            assertThat(password.has("keepers")).as("keepers would replace the passphrase").isFalse();
            assertThat(password.path("override_special").asString()).doesNotContain("\"", "'", "\\", "$", "`");
        }
    }

    @Test
    void passphraseIsWrittenToItsVaultPathUnderKeyPassphraseAndNeverRewritten() {
        JsonNode secret = Synthesized.resource("prd", "vault_kv_secret_v2", "passphrase_s3_backup");
        assertThat(secret.path("mount").asString()).isEqualTo("secret");
        assertThat(secret.path("name").asString()).isEqualTo("groupe-7/passphrase_s3_backup");
        assertThat(secret.path("data_json").asString())
                .isEqualTo("${jsonencode({\"passphrase\" = random_password.backup_passphrase.result})}");
        assertThat(secret.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(secret.path("lifecycle").path("ignore_changes").asString()).isEqualTo("all");
        assertThat(Synthesized.resource("stg", "vault_kv_secret_v2", "passphrase_s3_backup").path("name").asString())
                .isEqualTo("groupe-7/stg/passphrase_s3_backup");
    }
}
