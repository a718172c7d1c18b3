package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The JSON is committed and shown in merge requests: it holds no secret, nor anything that looks
 * like one (the secrets themselves are created into Vault by infra/tools/bootstrap-secrets.sh).
 */
class NoSecretInJsonTest {

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
            // the only output is the jobs' application id, for the bootstrap: no secret
            assertThat(Synthesized.stack(env).path("output").propertyNames()).containsExactly("jobs_application_id");
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
