package io.pgbackup.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgbackup.secrets.DatabaseRoleStatements;
import io.pgbackup.secrets.DatabaseRoleStatements.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Vault database roles run the very statements the job's tests run on a real PostgreSQL. */
class DatabaseRolesTest {

    @Test
    void backupRoleIsReadOnlyWithTheSharedStatements() {
        JsonNode role = Synthesized.resource("prd", "vault_database_secret_backend_role", "backup");
        assertThat(role.path("name").asString()).isEqualTo("backup-groupe-7-${var.environnement}");
        assertThat(role.path("backend").asString()).isEqualTo("database");
        assertThat(role.path("db_name").asString()).isEqualTo("groupe-7-prd");
        assertThat(S3CredentialsTest.strings(role.path("creation_statements")))
                .isEqualTo(DatabaseRoleStatements.creation(Kind.BACKUP, "app_owner"))
                .anyMatch(s -> s.contains("GRANT pg_read_all_data"))
                .noneMatch(s -> s.contains("CREATEDB") || s.contains("app_owner"));
        assertThat(S3CredentialsTest.strings(role.path("revocation_statements")))
                .isEqualTo(DatabaseRoleStatements.revocation(Kind.BACKUP, "app_owner"));
    }

    @Test
    void restoreRoleJoinsTheOwnerRoleWithTheSharedStatements() {
        JsonNode role = Synthesized.resource("stg", "vault_database_secret_backend_role", "restore");
        assertThat(role.path("name").asString()).isEqualTo("restore-groupe-7-${var.environnement}");
        assertThat(role.path("db_name").asString()).isEqualTo("groupe-7-stg");
        assertThat(S3CredentialsTest.strings(role.path("creation_statements")))
                .isEqualTo(DatabaseRoleStatements.creation(Kind.RESTORE, "app_owner"))
                .contains("GRANT \"app_owner\" TO \"{{name}}\";", "GRANT pg_signal_backend TO \"{{name}}\";")
                .anyMatch(s -> s.endsWith(" CREATEDB;"));
        assertThat(S3CredentialsTest.strings(role.path("revocation_statements")))
                .isEqualTo(DatabaseRoleStatements.revocation(Kind.RESTORE, "app_owner"));
    }

    @Test
    void accountsLiveAnHourAndSixHoursAtMost() {
        for (String env : List.of("prd", "stg")) {
            for (JsonNode role : Synthesized.resources(env, "vault_database_secret_backend_role").values()) {
                assertThat(role.path("default_ttl").asInt()).isEqualTo(3600);
                assertThat(role.path("max_ttl").asInt()).isEqualTo(21600);
            }
        }
    }

}
