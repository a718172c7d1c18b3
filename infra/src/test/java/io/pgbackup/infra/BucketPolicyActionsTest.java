package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every action of the synthesized bucket policies is one Scaleway supports in bucket policies (the
 * committed fixture, copied from Scaleway's documentation with its commit), and the jobs may read a
 * given object version and bring an archived object back.
 */
class BucketPolicyActionsTest {

    static List<String> supported() throws IOException {
        try (InputStream in = BucketPolicyActionsTest.class.getResourceAsStream("/scaleway/bucket-policy-actions.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static List<String> actions(String env) {
        JsonNode policy = Synthesized.JSON.readTree(Synthesized.resource(env, "scaleway_object_bucket_policy",
                "backups_only_pgbackup").path("policy").asString());
        List<String> all = new ArrayList<>();
        policy.path("Statement").forEach(s -> s.path("Action").forEach(a -> all.add(a.asString())));
        return all;
    }

    @Test
    void everyActionIsOneScalewaySupportsInBucketPolicies() throws IOException {
        assertThat(supported()).hasSize(41).contains("s3:GetObjectVersion", "s3:RestoreObject")
                .doesNotContain("s3:PutBucketPolicy", "s3:GetBucketPolicy");
        for (String env : List.of("prd", "stg")) {
            assertThat(supported()).as(env).containsAll(actions(env));
        }
    }

    /** The IAM policies name only permission sets Scaleway documents (fixture with its commit). */
    @Test
    void everyPermissionSetIsOneScalewayDocuments() throws IOException {
        List<String> documented;
        try (InputStream in = BucketPolicyActionsTest.class.getResourceAsStream("/scaleway/permission-sets.txt")) {
            documented = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        int named = 0;
        for (String env : List.of("prd", "stg")) {
            for (JsonNode policy : Synthesized.resources(env, "scaleway_iam_policy")) {
                for (JsonNode rule : policy.path("rule")) {
                    for (JsonNode set : rule.path("permission_set_names")) {
                        assertThat(documented).as(env).contains(set.asString());
                        named++;
                    }
                }
            }
        }
        assertThat(named).isPositive();
    }

    @Test
    void theJobsMayCopyAVersionAndBringAnArchivedBackupBack() {
        assertThat(actions("prd")).contains("s3:GetObjectVersion", "s3:RestoreObject");
    }
}
