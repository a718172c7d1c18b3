package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bucket: named from var.environnement, private, versioned, never destroyed, locked in prd. */
class BucketTest {

    @Test
    void bucketIsNamedFromTheEnvironmentVariableWithItsPrefix() {
        assertThat(Synthesized.resource("prd", "scaleway_object_bucket", "backups").path("name").asString())
                .isEqualTo("pgbackup-groupe-7-${var.environnement}");
        assertThat(Synthesized.resource("stg", "scaleway_object_bucket", "backups").path("name").asString())
                .isEqualTo("pgbackup-groupe-7-${var.environnement}");
        assertThat(Synthesized.resources("prd", "scaleway_object_bucket").size()).isEqualTo(1);
    }

    @Test
    void bucketIsVersionedInTheProjectAndNeverForceDestroyedNorDestroyed() {
        for (String env : List.of("prd", "stg")) {
            JsonNode bucket = Synthesized.resource(env, "scaleway_object_bucket", "backups");
            assertThat(bucket.path("versioning").path("enabled").asBoolean()).isTrue();
            assertThat(bucket.path("force_destroy").isBoolean()).isTrue();
            assertThat(bucket.path("force_destroy").asBoolean()).isFalse();
            assertThat(bucket.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
            assertThat(bucket.path("project_id").asString()).isEqualTo("${var.scaleway_project_id}");
            assertThat(bucket.path("region").asString()).isEqualTo("fr-par");
        }
    }

    @Test
    void bucketIsPrivateThroughItsAclResourceNotTheDeprecatedArgument() {
        for (String env : List.of("prd", "stg")) {
            assertThat(Synthesized.resource(env, "scaleway_object_bucket", "backups").has("acl")).isFalse();
            JsonNode acls = Synthesized.resources(env, "scaleway_object_bucket_acl");
            assertThat(acls.size()).isEqualTo(1);
            JsonNode acl = acls.path("backups_private");
            assertThat(acl.path("acl").asString()).isEqualTo("private");
            assertThat(acl.path("bucket").asString()).isEqualTo("${scaleway_object_bucket.backups.name}");
            assertThat(acl.has("access_control_policy")).isFalse();
        }
    }

    @Test
    void nothingAnywhereMakesTheBucketPublic() {
        for (String env : List.of("prd", "stg")) {
            String json = Synthesized.get().text.get(env);
            assertThat(json).doesNotContain("public-read").doesNotContain("authenticated-read")
                    .doesNotContain("AllUsers").doesNotContain("AuthenticatedUsers");
        }
    }

    @Test
    void productionBucketHasGovernanceObjectLockOfThirtyDays() {
        JsonNode bucket = Synthesized.resource("prd", "scaleway_object_bucket", "backups");
        assertThat(bucket.path("object_lock_enabled").asBoolean()).isTrue();
        JsonNode lock = Synthesized.resource("prd", "scaleway_object_bucket_lock_configuration", "backups_object_lock");
        assertThat(lock.path("bucket").asString()).isEqualTo("${scaleway_object_bucket.backups.name}");
        JsonNode retention = lock.path("rule").path("default_retention");
        assertThat(retention.path("mode").asString()).isEqualTo("GOVERNANCE");
        assertThat(retention.path("days").asInt()).isEqualTo(30);
        assertThat(retention.has("years")).isFalse();
    }

    @Test
    void stagingBucketHasNoObjectLock() {
        assertThat(Synthesized.resource("stg", "scaleway_object_bucket", "backups").path("object_lock_enabled")
                .asBoolean(true)).isFalse();
        assertThat(Synthesized.resources("stg", "scaleway_object_bucket_lock_configuration").isMissingNode()).isTrue();
    }
}
