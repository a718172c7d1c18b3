package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The hand-transcribed provider schema the bindings are generated from says what the real providers
 * say, fact by fact (the fixture names where each was read). A fact that does not hold names the
 * attribute: fix the schema and regenerate the bindings (infra/tools/regenerate-bindings.sh).
 */
class ProviderSchemaFactsTest {

    @Test
    void everyFactReadInTheProvidersHoldsInTheCommittedSchema() throws IOException {
        JsonNode schemas = Synthesized.JSON.readTree(Files.readString(
                GeneratedBindingsTest.GENERATED.resolve("schema/providers-schema.json"))).path("provider_schemas");
        List<String> facts = facts();
        assertThat(facts).hasSizeGreaterThanOrEqualTo(100);
        for (String fact : facts) {
            String[] f = fact.split("\\s+");
            JsonNode block = resource(schemas, f[0]).path("block");
            String[] path = f[1].split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                block = block.path("block_types").path(path[i]).path("block");
            }
            String last = path[path.length - 1];
            JsonNode attribute = block.path("attributes").path(last);
            JsonNode nested = block.path("block_types").path(last);
            switch (f[2]) {
                case "required", "optional", "computed" -> assertThat(attribute.path(f[2]).asBoolean(false)).as(fact).isTrue();
                case "set", "list" -> assertThat(nested.isMissingNode()
                        ? attribute.path("nested_type").path("nesting_mode").asString()
                        : nested.path("nesting_mode").asString()).as(fact).isEqualTo(f[2]);
                default -> throw new AssertionError("unknown kind in fact: " + fact);
            }
        }
    }

    private static JsonNode resource(JsonNode schemas, String type) {
        for (String provider : schemas.propertyNames()) {
            JsonNode r = schemas.path(provider).path("resource_schemas").path(type);
            if (!r.isMissingNode()) {
                return r;
            }
        }
        throw new AssertionError("no resource " + type + " in the committed schema");
    }

    private static List<String> facts() throws IOException {
        try (InputStream in = ProviderSchemaFactsTest.class.getResourceAsStream("/provider-facts.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceFirst("#.*$", "").strip()).filter(l -> !l.isEmpty()).toList();
        }
    }
}
