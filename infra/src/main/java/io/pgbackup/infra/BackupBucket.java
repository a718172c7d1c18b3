package io.pgbackup.infra;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import imports.scaleway.object_bucket.ObjectBucket;
import imports.scaleway.object_bucket.ObjectBucketConfig;
import imports.scaleway.object_bucket.ObjectBucketLifecycleRule;
import imports.scaleway.object_bucket.ObjectBucketLifecycleRuleExpiration;
import imports.scaleway.object_bucket.ObjectBucketVersioning;
import imports.scaleway.object_bucket_acl.ObjectBucketAcl;
import imports.scaleway.object_bucket_acl.ObjectBucketAclConfig;
import imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfiguration;
import imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationConfig;
import imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRule;
import imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention;
import io.pgbackup.infra.settings.BucketSettings;
import io.pgbackup.infra.settings.ObjectLock;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * The private, versioned backup bucket: ACL {@code private}, never force-destroyed nor replaced,
 * lifecycle rules (expiry, optional GLACIER transition, abort of incomplete multipart uploads) and
 * optional object lock. Who may use it is said by the bucket policy ({@link S3Credentials}).
 */
final class BackupBucket extends Construct {

    private final ObjectBucket bucket;

    BackupBucket(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        BucketSettings settings = inputs.settings().bucket();
        ObjectLock lock = settings.objectLock();
        bucket = new ObjectBucket(this, "backups", ObjectBucketConfig.builder()
                .name(inputs.bucketName())
                .projectId(inputs.scalewayProjectId())
                .region(settings.region())
                .tags(BackupInfraStack.tags(inputs))
                .forceDestroy(false)
                .objectLockEnabled(lock != null)
                .versioning(ObjectBucketVersioning.builder().enabled(true).build())
                .lifecycleRule(lifecycleRules(settings))
                // A bucket is only ever replaced by destroying it: never, whatever the plan says.
                .lifecycle(TerraformResourceLifecycle.builder().preventDestroy(true).build())
                .build());
        bucket.overrideLogicalId("backups");

        new ObjectBucketAcl(this, "acl", ObjectBucketAclConfig.builder()
                .bucket(bucket.getName())
                .projectId(inputs.scalewayProjectId())
                .region(settings.region())
                .acl("private")
                .build())
                .overrideLogicalId("backups_private");

        if (lock != null) {
            objectLock(inputs, lock);
        }
    }

    ObjectBucket bucket() {
        return bucket;
    }

    private static List<ObjectBucketLifecycleRule> lifecycleRules(BucketSettings settings) {
        // no transition to GLACIER: it would archive the manifests too (SettingsValidation refuses it)
        ObjectBucketLifecycleRule.Builder expire = ObjectBucketLifecycleRule.builder()
                .id("expire-backups")
                .enabled(true)
                .expiration(ObjectBucketLifecycleRuleExpiration.builder().days(settings.expirationDays()).build());
        List<ObjectBucketLifecycleRule> rules = new ArrayList<>();
        rules.add(expire.build());
        rules.add(ObjectBucketLifecycleRule.builder()
                .id("abort-incomplete-multipart-uploads")
                .enabled(true)
                .abortIncompleteMultipartUploadDays(BucketSettings.ABORT_INCOMPLETE_MULTIPART_UPLOAD_DAYS)
                .build());
        return rules;
    }

    private void objectLock(StackInputs inputs, ObjectLock lock) {
        new ObjectBucketLockConfiguration(this, "lock", ObjectBucketLockConfigurationConfig.builder()
                .bucket(bucket.getName())
                .projectId(inputs.scalewayProjectId())
                .region(inputs.settings().bucket().region())
                .rule(ObjectBucketLockConfigurationRule.builder()
                        .defaultRetention(ObjectBucketLockConfigurationRuleDefaultRetention.builder()
                                .mode(lock.mode().name())
                                .days(lock.retentionDays())
                                .build())
                        .build())
                .build())
                .overrideLogicalId("backups_object_lock");
    }
}
