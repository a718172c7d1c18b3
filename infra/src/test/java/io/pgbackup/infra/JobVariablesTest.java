package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgbackup.infra.settings.CiSettings;
import io.pgbackup.infra.settings.EnvironmentSettings;
import io.pgbackup.infra.settings.Environments;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every environment-specific value the jobs use is an environment-scoped, protected CI/CD variable of
 * that environment, declared here; none of production's reaches a staging job. The restore
 * environment is a protected environment where the tier has them.
 */
class JobVariablesTest {
    private static final List<String> KEYS = List.of("PGHOST", "PGPORT", "PGDATABASE", "PGBACKUP_STORE", "SCW_S3_URL",
            "SCW_DEFAULT_REGION", "VAULT_ADDR", "PGBACKUP_GROUP", "PGBACKUP_OWNER_ROLE");

    /** scope → key → value of one environment's stack. */
    private static Map<String, Map<String, String>> variables(String env) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (JsonNode v : Synthesized.resources(env, "gitlab_project_variable")) {
            assertThat(v.path("protected").asBoolean()).as(v.toString()).isTrue();
            assertThat(v.path("masked").asBoolean()).isFalse();
            assertThat(v.path("raw").asBoolean()).isTrue();
            assertThat(v.path("project").asString()).isEqualTo("${var.gitlab_project_id}");
            String scope = Synthesized.withEnvironment(v.path("environment_scope").asString(), env);
            out.computeIfAbsent(scope, s -> new TreeMap<>())
                    .put(v.path("key").asString(), Synthesized.withEnvironment(v.path("value").asString(), env));
        }
        return out;
    }

    @Test
    void eachEnvironmentDeclaresItsJobsTargetForItselfAndItsRestoreEnvironment() {
        for (String env : List.of("prd", "stg")) {
            Map<String, Map<String, String>> v = variables(env);
            assertThat(v.keySet()).containsExactlyInAnyOrder(env, "pgbackup-restore/" + env);
            assertThat(v.get(env)).isEqualTo(v.get("pgbackup-restore/" + env));
            assertThat(v.get(env).keySet()).containsExactlyInAnyOrderElementsOf(KEYS);
            assertThat(v.get(env)).containsEntry("PGBACKUP_STORE", "s3://pgbackup-groupe-7-" + env + "/pgbackup")
                    .containsEntry("PGHOST", "postgres-" + env + ".internal").containsEntry("PGDATABASE", "app")
                    .containsEntry("SCW_S3_URL", "https://s3.fr-par.scw.cloud").containsEntry("PGBACKUP_GROUP", "7");
        }
    }

    @Test
    void noValueOfProductionIsAStagingValue() {
        Map<String, String> prd = variables("prd").get("prd");
        Map<String, String> stg = variables("stg").get("stg");
        for (String key : List.of("PGHOST", "PGBACKUP_STORE")) {
            assertThat(stg.get(key)).as(key).isNotEqualTo(prd.get(key)).doesNotContain("prd");
        }
    }

    @Test
    void onFreeThereIsNoProtectedEnvironment() {
        assertThat(Synthesized.resources("prd", "gitlab_project_protected_environment").isMissingNode()).isTrue();
    }

    @Test
    void onPremiumTheRestoreEnvironmentIsProtectedForMaintainersWithOneApproval() {
        EnvironmentSettings prd = Environments.production();
        EnvironmentSettings premium = prd.withCi(prd.ci().withTier(CiSettings.Tier.PREMIUM));
        JsonNode stack = Synthesized.JSON.readTree(SynthesizedJson.synthesize(List.of(premium)).get("prd"));
        JsonNode env = stack.path("resource").path("gitlab_project_protected_environment").path("restore_environment");
        assertThat(env.path("environment").asString()).isEqualTo("pgbackup-restore/${var.environnement}");
        assertThat(env.path("deploy_access_levels").get(0).path("access_level").asString()).isEqualTo("maintainer");
        assertThat(env.path("approval_rules").get(0).path("access_level").asString()).isEqualTo("maintainer");
        assertThat(env.path("approval_rules").get(0).path("required_approvals").asInt()).isEqualTo(1);
    }
}
