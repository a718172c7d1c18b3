package io.pgbackup.infra;

import imports.vault.jwt_auth_backend_role.JwtAuthBackendRole;
import imports.vault.jwt_auth_backend_role.JwtAuthBackendRoleConfig;
import imports.vault.policy.Policy;
import imports.vault.policy.PolicyConfig;
import io.pgbackup.infra.settings.VaultSettings;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * How CI jobs get into Vault: one policy per job ({@link VaultPolicies}) and one JWT auth role per
 * job, bound to the GitLab project and to the audience of the jobs' ID tokens. The backup role only
 * accepts pipelines of a protected branch; the restore role only jobs running in the protected
 * environment {@code pgbackup-restore/<env>}. Tokens are short-lived and carry only their job's policy (and
 * Vault's {@code default}, for their own lookup and revocation).
 */
final class VaultAccess extends Construct {

    VaultAccess(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        Policy backup = policy(inputs.backupRole(), VaultPolicies.backup(inputs), "backup");
        Policy restore = policy(inputs.restoreRole(), VaultPolicies.restore(inputs), "restore");

        jwtRole(inputs, inputs.backupRole(), backup, "backup", new TreeMap<>(Map.of(
                "project_id", inputs.gitlabProjectId(),
                "ref_type", "branch",
                "ref_protected", "true")));
        jwtRole(inputs, inputs.restoreRole(), restore, "restore", new TreeMap<>(Map.of(
                "project_id", inputs.gitlabProjectId(),
                "environment", inputs.restoreEnvironment(),
                "environment_protected", "true")));
    }

    private Policy policy(String role, String hcl, String logicalId) {
        Policy policy = new Policy(this, logicalId + "-policy", PolicyConfig.builder()
                .name("pgbackup-" + role)
                .policy(hcl)
                .build());
        policy.overrideLogicalId(logicalId);
        return policy;
    }

    private void jwtRole(StackInputs inputs, String name, Policy policy, String logicalId,
            Map<String, String> boundClaims) {
        VaultSettings vault = inputs.settings().vault();
        new JwtAuthBackendRole(this, logicalId + "-jwt-role", JwtAuthBackendRoleConfig.builder()
                .backend(vault.jwtMount())
                .roleName(name)
                .roleType("jwt")
                .userClaim("user_login")
                .boundAudiences(List.of(inputs.vaultAudience()))
                .boundClaimsType("string")
                .boundClaims(boundClaims)
                .tokenPolicies(List.of(policy.getName()))
                .tokenTtl(vault.tokenTtl())
                .tokenMaxTtl(vault.tokenMaxTtl())
                .tokenType("service")
                .build())
                .overrideLogicalId(logicalId);
    }
}
