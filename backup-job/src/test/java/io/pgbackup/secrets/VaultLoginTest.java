package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.testsupport.vault.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Token and GitLab CI ID token (JWT) logins, TLS with a CA bundle, and an unreachable or sealed Vault. */
class VaultLoginTest {
    private static final String AUD = "https://vault.example.com";
    private static final String ROLE = "pgbackup-groupe-7";
    private static final String JWT_HINTS = "\nHINT: check VAULT_AUTH_ROLE (" + ROLE + ") and VAULT_AUTH_MOUNT (jwt):"
            + " the role must exist on that JWT auth mount\n"
            + "HINT: the role's bound_audiences must contain the aud: of the job's id_tokens (VAULT_ID_TOKEN),"
            + " and its bound_claims (project_id, ref, ref_protected...) must match this pipeline";

    private VaultWorld world;

    @BeforeEach
    void start() {
        world = VaultWorld.start();
        world.vault.jwtRole(ROLE, AUD, Map.of("project_id", "42", "ref_protected", "true"), VaultWorld.JOB_POLICY);
    }

    @AfterEach
    void stop() {
        world.vault.close();
    }

    private Map<String, Object> gitlabClaims() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("aud", AUD);
        claims.put("sub", "project_path:groupe-7/app:ref_type:branch:ref:main");
        claims.put("project_id", "42");
        claims.put("ref", "main");
        claims.put("ref_protected", "true");
        return claims;
    }

    private Map<String, String> jwtEnv(String jwt, String role) {
        Map<String, String> env = new HashMap<>();
        env.put("VAULT_ADDR", world.vault.url());
        env.put("VAULT_ID_TOKEN", jwt);
        env.put("VAULT_AUTH_ROLE", role);
        return env;
    }

    private static JobSecrets fetch(Map<String, String> env) {
        return VaultJobSecrets.fetch(VaultConfig.fromEnv(env), Conventions.of("7", "prd"), JobKind.STORE_ONLY);
    }

    private static PgBackupException fails(Map<String, String> env) {
        return catchThrowableOfType(PgBackupException.class, () -> fetch(env).close());
    }

    @Test
    void refusedToken() {
        PgBackupException e = fails(world.tokenEnv("hvs.NotAValidToken00000000"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_LOGIN_FAILED);
        assertThat(e.render()).isEqualTo("error: vault refused the token in VAULT_TOKEN: permission denied\n"
                + "HINT: the token may have expired or been revoked: get a new one, or log in with a GitLab CI ID token"
                + " (VAULT_ID_TOKEN and VAULT_AUTH_ROLE instead of VAULT_TOKEN)");
    }

    @Test
    void gitlabIdTokenLoginReadsTheSecretsAndRevokesItsTokenAtTheEnd() {
        String jwt = world.vault.signJwt(gitlabClaims());
        try (JobSecrets secrets = fetch(jwtEnv(jwt, ROLE))) {
            assertThat(secrets.passphrase()).isEqualTo(world.passphrase.toCharArray());
        }
        RecordedRequest login = world.vault.requests().get(0);
        assertThat(login.path()).isEqualTo("auth/jwt/login");
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.body()).contains(jwt).contains("\"role\":\"" + ROLE + "\"");
        assertThat(login.uri()).doesNotContain(jwt);
        assertThat(world.vault.requests()).last().satisfies(r -> assertThat(r.path()).isEqualTo("auth/token/revoke-self"));
        String clientToken = world.vault.requests().get(1).header("X-Vault-Token").orElseThrow();
        assertThat(world.vault.tokenValid(clientToken)).isFalse();
    }

    @Test
    void customAuthMountAndIdTokenVariable() {
        world.vault.jwtMount("gitlab");
        Map<String, String> env = jwtEnv("unused", ROLE);
        env.remove("VAULT_ID_TOKEN");
        env.put("VAULT_ID_TOKEN_VAR", "GITLAB_JWT");
        env.put("GITLAB_JWT", world.vault.signJwt(gitlabClaims()));
        env.put("VAULT_AUTH_MOUNT", "gitlab");
        try (JobSecrets secrets = fetch(env)) {
            assertThat(secrets.s3Variables()).isEqualTo(world.s3);
        }
        assertThat(world.vault.requests().get(0).path()).isEqualTo("auth/gitlab/login");
    }

    @Test
    void wrongAudience() {
        Map<String, Object> claims = gitlabClaims();
        claims.put("aud", "https://gitlab.example.com");
        PgBackupException e = fails(jwtEnv(world.vault.signJwt(claims), ROLE));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_LOGIN_FAILED);
        assertThat(e.render()).isEqualTo("error: vault refused the jwt login of role " + ROLE + " at auth/jwt/login:"
                + " error validating token: invalid audience (aud) claim: audience claim does not match any expected audience"
                + JWT_HINTS);
    }

    @Test
    void unknownRole() {
        PgBackupException e = fails(jwtEnv(world.vault.signJwt(gitlabClaims()), "pgbackup-groupe-8"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_LOGIN_FAILED);
        assertThat(e.getMessage()).isEqualTo("vault refused the jwt login of role pgbackup-groupe-8 at auth/jwt/login:"
                + " role \"pgbackup-groupe-8\" could not be found");
    }

    @Test
    void unprotectedBranchDoesNotMatchTheBoundClaims() {
        Map<String, Object> claims = gitlabClaims();
        claims.put("ref_protected", "false");
        PgBackupException e = fails(jwtEnv(world.vault.signJwt(claims), ROLE));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_LOGIN_FAILED);
        assertThat(e.getMessage()).isEqualTo("vault refused the jwt login of role " + ROLE + " at auth/jwt/login:"
                + " error validating claims: claim \"ref_protected\" does not match any associated bound claim values");
    }

    @Test
    void forgedAndExpiredTokens() {
        String jwt = world.vault.signJwt(gitlabClaims());
        String[] parts = jwt.split("\\.");
        Map<String, Object> other = gitlabClaims();
        other.put("project_id", "666");
        String forged = world.vault.signJwt(other).split("\\.")[1];
        PgBackupException e = fails(jwtEnv(parts[0] + "." + forged + "." + parts[2], ROLE));
        assertThat(e.getMessage()).isEqualTo("vault refused the jwt login of role " + ROLE + " at auth/jwt/login:"
                + " error validating token: failed to verify id token signature");

        Map<String, Object> expired = gitlabClaims();
        expired.put("exp", System.currentTimeMillis() / 1000 - 60);
        e = fails(jwtEnv(world.vault.signJwt(expired), ROLE));
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_LOGIN_FAILED);
        assertThat(e.getMessage()).isEqualTo("vault refused the jwt login of role " + ROLE + " at auth/jwt/login:"
                + " error validating token: invalid expiration time (exp) claim: token is expired");
    }

    @Test
    void unreachableVault() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, String> env = Map.of("VAULT_ADDR", "http://127.0.0.1:" + port, "VAULT_TOKEN", "hvs.whatever");
        PgBackupException e = fails(env);
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_UNREACHABLE);
        assertThat(e.render()).isEqualTo("error: cannot reach vault at VAULT_ADDR=http://127.0.0.1:" + port + ": connection refused\n"
                + "HINT: check VAULT_ADDR and that this machine can reach Vault (DNS, firewall, VPN)");
    }

    @Test
    void sealedVault() {
        world.vault.sealed(true);
        Map<String, String> env = world.tokenEnv(world.jobToken());
        env.put("VAULT_MAX_RETRIES", "0");
        PgBackupException e = fails(env);
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_UNREACHABLE);
        assertThat(e.render()).isEqualTo("error: vault at VAULT_ADDR=" + world.vault.url()
                + " is sealed: it answered GET auth/token/lookup-self with 503 Vault is sealed\n"
                + "HINT: Vault's operators must unseal it (vault operator unseal, or its auto-unseal) before any job can"
                + " read its secrets; run the job again then");
    }

    @Test
    void missingCaBundleFile() {
        Map<String, String> env = world.tokenEnv(world.jobToken());
        env.put("VAULT_CACERT", "/nonexistent/ca.pem");
        PgBackupException e = fails(env);
        assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(e.render()).isEqualTo("error: no such VAULT_CACERT file: /nonexistent/ca.pem\n"
                + "HINT: point VAULT_CACERT at the PEM bundle of the CA that signed Vault's certificate");
    }
}
