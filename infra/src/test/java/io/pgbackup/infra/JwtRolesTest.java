package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GitLab CI logs in with its ID token, bound to the project, the audience, a protected ref and the pipelines of each job. */
class JwtRolesTest {

    private static Map<String, String> claims(String env, String role) {
        JsonNode r = Synthesized.resource(env, "vault_jwt_auth_backend_role", role);
        Map<String, String> out = new TreeMap<>();
        r.path("bound_claims").properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    private static Map<String, String> defaultBranch(String sources) {
        return Map.of("project_id", "${var.gitlab_project_id}", "ref", "main", "ref_type", "branch",
                "ref_protected", "true", "pipeline_source", sources);
    }

    @Test
    void backupRoleAcceptsOnlyTheScheduleAndPushesOnTheProtectedDefaultBranch() {
        JsonNode role = Synthesized.resource("prd", "vault_jwt_auth_backend_role", "backup");
        assertThat(role.path("role_name").asString()).isEqualTo("backup-groupe-7-${var.environnement}");
        assertThat(claims("prd", "backup")).isEqualTo(defaultBranch("schedule,push"));
        assertThat(S3CredentialsTest.strings(role.path("token_policies"))).containsExactly("${vault_policy.backup.name}");
    }

    @Test
    void restoreRoleAcceptsOnlyATriggerPipelineOfAProtectedRefInTheProtectedEnvironment() {
        JsonNode role = Synthesized.resource("prd", "vault_jwt_auth_backend_role", "restore");
        assertThat(role.path("role_name").asString()).isEqualTo("restore-groupe-7-${var.environnement}");
        assertThat(claims("prd", "restore")).isEqualTo(Map.of("project_id", "${var.gitlab_project_id}",
                "environment", "pgbackup-restore/${var.environnement}", "environment_protected", "true",
                "ref_type", "branch", "ref_protected", "true", "pipeline_source", "trigger"));
        assertThat(S3CredentialsTest.strings(role.path("token_policies"))).containsExactly("${vault_policy.restore.name}");
    }

    @Test
    void verifyStatusAndPruneRolesAcceptOnlyTheirPipelinesWithTheirOwnPolicy() {
        for (String env : List.of("prd", "stg")) {
            for (var kind : Map.of("verify", "schedule", "status", "schedule,push", "prune", "schedule").entrySet()) {
                JsonNode role = Synthesized.resource(env, "vault_jwt_auth_backend_role", kind.getKey());
                assertThat(role.path("role_name").asString()).isEqualTo(kind.getKey() + "-groupe-7-${var.environnement}");
                assertThat(claims(env, kind.getKey())).as(kind.getKey()).isEqualTo(defaultBranch(kind.getValue()));
                assertThat(S3CredentialsTest.strings(role.path("token_policies")))
                        .containsExactly("${vault_policy." + kind.getKey() + ".name}");
            }
        }
    }

    @Test
    void everyJobOfTheTemplateHasItsRole() {
        for (String env : List.of("prd", "stg")) {
            assertThat(Synthesized.resources(env, "vault_jwt_auth_backend_role").propertyNames())
                    .containsExactlyInAnyOrder("backup", "restore", "verify", "status", "prune");
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
