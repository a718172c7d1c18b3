package io.pgbackup.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bucket policy (Scaleway version {@code 2023-04-17}: what is not allowed is denied). The jobs'
 * application may list the bucket and read, write and delete objects; the principal running
 * Terraform may read and change the bucket's settings but not its objects. Nobody else: no
 * {@code "*"} principal. Only actions Scaleway supports in bucket policies appear (the bucket policy
 * itself is not one of them: its rights come from the Terraform principal's IAM permission set,
 * {@code ObjectStorageFullAccess} or the organization's owner).
 */
final class BucketPolicyDocument {

    static final List<String> JOB_BUCKET_ACTIONS = List.of("s3:ListBucket", "s3:ListBucketMultipartUploads");

    /**
     * {@code s3:GetObjectVersion}: in the versioned bucket a large backup's parts are copied server-side
     * from a given version; {@code s3:RestoreObject}: bringing an archived (GLACIER) backup back.
     */
    static final List<String> JOB_OBJECT_ACTIONS = List.of("s3:GetObject", "s3:GetObjectVersion", "s3:PutObject",
            "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts", "s3:RestoreObject");

    static final List<String> TERRAFORM_BUCKET_ACTIONS = List.of("s3:ListBucket", "s3:GetBucketLocation",
            "s3:GetBucketAcl", "s3:PutBucketAcl", "s3:GetBucketCORS", "s3:PutBucketCORS",
            "s3:GetBucketTagging", "s3:PutBucketTagging", "s3:GetBucketVersioning", "s3:PutBucketVersioning",
            "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration",
            "s3:GetBucketObjectLockConfiguration", "s3:PutBucketObjectLockConfiguration");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BucketPolicyDocument() {
    }

    /**
     * @param bucket             bucket name (a token: {@code ${scaleway_object_bucket.backups.name}})
     * @param jobPrincipal       {@code application_id:<id>} of the jobs' application
     * @param terraformPrincipal principal running Terraform, e.g. {@code application_id:<id>}
     */
    static String render(String bucket, String jobPrincipal, String terraformPrincipal) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("Version", "2023-04-17");
        policy.put("Id", "pgbackup-" + bucket);
        policy.put("Statement", List.of(
                statement("pgbackup-jobs-list-bucket", jobPrincipal, JOB_BUCKET_ACTIONS, List.of(bucket)),
                statement("pgbackup-jobs-objects", jobPrincipal, JOB_OBJECT_ACTIONS, List.of(bucket + "/*")),
                statement("terraform-bucket-settings", terraformPrincipal, TERRAFORM_BUCKET_ACTIONS, List.of(bucket))));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(policy);
    }

    private static Map<String, Object> statement(String sid, String principal, List<String> actions,
            List<String> resources) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        statement.put("Principal", Map.of("SCW", List.of(principal)));
        statement.put("Action", actions);
        statement.put("Resource", resources);
        return statement;
    }
}
