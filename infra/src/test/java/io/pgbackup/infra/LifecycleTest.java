package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgbackup.infra.settings.BucketSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lifecycle rules as synthesized, and the consistency of their days with each other. */
class LifecycleTest {

    static JsonNode rule(String env, String id) {
        for (JsonNode rule : Synthesized.resource(env, "scaleway_object_bucket", "backups").path("lifecycle_rule").values()) {
            if (rule.path("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no lifecycle rule " + id + " in " + env);
    }

    @Test
    void incompleteMultipartUploadsAreAbortedAfterOneDayOnWholeBucket() {
        for (String env : List.of("prd", "stg")) {
            JsonNode abort = rule(env, "abort-incomplete-multipart-uploads");
            assertThat(abort.path("enabled").asBoolean()).isTrue();
            assertThat(abort.path("abort_incomplete_multipart_upload_days").asInt()).isEqualTo(1);
            assertThat(abort.has("prefix")).isFalse();
        }
    }

    @Test
    void productionExpiresAfter400DaysAndNothingIsArchived() {
        JsonNode expire = rule("prd", "expire-backups");
        assertThat(expire.path("enabled").asBoolean()).isTrue();
        assertThat(expire.path("expiration").path("days").asInt()).isEqualTo(400);
        assertThat(expire.has("prefix")).isFalse();
        // what the job reads (manifests, dumps) stays readable: no rule of any environment archives
        for (String env : List.of("prd", "stg")) {
            Synthesized.resource(env, "scaleway_object_bucket", "backups").path("lifecycle_rule")
                    .forEach(r -> assertThat(r.has("transition")).as(env + " " + r.path("id").asString()).isFalse());
        }
    }

    @Test
    void stagingExpiresAfter45DaysWithoutGlacier() {
        JsonNode expire = rule("stg", "expire-backups");
        assertThat(expire.path("expiration").path("days").asInt()).isEqualTo(45);
        assertThat(expire.has("transition")).isFalse();
    }

    @Test
    void daysOfEveryEnvironmentAreConsistentWithEachOther() {
        for (String env : List.of("prd", "stg")) {
            BucketSettings settings = Synthesized.settings(env).bucket();
            int expiry = rule(env, "expire-backups").path("expiration").path("days").asInt();
            assertThat(expiry).as("%s: expiry after the job's retention", env).isGreaterThan(settings.jobRetentionDays());
            List<Integer> glacier = new ArrayList<>();
            rule(env, "expire-backups").path("transition").values().forEach(t -> glacier.add(t.path("days").asInt()));
            for (int days : glacier) {
                assertThat(days).as("%s: GLACIER transition", env).isGreaterThanOrEqualTo(90).isLessThan(expiry);
            }
            JsonNode lock = Synthesized.resources(env, "scaleway_object_bucket_lock_configuration");
            if (!lock.isMissingNode()) {
                int retention = lock.path("backups_object_lock").path("rule").path("default_retention").path("days").asInt();
                assertThat(retention).as("%s: object lock retention", env).isPositive().isLessThan(expiry);
            }
        }
    }
}
