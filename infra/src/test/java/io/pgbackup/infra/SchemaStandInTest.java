package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The terraform stand-in {@code cdktf get} runs offline answers from the committed schema, for the
 * pinned version only, as {@code terraform} would in the temporary project cdktf writes.
 */
class SchemaStandInTest {

    static final Path STAND_IN = SynthesisTest.ROOT.resolve("infra/tools/schema-terraform/terraform");

    @TempDir
    Path project;

    record Result(int exit, String stdout, String stderr) {
    }

    Result terraform(String version, String... args) throws Exception {
        Files.writeString(project.resolve("main.tf.json"), "{\"provider\":{\"scaleway\":{}},\"terraform\":"
                + "{\"required_providers\":{\"scaleway\":{\"version\":\"" + version + "\",\"source\":\"scaleway/scaleway\"}}}}");
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(STAND_IN.toString());
        builder.command().addAll(List.of(args));
        Process process = builder.directory(project.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    @Test
    void answersTheSchemaOfTheAskedProviderFromTheCommittedFile() throws Exception {
        assertThat(terraform("= 2.47.0", "init").exit()).isZero();
        Result schema = terraform("= 2.47.0", "providers", "schema", "-json");
        assertThat(schema.exit()).isZero();
        JsonNode providers = Synthesized.JSON.readTree(schema.stdout()).path("provider_schemas");
        assertThat(providers.propertyNames()).containsExactly("registry.terraform.io/scaleway/scaleway");
        JsonNode bucket = providers.path("registry.terraform.io/scaleway/scaleway").path("resource_schemas")
                .path("scaleway_object_bucket").path("block");
        assertThat(bucket.path("attributes").path("object_lock_enabled").path("type").asString()).isEqualTo("bool");
        assertThat(bucket.path("block_types").path("lifecycle_rule").path("nesting_mode").asString()).isEqualTo("list");
        JsonNode version = Synthesized.JSON.readTree(terraform("= 2.47.0", "version", "-json").stdout());
        assertThat(version.path("provider_selections").path("registry.terraform.io/scaleway/scaleway").asString())
                .isEqualTo("2.47.0");
    }

    @Test
    void refusesAVersionWhoseSchemaIsNotCommitted() throws Exception {
        Result init = terraform("= 2.50.0", "init");
        assertThat(init.exit()).isEqualTo(1);
        assertThat(init.stderr()).startsWith("error: provider registry.terraform.io/scaleway/scaleway is asked at"
                + " version \"= 2.50.0\" but the committed schema is of version 2.47.0\nHINT: ");
    }

    @Test
    void refusesCommandsItDoesNotKnow() throws Exception {
        Result plan = terraform("= 2.47.0", "plan");
        assertThat(plan.exit()).isEqualTo(1);
        assertThat(plan.stderr()).startsWith("error: the schema stand-in does not answer \"terraform plan\"");
    }

    @Test
    void committedSchemaIsTerraformsFormatForTheFourPinnedProviders() throws IOException {
        JsonNode schema = Synthesized.JSON.readTree(Files.readString(
                SynthesisTest.ROOT.resolve("terraform-generated/schema/providers-schema.json")));
        assertThat(schema.path("format_version").asString()).isEqualTo("1.0");
        assertThat(schema.path("provider_schemas").propertyNames()).containsExactlyInAnyOrder(
                "registry.terraform.io/scaleway/scaleway", "registry.terraform.io/hashicorp/vault",
                "registry.terraform.io/hashicorp/random", "registry.terraform.io/gitlabhq/gitlab");
        JsonNode apiKey = schema.path("provider_schemas").path("registry.terraform.io/scaleway/scaleway")
                .path("resource_schemas").path("scaleway_iam_api_key").path("block").path("attributes");
        assertThat(apiKey.path("secret_key").path("sensitive").asBoolean()).isTrue();
        assertThat(apiKey.path("secret_key").path("computed").asBoolean()).isTrue();
    }
}
