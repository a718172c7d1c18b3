package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Vault over HTTPS with a private CA: VAULT_CACERT's bundle is trusted, nothing else is. */
class VaultTlsTest {
    private static VaultWorld world;

    @BeforeAll
    static void start() {
        world = VaultWorld.startTls();
    }

    @AfterAll
    static void stop() {
        world.vault.close();
    }

    private static JobSecrets fetch(Map<String, String> env) {
        return VaultJobSecrets.fetch(VaultConfig.fromEnv(env), Conventions.of("7", "prd"), JobKind.STORE_ONLY);
    }

    @Test
    void trustsEveryCertificateOfTheCaBundle() {
        Map<String, String> env = world.tokenEnv(world.jobToken());
        env.put("VAULT_CACERT", world.vault.caBundle().toString());
        assertThat(world.vault.url()).startsWith("https://127.0.0.1:");
        try (JobSecrets secrets = fetch(env)) {
            assertThat(secrets.passphrase()).isEqualTo(world.passphrase.toCharArray());
        }
    }

    @Test
    void refusesAServerItCannotVerify() {
        Map<String, String> env = world.tokenEnv(world.jobToken());
        int before = world.vault.requests().size();
        PgBackupException withoutCa = catchThrowableOfType(PgBackupException.class, () -> fetch(env));
        env.put("VAULT_CACERT", world.vault.unrelatedCa().toString());
        PgBackupException wrongCa = catchThrowableOfType(PgBackupException.class, () -> fetch(env));
        for (PgBackupException e : new PgBackupException[] {withoutCa, wrongCa}) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_UNREACHABLE);
            assertThat(e.getMessage()).startsWith("cannot reach vault at VAULT_ADDR=" + world.vault.url() + ": tls handshake failed (");
            assertThat(e.hints()).containsExactly(
                    "if Vault's certificate comes from a private CA, set VAULT_CACERT to that CA's PEM bundle",
                    "check that VAULT_ADDR names the host its certificate was issued for");
        }
        assertThat(world.vault.requests()).hasSize(before);
    }
}
