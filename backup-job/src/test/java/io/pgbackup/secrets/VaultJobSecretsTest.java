package io.pgbackup.secrets;

import io.pgbackup.testsupport.LogCapture;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.testsupport.vault.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The API the engine calls: fetch, use, close. Accounts on the real PostgreSQL; logs captured. */
class VaultJobSecretsTest {
    private VaultWorld world;
    private final LogCapture logs = new LogCapture();

    @AfterEach
    void stop() {
        logs.close();
        if (world != null) {
            world.vault.close();
        }
    }

    private JobSecrets fetch(Map<String, String> env, Conventions conventions, JobKind kind) {
        return VaultJobSecrets.fetch(VaultConfig.fromEnv(env), conventions, kind);
    }

    private PgBackupException fails(Map<String, String> env, Conventions conventions, JobKind kind) {
        PgBackupException e = catchThrowableOfType(PgBackupException.class, () -> fetch(env, conventions, kind).close());
        assertNoSecretIn(e.render());
        return e;
    }

    /** No secret the stand-in issued or holds appears in the text, nor in anything logged. */
    private void assertNoSecretIn(String text) {
        for (String secret : world.vault.issuedSecrets()) {
            assertThat(text).as("a secret leaked").doesNotContain(secret);
            assertThat(logs.text()).as("a secret leaked into the logs").doesNotContain(secret);
        }
    }

    @Test
    void backupSecretsGiveAWorkingReadOnlyAccountThatIsGoneAfterClose() throws SQLException {
        world = VaultWorld.start();
        JobSecrets secrets = fetch(world.tokenEnv(world.jobToken()), Conventions.of("7", "prd"), JobKind.BACKUP);
        String user = secrets.dbUser();
        String leaseId = secrets.lease().orElseThrow().id();
        assertThat(leaseId).startsWith("database/creds/backup-groupe-7-prd/");
        assertThat(secrets.s3Variables()).isEqualTo(world.s3);
        assertThat(secrets.passphrase()).isEqualTo(world.passphrase.toCharArray());
        try (Connection c = VaultWorld.connectAs(user, secrets.dbPassword(), "postgres")) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(secrets.toString()).doesNotContain(new String(secrets.dbPassword()));

        secrets.close();
        assertThat(VaultWorld.roleExists(user)).isFalse();
        assertThat(world.vault.activeLeases()).isEmpty();
        assertThat(logs.lines()).contains("INFO io.pgbackup.secrets.LeaseKeeper: revoked vault lease " + leaseId
                + ": the temporary database account is dropped");
        assertThat(logs.text()).contains("database account " + user + " (lease " + leaseId + ", 300 s, renewed while the job runs)");
        secrets.close(); // idempotent
        assertNoSecretIn(secrets.toString());
        assertThat(world.vault.requests()).extracting(RecordedRequest::uri).allSatisfy(uri ->
                assertThat(world.vault.issuedSecrets()).noneMatch(uri::contains));
    }

    @Test
    void restoreUsesTheRestoreRole() {
        world = VaultWorld.start();
        try (JobSecrets secrets = fetch(world.tokenEnv(world.jobToken()), Conventions.of("7", "prd"), JobKind.RESTORE)) {
            assertThat(secrets.lease().orElseThrow().id()).startsWith("database/creds/restore-groupe-7-prd/");
            assertThat(secrets.dbUser()).startsWith("v-token-restore-");
        }
        assertThat(world.vault.activeLeases()).isEmpty();
    }

    @Test
    void aShortLeaseIsRenewedWhileTheJobRuns() throws Exception {
        world = VaultWorld.start(Duration.ofSeconds(3));
        try (JobSecrets secrets = fetch(world.tokenEnv(world.jobToken()), Conventions.of("7", "prd"), JobKind.BACKUP)) {
            Thread.sleep(5500);
            assertThat(VaultWorld.roleExists(secrets.dbUser())).isTrue();
            try (Connection c = VaultWorld.connectAs(secrets.dbUser(), secrets.dbPassword(), "postgres")) {
                assertThat(c.isValid(2)).isTrue(); // VALID UNTIL followed the renewals
            }
            assertThat(world.vault.requests()).filteredOn(r -> r.path().equals("sys/leases/renew")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(secrets.lease().orElseThrow().expiresAt()).isAfter(java.time.Instant.now());
        }
        assertThat(world.vault.activeLeases()).isEmpty();
        assertNoSecretIn("");
    }

    @Test
    void unknownRoleLeavesNothingBehind() {
        world = VaultWorld.start();
        String token = world.vault.token("secret/data/groupe-7/*", "database/creds/*");
        PgBackupException e = fails(world.tokenEnv(token), Conventions.of("8", "prd")
                .withS3Path(VaultWorld.S3_PATH).withPassphrasePath(VaultWorld.PASSPHRASE_PATH), JobKind.BACKUP);
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.render()).isEqualTo("error: vault database role backup-groupe-8-prd does not exist"
                + " (database/creds/backup-groupe-8-prd: unknown role: backup-groupe-8-prd)\n"
                + "HINT: the roles are declared per group and environment (infra/): check --vault-group and --environment\n"
                + "HINT: or pass --vault-db-role with an existing role");
        assertThat(world.vault.activeLeases()).isEmpty();
    }

    @Test
    void credsNotAllowedByThePolicy() {
        world = VaultWorld.start();
        String token = world.vault.token("secret/data/groupe-7/*");
        PgBackupException e = fails(world.tokenEnv(token), Conventions.of("7", "prd"), JobKind.RESTORE);
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.render()).isEqualTo("error: vault denied reading database/creds/restore-groupe-7-prd: permission denied\n"
                + "HINT: the Vault policy of this job must allow \"read\" on database/creds/restore-groupe-7-prd\n"
                + "HINT: or pass --vault-db-role with a role the job may use");
    }

    @Test
    void creationStatementsThatFailOnTheDatabase() {
        world = VaultWorld.start();
        world.vault.databaseRole("restore-groupe-7-prd", DatabaseRoleStatements.Kind.RESTORE, "no_such_owner", Duration.ofMinutes(1));
        PgBackupException e = fails(world.tokenEnv(world.jobToken()), Conventions.of("7", "prd"), JobKind.RESTORE);
        assertThat(e.exitCode()).isEqualTo(ExitCode.VAULT_SECRET_MISSING);
        assertThat(e.render()).isEqualTo("error: vault could not create a database account with role restore-groupe-7-prd:"
                + " failed to execute query: ERROR: role \"no_such_owner\" does not exist\n"
                + "HINT: Vault's database connection or the role's creation statements failed: ask Vault's operators"
                + " (vault read database/roles/restore-groupe-7-prd)");
        assertThat(world.vault.activeLeases()).isEmpty();
    }

    @Test
    void aMissingSecretStopsTheJobBeforeAnyAccountIsCreated() {
        world = VaultWorld.start();
        world.vault.kvDelete(VaultWorld.S3_PATH);
        PgBackupException e = fails(world.tokenEnv(world.jobToken()), Conventions.of("7", "prd"), JobKind.BACKUP);
        assertThat(e.getMessage()).isEqualTo("vault secret secret/groupe-7/scaleway_s3_backup does not exist");
        assertThat(world.vault.requests()).noneMatch(r -> r.path().startsWith("database/"));
        assertThat(world.vault.activeLeases()).isEmpty();
    }

    @Test
    void aRevocationVaultRefusesIsAWarningWithTheLeaseAndItsExpiry() {
        world = VaultWorld.start();
        String token = world.vault.token("secret/data/groupe-7/*", "database/creds/backup-groupe-7-prd"); // no sys/leases/revoke
        JobSecrets secrets = fetch(world.tokenEnv(token), Conventions.of("7", "prd"), JobKind.BACKUP);
        var lease = secrets.lease().orElseThrow();
        secrets.close();
        assertThat(logs.lines()).contains("WARN io.pgbackup.secrets.LeaseKeeper: could not revoke vault lease " + lease.id()
                + " (the account expires at " + lease.expiresAt() + "): vault answered 403 for sys/leases/revoke:"
                + " permission denied; revoke it by hand: vault lease revoke " + lease.id());
        assertThat(VaultWorld.roleExists(secrets.dbUser())).isTrue(); // until its TTL, or the stand-in's close
        assertNoSecretIn("");
    }

    @Test
    void withItsOwnJwtTokenTheJobRevokesTheTokenWhenItMayNotRevokeTheLease() {
        world = VaultWorld.start();
        world.vault.jwtRole("pgbackup", "https://vault.example.com", Map.of(),
                "secret/data/groupe-7/*", "database/creds/backup-groupe-7-prd");
        String jwt = world.vault.signJwt(Map.of("aud", "https://vault.example.com", "sub", "project_path:g/app"));
        Map<String, String> env = Map.of("VAULT_ADDR", world.vault.url(), "VAULT_ID_TOKEN", jwt, "VAULT_AUTH_ROLE", "pgbackup");
        JobSecrets secrets = fetch(env, Conventions.of("7", "prd"), JobKind.BACKUP);
        String leaseId = secrets.lease().orElseThrow().id();
        secrets.close();
        assertThat(VaultWorld.roleExists(secrets.dbUser())).isFalse();
        assertThat(logs.lines()).contains("INFO io.pgbackup.secrets.LeaseKeeper: revoked the job's vault token, and with it lease "
                + leaseId + " (the token's policy may not revoke leases itself: grant it \"update\" on sys/leases/revoke)");
        assertThat(logs.lines()).noneMatch(l -> l.startsWith("WARN"));
        assertNoSecretIn("");
    }

    @Test
    void anInterruptedJobStillGivesItsAccountBack() {
        world = VaultWorld.start();
        JobSecrets secrets = fetch(world.tokenEnv(world.jobToken()), Conventions.of("7", "prd"), JobKind.BACKUP);
        Thread.currentThread().interrupt();
        secrets.close();
        assertThat(Thread.interrupted()).isTrue();
        assertThat(VaultWorld.roleExists(secrets.dbUser())).isFalse();
    }

    @Test
    void storeOnlyJobsTakeNoAccount() {
        world = VaultWorld.start();
        try (JobSecrets secrets = fetch(world.tokenEnv(world.jobToken()), Conventions.of("7", "prd"), JobKind.STORE_ONLY)) {
            assertThat(secrets.lease()).isEmpty();
            assertThat(catchThrowableOfType(IllegalStateException.class, secrets::dbUser))
                    .hasMessage("this job took no database account from Vault");
        }
        assertThat(world.vault.requests()).noneMatch(r -> r.path().startsWith("database/"));
    }

    @Test
    void aMissingGroupIsAUsageErrorBeforeAnyRequest() {
        world = VaultWorld.start();
        PgBackupException e = fails(world.tokenEnv(world.jobToken()), Conventions.of(null, "prd"), JobKind.BACKUP);
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.render()).isEqualTo("error: --vault-group is missing: it names the job's paths in Vault\n"
                + "HINT: pass --vault-group N and --environment E (e.g. --vault-group 7 --environment prd)\n"
                + "HINT: or give the path itself with --vault-s3-path");
        assertThat(world.vault.requests()).isEmpty();
    }
}
