package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgbackup.infra.settings.EnvironmentSettings;
import io.pgbackup.infra.settings.Environments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real cdktf synth of every environment, done once per test JVM and shared by all tests: the
 * JSON text, its parsed tree, how long the synth took and which temporary directories it left.
 */
final class Synthesized {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    final Map<String, String> text;
    final Duration duration;
    final Set<String> leftTemporaryDirectories;

    private Synthesized() {
        Set<String> before = temporaryDirectories();
        long start = System.nanoTime();
        text = SynthesizedJson.synthesize(Environments.all());
        duration = Duration.ofNanos(System.nanoTime() - start);
        Set<String> after = temporaryDirectories();
        after.removeAll(before);
        leftTemporaryDirectories = after;
        System.out.printf("cdktf synth of %s: %d ms%n", text.keySet(), duration.toMillis());
    }

    private static final class Holder {
        static final Synthesized INSTANCE = new Synthesized();
    }

    static Synthesized get() {
        return Holder.INSTANCE;
    }

    static JsonNode stack(String environment) {
        String json = get().text.get(environment);
        assertThat(json).as("synthesized JSON of %s", environment).isNotNull();
        return JSON.readTree(json);
    }

    /** The resource {@code type.name} of the environment's stack; fails when it is missing. */
    static JsonNode resource(String environment, String type, String name) {
        JsonNode node = stack(environment).path("resource").path(type).path(name);
        assertThat(node.isMissingNode()).as("resource %s.%s in %s", type, name, environment).isFalse();
        return node;
    }

    /** All resources of a type, by name. */
    static JsonNode resources(String environment, String type) {
        return stack(environment).path("resource").path(type);
    }

    static EnvironmentSettings settings(String environment) {
        return Environments.all().stream().filter(s -> s.name().equals(environment)).findFirst().orElseThrow();
    }

    /** A string of the JSON with {@code ${var.environnement}} replaced by its default. */
    static String withEnvironment(String value, String environment) {
        return value.replace("${var.environnement}", environment);
    }

    static Set<String> temporaryDirectories() {
        try (Stream<Path> entries = Files.list(TMP)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("cdktf.outdir.") || n.startsWith("pgbackup-infra-synth-"))
                    .collect(Collectors.toCollection(HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
