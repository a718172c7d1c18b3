package io.pgbackup.infra;

import imports.gitlab.project_protected_environment.ProjectProtectedEnvironment;
import imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules;
import imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentConfig;
import imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels;
import imports.gitlab.project_variable.ProjectVariable;
import imports.gitlab.project_variable.ProjectVariableConfig;
import io.pgbackup.infra.settings.CiSettings;
import io.pgbackup.infra.settings.JobTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * What an environment's jobs connect to, as that environment's CI/CD variables: every value that
 * differs between environments (server, database, store, S3 endpoint, Vault, group, owner role) is
 * an environment-scoped variable, scoped to the environment ({@code prd}) and to its restore
 * environment ({@code pgbackup-restore/prd}), so the YAML holds none and a job in staging can only
 * see staging's. The variables are protected: pipelines of unprotected branches and merge requests
 * get none of them. They are not secrets (those stay in Vault).
 *
 * <p>On GitLab Premium and Ultimate the restore environment is also a protected environment that
 * Maintainers only may deploy to, after one approval.
 */
final class JobVariables extends Construct {

    JobVariables(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        CiSettings ci = inputs.settings().ci();
        Map<String, String> values = values(inputs, ci.target());
        for (String environmentScope : List.of(inputs.environnement(), inputs.restoreEnvironment())) {
            String scopeId = environmentScope.equals(inputs.environnement()) ? "jobs" : "restore";
            values.forEach((key, value) -> new ProjectVariable(this, scopeId + "-" + key, ProjectVariableConfig.builder()
                    .project(inputs.gitlabProjectId())
                    .key(key)
                    .value(value)
                    .environmentScope(environmentScope)
                    .protectedValue(true)
                    .masked(false)
                    .raw(true)
                    .description("pgbackup: " + key + " of the " + inputs.settings().name() + " jobs (infra/)")
                    .build())
                    .overrideLogicalId(scopeId + "_" + key.toLowerCase()));
        }
        if (ci.tier() == CiSettings.Tier.PREMIUM) {
            protectRestoreEnvironment(inputs);
        }
    }

    /** The variables, in the order the jobs document them. */
    static Map<String, String> values(StackInputs inputs, JobTarget target) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("PGHOST", target.pgHost());
        v.put("PGPORT", Integer.toString(target.pgPort()));
        v.put("PGDATABASE", target.pgDatabase());
        v.put("PGBACKUP_STORE", "s3://" + inputs.bucketName() + "/pgbackup");
        v.put("SCW_S3_URL", "https://s3." + inputs.settings().bucket().region() + ".scw.cloud");
        v.put("SCW_DEFAULT_REGION", inputs.settings().bucket().region());
        v.put("VAULT_ADDR", target.vaultAddr());
        v.put("PGBACKUP_GROUP", Integer.toString(inputs.settings().groupNumber()));
        v.put("PGBACKUP_OWNER_ROLE", inputs.settings().vault().ownerRole());
        return v;
    }

    private void protectRestoreEnvironment(StackInputs inputs) {
        new ProjectProtectedEnvironment(this, "restore-environment", ProjectProtectedEnvironmentConfig.builder()
                .project(inputs.gitlabProjectId())
                .environment(inputs.restoreEnvironment())
                .deployAccessLevels(List.of(ProjectProtectedEnvironmentDeployAccessLevels.builder()
                        .accessLevel("maintainer").build()))
                .approvalRules(List.of(ProjectProtectedEnvironmentApprovalRules.builder()
                        .accessLevel("maintainer").requiredApprovals(1).build()))
                .build())
                .overrideLogicalId("restore_environment");
    }
}
