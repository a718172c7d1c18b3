package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import io.pgbackup.infra.settings.Environments;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code cdktf synth} writes (a real {@link App}, as {@link Main} runs it) is the committed
 * JSON plus cdktf's {@code "//"} metadata: with one backend only, GitLab's.
 */
class CdktfSynthCommandTest {

    @TempDir
    Path outdir;

    @Test
    void appSynthIsTheCommittedJsonPlusMetadataWithGitlabStateOnly() throws Exception {
        App app = new App(AppConfig.builder().outdir(outdir.toString()).build());
        Environments.all().forEach(settings -> new BackupInfraStack(app, settings));
        app.synth();
        for (String env : Synthesized.get().text.keySet()) {
            JsonNode written = Synthesized.JSON.readTree(Files.readString(outdir.resolve("stacks/" + env + "/cdk.tf.json")));
            assertThat(written.path("terraform").path("backend").propertyNames()).containsExactly("http");
            assertThat(withoutMetadata(written)).as(env).isEqualTo(Synthesized.stack(env));
        }
    }

    private static JsonNode withoutMetadata(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("//");
            object.values().forEach(CdktfSynthCommandTest::withoutMetadata);
        } else if (node.isArray()) {
            node.values().forEach(CdktfSynthCommandTest::withoutMetadata);
        }
        return node;
    }
}
