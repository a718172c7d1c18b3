package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The jobs' S3 key: its own application, object storage only in this project, alone in the bucket. */
class S3CredentialsTest {

    static final String APP = "application_id:${scaleway_iam_application.pgbackup.id}";
    static final String BUCKET = "${scaleway_object_bucket.backups.name}";

    @Test
    void keyBelongsToADedicatedApplication() {
        JsonNode app = Synthesized.resource("prd", "scaleway_iam_application", "pgbackup");
        assertThat(app.path("name").asString()).isEqualTo("pgbackup-groupe-7-${var.environnement}");
    }

    @Test
    void iamPolicyAllowsObjectStorageOnlyInTheProjectOnly() {
        JsonNode policy = Synthesized.resource("prd", "scaleway_iam_policy", "pgbackup_object_storage");
        assertThat(policy.path("application_id").asString()).isEqualTo("${scaleway_iam_application.pgbackup.id}");
        assertThat(policy.path("rule").size()).isEqualTo(1);
        JsonNode rule = policy.path("rule").get(0);
        assertThat(rule.has("organization_id")).isFalse();
        assertThat(strings(rule.path("project_ids"))).containsExactly("${var.scaleway_project_id}");
        assertThat(strings(rule.path("permission_set_names")))
                .containsExactlyInAnyOrder("ObjectStorageObjectsRead", "ObjectStorageObjectsWrite",
                        "ObjectStorageObjectsDelete", "ObjectStorageBucketsRead")
                .allMatch(name -> name.startsWith("ObjectStorage") && !name.contains("FullAccess"));
    }

    @Test
    void bucketPolicyLetsOnlyTheApplicationAndTerraformIn() {
        for (String env : List.of("prd", "stg")) {
            JsonNode resource = Synthesized.resource(env, "scaleway_object_bucket_policy", "backups_only_pgbackup");
            assertThat(resource.path("bucket").asString()).isEqualTo(BUCKET);
            JsonNode policy = Synthesized.JSON.readTree(resource.path("policy").asString());
            assertThat(policy.path("Version").asString()).isEqualTo("2023-04-17");
            List<String> principals = new ArrayList<>();
            for (JsonNode statement : policy.path("Statement").values()) {
                assertThat(statement.path("Effect").asString()).isEqualTo("Allow");
                assertThat(statement.path("Principal").propertyNames()).containsExactly("SCW");
                principals.addAll(strings(statement.path("Principal").path("SCW")));
                assertThat(strings(statement.path("Resource"))).allMatch(r -> r.equals(BUCKET) || r.equals(BUCKET + "/*"));
                assertThat(strings(statement.path("Action"))).allMatch(a -> a.startsWith("s3:") && !a.contains("*"));
            }
            assertThat(principals).doesNotContain("*").allMatch(p -> p.equals(APP)
                    || p.equals("${var.scaleway_terraform_principal}"));
        }
    }

    @Test
    void onlyTheApplicationTouchesObjectsAndTerraformOnlyTheBucketSettings() {
        JsonNode policy = Synthesized.JSON.readTree(Synthesized.resource("prd", "scaleway_object_bucket_policy",
                "backups_only_pgbackup").path("policy").asString());
        for (JsonNode statement : policy.path("Statement").values()) {
            List<String> actions = strings(statement.path("Action"));
            List<String> principals = strings(statement.path("Principal").path("SCW"));
            if (principals.contains(APP)) {
                assertThat(actions).isSubsetOf("s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetObject",
                        "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload",
                        "s3:ListMultipartUploadParts", "s3:RestoreObject");
            } else {
                assertThat(actions).noneMatch(a -> a.contains("Object") && !a.contains("ObjectLockConfiguration"));
                assertThat(strings(statement.path("Resource"))).containsExactly(BUCKET);
            }
        }
    }

    static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }
}
