package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VaultConfigTest {
    private static PgBackupException fails(Map<String, String> env) {
        return catchThrowableOfType(PgBackupException.class, () -> VaultConfig.fromEnv(env));
    }

    @Test
    void tokenLoginWinsWhenVaultTokenIsSet() {
        VaultConfig c = VaultConfig.fromEnv(Map.of("VAULT_ADDR", "https://vault.example.com:8200/",
                "VAULT_TOKEN", "hvs.secret-token", "VAULT_ID_TOKEN", "a.b.c", "VAULT_NAMESPACE", "team-a"));
        assertThat(c.login()).isEqualTo(VaultConfig.Login.TOKEN);
        assertThat(c.address()).hasToString("https://vault.example.com:8200");
        assertThat(c.namespace()).contains("team-a");
        assertThat(c.toString()).doesNotContain("hvs.secret-token").doesNotContain("a.b.c");
    }

    @Test
    void idTokenLoginWithDefaultsAndOverrides() {
        VaultConfig c = VaultConfig.fromEnv(Map.of("VAULT_ADDR", "http://127.0.0.1:8200",
                "VAULT_ID_TOKEN", "jwt.value.sig", "VAULT_AUTH_ROLE", "backup-groupe-7"));
        assertThat(c.login()).isEqualTo(VaultConfig.Login.JWT);
        assertThat(c.authMount()).isEqualTo("jwt");
        assertThat(c.describeLogin()).isEqualTo("jwt role backup-groupe-7 at auth/jwt (ID token from VAULT_ID_TOKEN)");

        VaultConfig other = VaultConfig.fromEnv(Map.of("VAULT_ADDR", "http://127.0.0.1:8200",
                "VAULT_ID_TOKEN_VAR", "GITLAB_VAULT_JWT", "GITLAB_VAULT_JWT", "jwt.value.sig",
                "VAULT_AUTH_MOUNT", "/gitlab/", "VAULT_AUTH_ROLE", "r"));
        assertThat(other.authMount()).isEqualTo("gitlab");
        assertThat(other.idTokenVar()).isEqualTo("GITLAB_VAULT_JWT");
        assertThat(other.toString()).doesNotContain("jwt.value.sig");
    }

    @Test
    void missingAddress() {
        PgBackupException e = fails(Map.of("VAULT_TOKEN", "t"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(e.render()).isEqualTo("error: vault address is not set: VAULT_ADDR is empty\n"
                + "HINT: set VAULT_ADDR to the URL of the Vault server, e.g. https://vault.example.com:8200");
    }

    @Test
    void invalidAddress() {
        PgBackupException e = fails(Map.of("VAULT_ADDR", "vault.example.com:8200", "VAULT_TOKEN", "t"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(e.getMessage()).isEqualTo("invalid VAULT_ADDR \"vault.example.com:8200\": it must be an http:// or https:// URL");
    }

    @Test
    void noLoginConfigured() {
        PgBackupException e = fails(Map.of("VAULT_ADDR", "http://127.0.0.1:8200"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(e.render()).isEqualTo("error: no vault login configured: neither VAULT_TOKEN nor VAULT_ID_TOKEN is set\n"
                + "HINT: in GitLab CI, declare the ID token in the job (id_tokens: VAULT_ID_TOKEN: aud: <your Vault's"
                + " bound audience>) and set VAULT_AUTH_ROLE\n"
                + "HINT: elsewhere, set VAULT_TOKEN to a Vault token");
        assertThat(fails(Map.of("VAULT_ADDR", "http://x", "VAULT_ID_TOKEN_VAR", "MY_JWT", "VAULT_ID_TOKEN", "ignored"))
                .getMessage()).isEqualTo("no vault login configured: neither VAULT_TOKEN nor MY_JWT is set");
    }

    @Test
    void idTokenWithoutRole() {
        PgBackupException e = fails(Map.of("VAULT_ADDR", "http://127.0.0.1:8200", "VAULT_ID_TOKEN", "a.b.c"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(e.render()).isEqualTo("error: vault jwt login needs a role: VAULT_AUTH_ROLE is not set\n"
                + "HINT: set VAULT_AUTH_ROLE to the role of auth/jwt that this job may use");
    }
}
