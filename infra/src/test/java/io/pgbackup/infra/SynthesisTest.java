package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The synth itself: its environments, its cost, what it leaves behind, its pinned providers. */
class SynthesisTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyEnvironmentIsSynthesizedOnceAsItsOwnStack() {
        assertThat(Synthesized.get().text).containsOnlyKeys("prd", "stg");
        assertThat(Synthesized.stack("prd").path("variable").path("environnement").path("default").asString())
                .isEqualTo("prd");
        assertThat(Synthesized.stack("stg").path("variable").path("environnement").path("default").asString())
                .isEqualTo("stg");
    }

    @Test
    void synthesisLeavesNoTemporaryDirectoryBehind() {
        assertThat(Synthesized.get().leftTemporaryDirectories).isEmpty();
    }

    @Test
    void synthesisOfBothEnvironmentsTakesSeconds() {
        assertThat(Synthesized.get().duration.toSeconds()).isLessThan(20);
    }

    @Test
    void outputIsPlainTerraformJsonWithoutCdktfMetadata() {
        for (String env : List.of("prd", "stg")) {
            assertThat(Synthesized.get().text.get(env)).doesNotContain("\"//\"").doesNotContain("TfToken");
        }
    }

    @Test
    void providersArePinnedToTheVersionsOfTheCommittedSchema() throws IOException {
        JsonNode pins = Synthesized.JSON.readTree(
                Files.readString(ROOT.resolve("terraform-generated/schema/provider-versions.json")));
        JsonNode required = Synthesized.stack("prd").path("terraform").path("required_providers");
        assertThat(required.propertyNames()).containsExactlyInAnyOrder("scaleway", "vault", "random", "gitlab");
        for (String name : required.propertyNames()) {
            JsonNode provider = required.path(name);
            String fqn = "registry.terraform.io/" + provider.path("source").asString();
            assertThat(provider.path("version").asString()).as(name).isEqualTo(pins.path(fqn).asString());
        }
        JsonNode cdktf = Synthesized.JSON.readTree(Files.readString(ROOT.resolve("cdktf.json")));
        assertThat(cdktf.path("terraformProviders").values().stream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("scaleway/scaleway@= 2.47.0", "hashicorp/vault@= 4.8.0",
                        "hashicorp/random@= 3.7.2", "gitlabhq/gitlab@= 16.10.0");
        assertThat(cdktf.path("codeMakerOutput").asString()).isEqualTo("imports");
        assertThat(cdktf.path("language").asString()).isEqualTo("java");
    }

    @Test
    void providerCredentialsAreNotInTheJson() {
        JsonNode providers = Synthesized.stack("prd").path("provider");
        assertThat(providers.path("scaleway").get(0).propertyNames())
                .containsExactlyInAnyOrder("organization_id", "project_id", "region", "zone");
        assertThat(providers.path("vault").get(0).propertyNames()).isEmpty();
        assertThat(providers.path("gitlab").get(0).propertyNames()).isEmpty();
    }
}
