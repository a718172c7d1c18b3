package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The database connection is not managed here (its password would be in the state), so its
 * allowed_roles come from infra/README.md's first-apply steps: they must name exactly the database
 * roles the stack declares, or Vault refuses every credential request of the missing ones.
 */
class FirstApplyStepsTest {

    @Test
    void theReadmesAllowedRolesAreTheRolesTheStackDeclares() throws IOException {
        String readme = Files.readString(SynthesisTest.ROOT.resolve("infra/README.md"));
        Matcher m = Pattern.compile("vault write database/config/(\\S+) .*?allowed_roles=(\\S+)", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("the vault write database/config step").isTrue();
        JsonNode roles = Synthesized.resources("prd", "vault_database_secret_backend_role");
        List<String> declared = new ArrayList<>();
        String connection = null;
        for (JsonNode role : roles) {
            declared.add(Synthesized.withEnvironment(role.path("name").asString(), "prd"));
            connection = role.path("db_name").asString();
        }
        assertThat(m.group(1)).isEqualTo(connection);
        assertThat(List.of(m.group(2).split(","))).containsExactlyInAnyOrderElementsOf(declared);
    }
}
