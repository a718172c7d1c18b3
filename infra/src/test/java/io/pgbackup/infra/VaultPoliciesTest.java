package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each job's Vault policy, parsed as HCL, allows its own paths and nothing else. */
class VaultPoliciesTest {

    /** Path to its capabilities, from the policy text of the synthesized resource. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> paths(String env, String policy) throws Exception {
        JsonNode resource = Synthesized.resource(env, "vault_policy", policy);
        String hcl = Synthesized.withEnvironment(resource.path("policy").asString(), env);
        Map<String, Object> parsed = new HCLParser().parse(hcl);
        assertThat(parsed).containsOnlyKeys("path");
        return (Map<String, Map<String, Object>>) parsed.get("path");
    }

    static List<String> expectedPaths(String env, String job, String secrets) {
        return List.of("database/creds/" + job + "-groupe-7-" + env,
                "secret/data/" + secrets + "/scaleway_s3_backup",
                "secret/data/" + secrets + "/passphrase_s3_backup",
                "sys/leases/renew", "sys/leases/revoke");
    }

    @Test
    void backupPolicyAllowsOnlyTheBackupPaths() throws Exception {
        Map<String, Map<String, Object>> paths = paths("prd", "backup");
        assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(expectedPaths("prd", "backup", "groupe-7"));
        assertReadOnlySecretsAndOwnLeases(paths, "database/creds/backup-groupe-7-prd");
        assertThat(Synthesized.resource("prd", "vault_policy", "backup").path("name").asString())
                .isEqualTo("pgbackup-backup-groupe-7-${var.environnement}");
    }

    @Test
    void restorePolicyAllowsOnlyTheRestorePaths() throws Exception {
        Map<String, Map<String, Object>> paths = paths("stg", "restore");
        assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(expectedPaths("stg", "restore", "groupe-7/stg"));
        assertReadOnlySecretsAndOwnLeases(paths, "database/creds/restore-groupe-7-stg");
    }

    @Test
    void verifyPolicyAllowsOnlyItsOwnAccountAndTheTwoSecrets() throws Exception {
        for (String env : List.of("prd", "stg")) {
            String secrets = env.equals("prd") ? "groupe-7" : "groupe-7/stg";
            Map<String, Map<String, Object>> paths = paths(env, "verify");
            assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(expectedPaths(env, "verify", secrets));
            assertReadOnlySecretsAndOwnLeases(paths, "database/creds/verify-groupe-7-" + env);
            assertThat(paths.keySet()).noneMatch(p -> p.contains("backup-") || p.contains("restore-")
                    || p.contains("gitlab_restore_trigger") || p.contains("*") || p.contains("+"));
        }
        assertThat(Synthesized.resource("prd", "vault_policy", "verify").path("name").asString())
                .isEqualTo("pgbackup-verify-groupe-7-${var.environnement}");
    }

    @Test
    void statusAndPruneReadTheTwoSecretsAndNoDatabaseAccount() throws Exception {
        for (String env : List.of("prd", "stg")) {
            String secrets = env.equals("prd") ? "groupe-7" : "groupe-7/stg";
            for (String kind : List.of("status", "prune")) {
                Map<String, Map<String, Object>> paths = paths(env, kind);
                assertThat(paths.keySet()).containsExactlyInAnyOrder("secret/data/" + secrets + "/scaleway_s3_backup",
                        "secret/data/" + secrets + "/passphrase_s3_backup");
                assertReadOnlySecretsAndOwnLeases(paths, null);
            }
        }
    }

    @Test
    void thereIsOnePolicyPerJwtRole() {
        for (String env : List.of("prd", "stg")) {
            assertThat(Synthesized.resources(env, "vault_policy").propertyNames())
                    .containsExactlyInAnyOrder("backup", "restore", "verify", "status", "prune");
        }
    }

    @Test
    void neitherPolicyReachesTheOthersAccountsNorWildcards() throws Exception {
        for (String env : List.of("prd", "stg")) {
            assertThat(paths(env, "backup").keySet()).noneMatch(p -> p.contains("restore") || p.contains("*")
                    || p.contains("+"));
            assertThat(paths(env, "restore").keySet()).noneMatch(p -> p.contains("backup-") || p.contains("*")
                    || p.contains("+"));
            assertThat(paths(env, "backup").keySet()).noneMatch(p -> p.contains("gitlab_restore_trigger"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertReadOnlySecretsAndOwnLeases(Map<String, Map<String, Object>> paths, String creds) {
        for (var entry : paths.entrySet()) {
            List<Object> capabilities = (List<Object>) entry.getValue().get("capabilities");
            if (entry.getKey().startsWith("sys/leases/")) {
                assertThat(capabilities).containsExactly("update");
                Map<String, Object> allowed = (Map<String, Object>) entry.getValue().get("allowed_parameters");
                assertThat(allowed).as("%s restricted to the job's own leases", entry.getKey()).isNotNull();
                assertThat((List<Object>) allowed.get("lease_id")).containsExactly(creds + "/*");
            } else {
                assertThat(capabilities).as(entry.getKey()).containsExactly("read");
                assertThat(entry.getValue()).containsOnlyKeys("capabilities");
            }
        }
    }
}
