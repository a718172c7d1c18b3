package io.pgbackup.infra;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.TerraformVariableConfig;
import com.hashicorp.cdktf.TerraformVariableValidationConfig;
import imports.gitlab.provider.GitlabProvider;
import imports.random.provider.RandomProvider;
import imports.scaleway.provider.ScalewayProvider;
import imports.scaleway.provider.ScalewayProviderConfig;
import imports.vault.provider.VaultProvider;
import io.pgbackup.infra.settings.EnvironmentSettings;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * One environment's infrastructure for pgbackup: the bucket, the S3 key, the passphrase, the Vault
 * roles and policies, the CI login, the nightly schedule and the restore trigger. Credentials of
 * the providers come from the environment of {@code terraform} (SCW_ACCESS_KEY, VAULT_ADDR,
 * VAULT_TOKEN, GITLAB_TOKEN...), never from this code.
 */
public final class BackupInfraStack extends TerraformStack {

    private final StackInputs inputs;

    public BackupInfraStack(Construct scope, EnvironmentSettings settings) {
        super(scope, settings.name());
        this.inputs = variables(settings);
        providers(settings);
        GitlabManagedState.configure(this);

        BackupBucket bucket = new BackupBucket(this, "bucket", inputs);
        new S3Credentials(this, "s3-credentials", inputs, bucket);
        new DatabaseRoles(this, "database-roles", inputs);
        new VaultAccess(this, "vault-access", inputs);
        new ScheduleAndTrigger(this, "schedule-and-trigger", inputs);
        new JobVariables(this, "job-variables", inputs);
    }

    public StackInputs inputs() {
        return inputs;
    }

    private StackInputs variables(EnvironmentSettings settings) {
        TerraformVariable environnement = new TerraformVariable(this, "environnement", TerraformVariableConfig.builder()
                .type("string")
                .defaultValue(settings.name())
                .description("Environment name: names the bucket, the Vault roles and policies of this stack.")
                .validation(List.of(TerraformVariableValidationConfig.builder()
                        .condition("${can(regex(\"^[a-z][a-z0-9-]{1,15}$\", var.environnement))}")
                        .errorMessage("environnement is 2 to 16 lower-case letters, digits or hyphens, starting with a letter.")
                        .build(),
                        // the database connection, the secrets paths and the CI variables are named from the
                        // stack's environment at synth time: another value would point at another's
                        TerraformVariableValidationConfig.builder()
                        .condition("${var.environnement == \"" + settings.name() + "\"}")
                        .errorMessage("environnement is this stack's environment, " + settings.name() + ": its database"
                                + " connection, secrets paths and CI variables are built from it. Add an environment"
                                + " in Environments.java instead.")
                        .build()))
                .build());
        return new StackInputs(settings, environnement.getStringValue(),
                required("scaleway_project_id", "Scaleway project of the bucket and the S3 key (TF_VAR_scaleway_project_id)."),
                required("gitlab_project_id", "GitLab project that runs the backup pipelines (TF_VAR_gitlab_project_id=$CI_PROJECT_ID)."),
                required("vault_jwt_audience", "aud claim of the CI ID tokens, as in the jobs' id_tokens (TF_VAR_vault_jwt_audience)."),
                required("scaleway_terraform_principal",
                        "Principal running terraform, kept in the bucket policy, e.g. application_id:<uuid> (TF_VAR_scaleway_terraform_principal)."));
    }

    private String required(String name, String description) {
        return new TerraformVariable(this, name, TerraformVariableConfig.builder()
                .type("string").description(description).nullable(false).build()).getStringValue();
    }

    private void providers(EnvironmentSettings settings) {
        String organizationId = required("scaleway_organization_id",
                "Scaleway organization of the project: IAM applications and policies are created in it (TF_VAR_scaleway_organization_id).");
        new ScalewayProvider(this, "scaleway", ScalewayProviderConfig.builder()
                .region(settings.bucket().region())
                .zone(settings.bucket().zone())
                .projectId(inputs.scalewayProjectId())
                // IAM applications and policies belong to the organization, not the project: without it
                // the API refuses to create them
                .organizationId(organizationId)
                .build());
        new VaultProvider(this, "vault");
        new RandomProvider(this, "random");
        new GitlabProvider(this, "gitlab");
    }

    /** Tags put on what supports them, so that a console user sees where it comes from. */
    static Map<String, String> tags(StackInputs inputs) {
        return new TreeMap<>(Map.of("managed-by", "pgbackup-infra", "environnement", inputs.environnement(),
                "groupe", String.valueOf(inputs.settings().groupNumber())));
    }
}
