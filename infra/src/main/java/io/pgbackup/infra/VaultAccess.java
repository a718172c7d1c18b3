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
 * How CI jobs get into Vault: one policy ({@link VaultPolicies}) and one JWT auth role per job kind,
 * each bound to the GitLab project, the audience of the jobs' ID tokens, and only the pipelines
 * that are meant to run that job (GitLab's ID token claims; a list value is comma-separated, as the
 * Terraform provider splits it):
 * <ul>
 *   <li>backup: the nightly schedule and pushes (a deploy's backup) on the protected default branch;</li>
 *   <li>restore: the protected environment {@code pgbackup-restore/<env>}, a protected branch, and a
 *       {@code trigger} pipeline (the restore trigger of {@link ScheduleAndTrigger}), so that an
 *       edited .gitlab-ci.yml on an unprotected branch that names the environment gets nothing;</li>
 *   <li>verify: the schedule on the protected default branch;</li>
 *   <li>status: the schedule and pushes on the protected default branch; prune: the schedule.
 *       Their policies hold no database path.</li>
 * </ul>
 * Tokens live {@code token_ttl} and are renewed by the job up to {@code token_max_ttl}, which
 * {@code SettingsValidation} keeps above the CI job timeout; they carry only their job's policy and
 * Vault's {@code default}.
 */
final class VaultAccess extends Construct {

    VaultAccess(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        Policy backup = policy(inputs.backupRole(), VaultPolicies.backup(inputs), "backup");
        Policy restore = policy(inputs.restoreRole(), VaultPolicies.restore(inputs), "restore");
        Policy verify = policy(inputs.verifyRole(), VaultPolicies.verify(inputs), "verify");
        Policy status = policy(inputs.statusRole(), VaultPolicies.storeOnly(inputs), "status");
        Policy prune = policy(inputs.pruneRole(), VaultPolicies.storeOnly(inputs), "prune");

        jwtRole(inputs, inputs.backupRole(), backup, "backup", defaultBranch(inputs, "schedule,push"));
        Map<String, String> restoreClaims = new TreeMap<>(Map.of(
                "project_id", inputs.gitlabProjectId(),
                "environment", inputs.restoreEnvironment(),
                "environment_protected", "true",
                "ref_type", "branch",
                "ref_protected", "true",
                "pipeline_source", "trigger"));
        jwtRole(inputs, inputs.restoreRole(), restore, "restore", restoreClaims);
        jwtRole(inputs, inputs.verifyRole(), verify, "verify", defaultBranch(inputs, "schedule"));
        jwtRole(inputs, inputs.statusRole(), status, "status", defaultBranch(inputs, "schedule,push"));
        jwtRole(inputs, inputs.pruneRole(), prune, "prune", defaultBranch(inputs, "schedule"));
    }

    /** Pipelines of these sources on the project's protected default branch (the schedule's ref). */
    private static Map<String, String> defaultBranch(StackInputs inputs, String pipelineSources) {
        return new TreeMap<>(Map.of(
                "project_id", inputs.gitlabProjectId(),
                "ref", inputs.settings().ci().scheduleRef(),
                "ref_type", "branch",
                "ref_protected", "true",
                "pipeline_source", pipelineSources));
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
