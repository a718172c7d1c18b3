package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No resource whose state would hold a secret is in a synthesized stack (the fixture lists them, with
 * where each provider says so): the passphrase, the jobs' S3 key and the restore trigger token are
 * created by infra/tools/bootstrap-secrets.sh straight into Vault. The jobs' CI/CD variables that
 * the stacks declare are no secrets (not masked).
 */
class SecretsOutOfStateTest {

    static List<String> secretTypes() throws IOException {
        try (InputStream in = SecretsOutOfStateTest.class.getResourceAsStream("/secret-attributes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceFirst("#.*$", "").strip()).filter(l -> !l.isEmpty())
                    .map(l -> l.split("\\s+")[0]).toList();
        }
    }

    @Test
    void noStackHoldsAResourceThatKeepsASecretInItsState() throws IOException {
        assertThat(secretTypes()).contains("scaleway_iam_api_key", "random_password", "gitlab_pipeline_trigger",
                "vault_kv_secret_v2");
        for (String env : List.of("prd", "stg")) {
            JsonNode resources = Synthesized.stack(env).path("resource");
            assertThat(resources.propertyNames()).as(env).doesNotContainAnyElementsOf(secretTypes());
            for (JsonNode variable : resources.path("gitlab_project_variable")) {
                assertThat(variable.path("masked").asBoolean()).as(variable.path("key").asString()).isFalse();
            }
        }
    }

    @Test
    void theJobsApplicationIdIsAnOutputForTheBootstrap() {
        JsonNode output = Synthesized.stack("prd").path("output").path("jobs_application_id");
        assertThat(output.path("value").asString()).isEqualTo("${scaleway_iam_application.pgbackup.id}");
        assertThat(output.path("sensitive").asBoolean(false)).isFalse();
    }
}
