package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** IAM applications and policies are created in an organization: the provider is given it. */
class ScalewayOrganizationTest {

    @Test
    void theProviderCarriesTheOrganizationOfTheProject() {
        for (String env : List.of("prd", "stg")) {
            JsonNode provider = Synthesized.stack(env).path("provider").path("scaleway").get(0);
            assertThat(provider.path("organization_id").asString()).isEqualTo("${var.scaleway_organization_id}");
            assertThat(provider.path("project_id").asString()).isEqualTo("${var.scaleway_project_id}");
            JsonNode variable = Synthesized.stack(env).path("variable").path("scaleway_organization_id");
            assertThat(variable.path("nullable").asBoolean(true)).isFalse();
            assertThat(variable.has("default")).isFalse();
        }
    }
}
