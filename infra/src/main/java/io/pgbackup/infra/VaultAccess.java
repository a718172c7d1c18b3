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
 * environment {@code pgbackup-restore/<env>}; the verify role (the weekly restore drill, scheduled
 * on the protected default branch, outside that environment) only pipelines of a protected branch,
 * like backup. The {@code status} and {@code prune} jobs log in with the backup role. Tokens are short-lived and carry only their job's policy (and
 * Vault's {@code default}, for their own lookup and revocation).
 */
final class VaultAccess extends Construct {

    VaultAccess(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        Policy backup = policy(inputs.backupRole(), VaultPolicies.backup(inputs), "backup");
        Policy restore = policy(inputs.restoreRole(), VaultPolicies.restore(inputs), "restore");
        Policy verify = policy(inputs.verifyRole(), VaultPolicies.verify(inputs), "verify");

        jwtRole(inputs, inputs.backupRole(), backup, "backup", protectedBranchClaims(inputs));
        jwtRole(inputs, inputs.restoreRole(), restore, "restore", new TreeMap<>(Map.of(
                "project_id", inputs.gitlabProjectId(),
                "environment", inputs.restoreEnvironment(),
                "environment_protected", "true")));
        jwtRole(inputs, inputs.verifyRole(), verify, "verify", protectedBranchClaims(inputs));
    }

    /** Pipelines of a protected branch of the project: the nightly backup's and the weekly drill's. */
    private static Map<String, String> protectedBranchClaims(StackInputs inputs) {
        return new TreeMap<>(Map.of(
                "project_id", inputs.gitlabProjectId(),
                "ref_type", "branch",
                "ref_protected", "true"));
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
