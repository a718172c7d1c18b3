package io.pgbackup.infra;

import com.hashicorp.cdktf.Fn;
import imports.scaleway.iam_api_key.IamApiKey;
import imports.scaleway.iam_api_key.IamApiKeyConfig;
import imports.scaleway.iam_application.IamApplication;
import imports.scaleway.iam_application.IamApplicationConfig;
import imports.scaleway.iam_policy.IamPolicy;
import imports.scaleway.iam_policy.IamPolicyConfig;
import imports.scaleway.iam_policy.IamPolicyRule;
import imports.scaleway.object_bucket_policy.ObjectBucketPolicy;
import imports.scaleway.object_bucket_policy.ObjectBucketPolicyConfig;
import imports.vault.kv_secret_v2.KvSecretV2;
import imports.vault.kv_secret_v2.KvSecretV2Config;
import io.pgbackup.infra.settings.BucketSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The least-privilege S3 key of the jobs: an IAM application allowed object storage only, in this
 * project only; its API key; the bucket policy that lets only that application (and the principal
 * running Terraform, for the bucket's settings) in; and the key written to Vault KV with the five
 * values the job reads. The secret key never appears in the JSON: only a reference to it does.
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

        IamApiKey key = new IamApiKey(this, "api-key", IamApiKeyConfig.builder()
                .applicationId(application.getId())
                .defaultProjectId(inputs.scalewayProjectId())
                .description("S3 key of pgbackup " + inputs.group() + " " + inputs.environnement())
                .build());
        key.overrideLogicalId("pgbackup_s3");

        new ObjectBucketPolicy(this, "bucket-policy", ObjectBucketPolicyConfig.builder()
                .bucket(bucket.bucket().getName())
                .projectId(inputs.scalewayProjectId())
                .region(inputs.settings().bucket().region())
                .policy(BucketPolicyDocument.render(bucket.bucket().getName(),
                        "application_id:" + application.getId(), inputs.terraformPrincipal()))
                .build())
                .overrideLogicalId("backups_only_pgbackup");

        new KvSecretV2(this, "kv", KvSecretV2Config.builder()
                .mount(inputs.settings().vault().kvMount())
                .name(inputs.s3SecretName())
                .dataJson(Fn.jsonencode(s3Settings(inputs.settings().bucket(), key)))
                .build())
                .overrideLogicalId("scaleway_s3_backup");
    }

    /** The five keys the job reads from {@code secret/groupe-<N>/scaleway_s3_backup}. */
    private static Map<String, String> s3Settings(BucketSettings bucket, IamApiKey key) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SCW_ACCESS_KEY", key.getAccessKey());
        values.put("SCW_SECRET_KEY", key.getSecretKey());
        values.put("SCW_DEFAULT_ZONE", bucket.zone());
        values.put("SCW_DEFAULT_REGION", bucket.region());
        values.put("SCW_S3_URL", bucket.s3Url());
        return values;
    }
}
