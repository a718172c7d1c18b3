package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GitLab CI logs in with its ID token, bound to the project, the audience and a protected ref. */
class JwtRolesTest {

    @Test
    void backupRoleAcceptsOnlyProtectedBranchesOfTheProject() {
        JsonNode role = Synthesized.resource("prd", "vault_jwt_auth_backend_role", "backup");
        assertThat(role.path("role_name").asString()).isEqualTo("backup-groupe-7-${var.environnement}");
        assertThat(role.path("bound_claims").propertyNames())
                .containsExactlyInAnyOrder("project_id", "ref_protected", "ref_type");
        assertThat(role.path("bound_claims").path("project_id").asString()).isEqualTo("${var.gitlab_project_id}");
        assertThat(role.path("bound_claims").path("ref_protected").asString()).isEqualTo("true");
        assertThat(role.path("bound_claims").path("ref_type").asString()).isEqualTo("branch");
        assertThat(S3CredentialsTest.strings(role.path("token_policies"))).containsExactly("${vault_policy.backup.name}");
    }

    @Test
    void restoreRoleAcceptsOnlyTheProtectedRestoreEnvironment() {
        JsonNode role = Synthesized.resource("prd", "vault_jwt_auth_backend_role", "restore");
        assertThat(role.path("role_name").asString()).isEqualTo("restore-groupe-7-${var.environnement}");
        assertThat(role.path("bound_claims").propertyNames())
                .containsExactlyInAnyOrder("project_id", "environment", "environment_protected");
        assertThat(role.path("bound_claims").path("environment").asString()).isEqualTo("pgbackup-restore/${var.environnement}");
        assertThat(role.path("bound_claims").path("environment_protected").asString()).isEqualTo("true");
        assertThat(S3CredentialsTest.strings(role.path("token_policies"))).containsExactly("${vault_policy.restore.name}");
    }

    @Test
    void verifyRoleAcceptsOnlyProtectedBranchesOfTheProjectWithItsOwnPolicy() {
        for (String env : List.of("prd", "stg")) {
            JsonNode role = Synthesized.resource(env, "vault_jwt_auth_backend_role", "verify");
            assertThat(role.path("role_name").asString()).isEqualTo("verify-groupe-7-${var.environnement}");
            assertThat(role.path("bound_claims").propertyNames())
                    .containsExactlyInAnyOrder("project_id", "ref_protected", "ref_type");
            assertThat(role.path("bound_claims").path("project_id").asString()).isEqualTo("${var.gitlab_project_id}");
            assertThat(role.path("bound_claims").path("ref_protected").asString()).isEqualTo("true");
            assertThat(role.path("bound_claims").path("ref_type").asString()).isEqualTo("branch");
            assertThat(S3CredentialsTest.strings(role.path("token_policies")))
                    .containsExactly("${vault_policy.verify.name}");
        }
    }

    @Test
    void everyJobOfTheTemplateHasItsRole() {
        for (String env : List.of("prd", "stg")) {
            assertThat(Synthesized.resources(env, "vault_jwt_auth_backend_role").propertyNames())
                    .containsExactlyInAnyOrder("backup", "restore", "verify");
        }
    }

    @Test
    void everyRoleIsAJwtRoleWithAudienceAndShortTokens() {
        for (String env : List.of("prd", "stg")) {
            for (JsonNode role : Synthesized.resources(env, "vault_jwt_auth_backend_role").values()) {
                assertThat(role.path("role_type").asString()).isEqualTo("jwt");
                assertThat(role.path("backend").asString()).isEqualTo("jwt");
                assertThat(S3CredentialsTest.strings(role.path("bound_audiences"))).containsExactly("${var.vault_jwt_audience}");
                assertThat(role.path("bound_claims_type").asString()).isEqualTo("string");
                assertThat(role.path("user_claim").asString()).isEqualTo("user_login");
                assertThat(role.path("token_ttl").asInt()).isEqualTo(3600);
                assertThat(role.path("token_max_ttl").asInt()).isEqualTo(21600);
                assertThat(role.path("token_type").asString()).isEqualTo("service");
                assertThat(role.has("bound_cidrs") || role.has("token_period")).isFalse();
            }
        }
    }
}
