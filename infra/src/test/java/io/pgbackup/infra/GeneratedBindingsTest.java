package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * terraform-generated/ is what {@code cdktf get} made from the committed schema: one binding per
 * resource of the schema, for that resource type, and nothing hand-written beside them.
 */
class GeneratedBindingsTest {

    static final Path GENERATED = SynthesisTest.ROOT.resolve("terraform-generated");

    @Test
    void everyResourceOfTheCommittedSchemaHasItsGeneratedBinding() throws Exception {
        JsonNode schemas = Synthesized.JSON.readTree(Files.readString(GENERATED.resolve("schema/providers-schema.json")))
                .path("provider_schemas");
        List<String> types = new ArrayList<>();
        for (String provider : schemas.propertyNames()) {
            types.addAll(schemas.path(provider).path("resource_schemas").propertyNames());
        }
        assertThat(types).hasSize(17);
        for (String type : types) {
            String provider = type.substring(0, type.indexOf('_'));
            String module = type.substring(type.indexOf('_') + 1);
            String className = "imports." + provider + "." + module + "." + camel(module);
            Class<?> binding = Class.forName(className);
            assertThat(binding.getField("TF_RESOURCE_TYPE").get(null)).as(className).isEqualTo(type);
        }
    }

    @Test
    void bindingsAreMarkedAsGeneratedByCdktf() throws Exception {
        Path source = GENERATED.resolve("src/main/java/imports/scaleway/object_bucket/ObjectBucket.java");
        assertThat(Files.readString(source))
                .contains("Represents a {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket");
        assertThat(GENERATED.resolve("src/main/resources/imports/scaleway/scaleway@0.0.0.jsii.tgz")).exists();
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
