package io.pgbackup.infra;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TestingAppConfig;
import io.pgbackup.infra.settings.EnvironmentSettings;
import io.pgbackup.infra.settings.Environments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reviewed artefact: the Terraform JSON of each environment, committed at
 * {@code infra/synthesized/<env>/cdk.tf.json}. It is plain Terraform JSON (cdktf's {@code "//"}
 * metadata removed): {@code terraform plan} and {@code apply} run on it directly, with or without
 * cdktf. Refresh it with {@code infra/tools/refresh-synthesized.sh}.
 */
public final class SynthesizedJson {

    /** Where the JSON of each environment is committed, relative to the repository root. */
    public static final Path DIRECTORY = Path.of("infra", "synthesized");

    private SynthesizedJson() {
    }

    /** The committed file of {@code environment} under {@code repositoryRoot}. */
    public static Path file(Path repositoryRoot, String environment) {
        return repositoryRoot.resolve(DIRECTORY).resolve(environment).resolve("cdk.tf.json");
    }

    /**
     * Synthesizes every environment once, in one cdktf app whose output directory is a temporary
     * directory removed before returning.
     *
     * @return environment name to its Terraform JSON, ending with a newline
     */
    public static Map<String, String> synthesize(List<EnvironmentSettings> environments) {
        Path outdir = createTempDirectory();
        try {
            App app = Testing.app(TestingAppConfig.builder().outdir(outdir.toString()).build());
            Map<String, String> result = new LinkedHashMap<>();
            for (EnvironmentSettings settings : environments) {
                BackupInfraStack stack = new BackupInfraStack(app, settings);
                result.put(settings.name(), Testing.synth(stack) + "\n");
            }
            return result;
        } finally {
            deleteRecursively(outdir);
        }
    }

    /** Rewrites the committed JSON of every environment. Argument: the repository root (default "."). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (Map.Entry<String, String> entry : synthesize(Environments.all()).entrySet()) {
            Path file = file(root, entry.getKey());
            Files.createDirectories(file.getParent());
            boolean same = Files.exists(file) && Files.readString(file).equals(entry.getValue());
            Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
            System.out.println((same ? "unchanged " : "written   ") + file);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("pgbackup-infra-synth-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the synth directory " + directory, e);
        }
    }
}
