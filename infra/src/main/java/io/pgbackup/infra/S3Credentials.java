package io.pgbackup.infra;

import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import imports.scaleway.iam_application.IamApplication;
import imports.scaleway.iam_application.IamApplicationConfig;
import imports.scaleway.iam_policy.IamPolicy;
import imports.scaleway.iam_policy.IamPolicyConfig;
import imports.scaleway.iam_policy.IamPolicyRule;
import imports.scaleway.object_bucket_policy.ObjectBucketPolicy;
import imports.scaleway.object_bucket_policy.ObjectBucketPolicyConfig;
import imports.vault.kv_secret_v2.KvSecretV2;
import imports.vault.kv_secret_v2.KvSecretV2Config;
import java.util.List;
import software.constructs.Construct;

/**
 * The least-privilege S3 access of the jobs: an IAM application allowed object storage only, in this
 * project only, and the bucket policy that lets only that application (and the principal running
 * Terraform, for the bucket's settings) in. Its API key is created by infra/tools/bootstrap-secrets.sh
 * straight into Vault KV, so that no secret is in the state; the stack outputs the application's id
 * for it.
 */
final class S3Credentials extends Construct {

    /** Object storage only; objects read, written, deleted; buckets read. No bucket or IAM admin. */
    static final List<String> PERMISSION_SETS = List.of(
            "ObjectStorageObjectsRead", "ObjectStorageObjectsWrite", "ObjectStorageObjectsDelete",
            "ObjectStorageBucketsRead");

    S3Credentials(Construct scope, String id, StackInputs inputs, BackupBucket bucket) {
        super(scope, id);
        String name = "pgbackup-" + inputs.group() + "-" + inputs.environnement();
        IamApplication application = new IamApplication(this, "application", IamApplicationConfig.builder()
                .name(name)
                .description("pgbackup backup and restore jobs of " + inputs.group() + " " + inputs.environnement())
                .build());
        application.overrideLogicalId("pgbackup");

        new IamPolicy(this, "policy", IamPolicyConfig.builder()
                .name(name + "-object-storage")
                .description("pgbackup: object storage in the backup bucket's project, nothing else")
                .applicationId(application.getId())
                .rule(List.of(IamPolicyRule.builder()
                        .projectIds(List.of(inputs.scalewayProjectId()))
                        .permissionSetNames(PERMISSION_SETS)
                        .build()))
                .build())
                .overrideLogicalId("pgbackup_object_storage");

        // The API key is not created here: its secret would be in the state, which every Developer
        // can read. infra/tools/bootstrap-secrets.sh creates it for this application, into Vault.
        new TerraformOutput(this, "application-id", TerraformOutputConfig.builder()
                .value(application.getId())
                .description("The jobs' IAM application: bootstrap-secrets.sh --application-id")
                .build())
                .overrideLogicalId("jobs_application_id");

        new ObjectBucketPolicy(this, "bucket-policy", ObjectBucketPolicyConfig.builder()
                .bucket(bucket.bucket().getName())
                .projectId(inputs.scalewayProjectId())
                .region(inputs.settings().bucket().region())
                .policy(BucketPolicyDocument.render(bucket.bucket().getName(),
                        "application_id:" + application.getId(), inputs.terraformPrincipal()))
                .build())
                .overrideLogicalId("backups_only_pgbackup");
    }
}
