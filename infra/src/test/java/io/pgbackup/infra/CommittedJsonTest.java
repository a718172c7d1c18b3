package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON reviewers read in merge requests is the JSON the code produces: a change of the infra
 * code without its refreshed JSON fails here.
 */
class CommittedJsonTest {

    static final String REFRESH = "the committed Terraform JSON of %s is not what the infra code synthesizes:"
            + " run infra/tools/refresh-synthesized.sh and commit infra/synthesized/ with your change";

    @Test
    void committedJsonOfEachEnvironmentIsAFreshSynth() throws IOException {
        for (var entry : Synthesized.get().text.entrySet()) {
            Path file = SynthesizedJson.file(SynthesisTest.ROOT, entry.getKey());
            assertThat(file).as(REFRESH, entry.getKey()).exists();
            assertThat(Files.readString(file)).as(REFRESH, entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void noEnvironmentIsCommittedThatTheCodeNoLongerHas() throws IOException {
        try (Stream<Path> dirs = Files.list(SynthesisTest.ROOT.resolve(SynthesizedJson.DIRECTORY))) {
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
                    .as("infra/synthesized/ holds exactly the environments of Environments.all()")
                    .containsExactlyInAnyOrderElementsOf(Synthesized.get().text.keySet());
        }
    }
}
