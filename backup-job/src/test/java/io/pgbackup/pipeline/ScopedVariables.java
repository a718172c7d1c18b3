package io.pgbackup.pipeline;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project's CI/CD variables as infra/ declares them (gitlab_project_variable of every committed
 * stack: environment-scoped, one value per environment and per restore environment), written as
 * gitlab-ci-local's variables file so a job gets exactly the values of the environment it runs in.
 * {@code extra} adds or replaces values for every environment ({@code *}), as a project's own
 * unscoped variables would.
 */
final class ScopedVariables {
    static final String FILE = ".gitlab-ci-local-variables.yml";
    static final List<String> ENVIRONMENTS = List.of("prd", "stg");

    private ScopedVariables() {
    }

    /** key → scope → value, from the committed Terraform JSON. */
    static Map<String, Map<String, String>> declared() {
        Map<String, Map<String, String>> out = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String env : ENVIRONMENTS) {
            try {
                JsonNode stack = json.readTree(Files.readString(
                        RepoTools.root().resolve("infra/synthesized/" + env + "/cdk.tf.json")));
                for (JsonNode v : stack.path("resource").path("gitlab_project_variable")) {
                    out.computeIfAbsent(v.path("key").asString(), k -> new TreeMap<>())
                            .put(resolve(v.path("environment_scope").asString(), env), resolve(v.path("value").asString(), env));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Writes the variables file into {@code workspace}. */
    static void write(Path workspace, Map<String, String> extra) {
        Map<String, Object> file = new TreeMap<>();
        declared().forEach((key, scopes) -> file.put(key, Map.of("values", scopes)));
        extra.forEach((key, value) -> file.put(key, Map.of("values", Map.of("*", value))));
        try {
            Files.writeString(workspace.resolve(FILE), YAMLMapper.builder().build().writeValueAsString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resolve(String value, String env) {
        return value.replace("${var.environnement}", env);
    }
}
