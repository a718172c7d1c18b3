package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * IAM applications and policies are created in an organization: the provider is given it. And the
 * names built from the environment at synth time (database connection, secrets paths, CI variables)
 * cannot drift from var.environnement: it must be the stack's environment.
 */
class ScalewayOrganizationTest {

    @Test
    void theEnvironmentVariableMustBeTheStacksEnvironment() {
        for (String env : List.of("prd", "stg")) {
            JsonNode validations = Synthesized.stack(env).path("variable").path("environnement").path("validation");
            List<String> conditions = new java.util.ArrayList<>();
            validations.forEach(v -> conditions.add(v.path("condition").asString()));
            assertThat(conditions).contains("${var.environnement == \"" + env + "\"}");
            assertThat(Synthesized.resource(env, "vault_database_secret_backend_role", "backup").path("db_name").asString())
                    .isEqualTo("groupe-7-" + env);
        }
    }

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
