package io.pgbackup.secrets;

import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.vault.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Vault role per job kind, under the policies and JWT roles infra/ synthesizes (loaded from the
 * committed Terraform JSON, not written here): each job logs in with the claims of the pipeline
 * meant to run it and does its work; the same token is refused every other kind's paths.
 */
class LeastPrivilegeTest {
    private static final String LOGIN_REFUSED = "error: vault refused the jwt login of role restore-groupe-7-prd at"
            + " auth/jwt/login: error validating claims: claim \"%s\" does not match any associated bound claim values\n";

    private static DeployedWorld w;

    @BeforeAll
    static void start() {
        w = new DeployedWorld();
        Cli.Result backup = w.nightly("backup-groupe-7-prd").run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(backup.code()).as(backup.err()).isZero();
    }

    @AfterAll
    static void stop() {
        w.close();
    }

    private static List<String> requestedPaths(int from) {
        List<RecordedRequest> all = w.vault.requests();
        return all.subList(from, all.size()).stream().map(RecordedRequest::path).toList();
    }

    @Test
    void eachJobKindDoesItsWorkWithThePipelineMeantToRunIt() {
        Cli.Result push = w.cli("backup-groupe-7-prd", w.claims("push", "main", true, null))
                .run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(push.code()).as(push.err()).isZero();

        Cli.Result verify = w.nightly("verify-groupe-7-prd").run("verify", "--vault-group", "7", "--environment", "prd",
                "--owner-role", DeployedWorld.OWNER);
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(VaultCliWorld.account(verify.err())[1]).startsWith("database/creds/verify-groupe-7-prd/");

        int before = w.vault.requests().size();
        Cli.Result status = w.nightly("status-groupe-7-prd").run("status", "--vault-group", "7", "--environment", "prd");
        assertThat(status.code()).as(status.err()).isZero();
        Cli.Result prune = w.nightly("prune-groupe-7-prd").run("prune", "--vault-group", "7", "--environment", "prd",
                "--dry-run");
        assertThat(prune.code()).as(prune.err()).isZero();
        assertThat(requestedPaths(before)).as("status and prune take no database account")
                .noneMatch(p -> p.startsWith("database/"));

        Cli.Result restore = w.cli("restore-groupe-7-prd", w.claims("trigger", "main", true, "pgbackup-restore/prd"))
                .run("restore", "--backup", "latest", "--target-database", w.db, "--yes", "--owner-role",
                        DeployedWorld.OWNER, "--vault-group", "7", "--environment", "prd");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(VaultCliWorld.account(restore.err())[1]).startsWith("database/creds/restore-groupe-7-prd/");
        assertThat(w.vault.activeLeases()).isEmpty();
    }

    @Test
    void theVerifyTokenCannotTakeTheRestoreAccount() {
        Cli.Result r = w.nightly("verify-groupe-7-prd").run("verify", "--vault-group", "7", "--environment", "prd",
                "--owner-role", DeployedWorld.OWNER, "--vault-db-role", "restore-groupe-7-prd");
        assertThat(r.code()).isEqualTo(32);
        assertThat(r.err()).endsWith("error: vault denied reading database/creds/restore-groupe-7-prd: permission denied\n"
                + "HINT: the Vault policy of this job must allow \"read\" on database/creds/restore-groupe-7-prd\n"
                + "HINT: or pass --vault-db-role with a role the job may use\n");
    }

    @Test
    void aRestoreLoginFromAnUnprotectedRefOrAPushPipelineIsRefused() {
        Cli.Result unprotected = w.cli("restore-groupe-7-prd", w.claims("trigger", "feature", false, "pgbackup-restore/prd"))
                .run("restore", "--backup", "latest", "--target-database", w.db, "--yes", "--owner-role",
                        DeployedWorld.OWNER, "--vault-group", "7", "--environment", "prd");
        assertThat(unprotected.code()).isEqualTo(31);
        assertThat(unprotected.err()).contains(String.format(LOGIN_REFUSED, "ref_protected"));
        Cli.Result push = w.cli("restore-groupe-7-prd", w.claims("push", "main", true, "pgbackup-restore/prd"))
                .run("restore", "--backup", "latest", "--target-database", w.db, "--yes", "--owner-role",
                        DeployedWorld.OWNER, "--vault-group", "7", "--environment", "prd");
        assertThat(push.code()).isEqualTo(31);
        assertThat(push.err()).contains(String.format(LOGIN_REFUSED, "pipeline_source"));
    }

    @Test
    void aBackupLoginFromAnotherBranchOrAMergeRequestIsRefused() {
        Cli.Result r = w.cli("backup-groupe-7-prd", w.claims("push", "release", true, null))
                .run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(r.code()).isEqualTo(31);
        assertThat(r.err()).contains("error validating claims: claim \"ref\" does not match any associated bound claim values");
        Cli.Result mr = w.cli("backup-groupe-7-prd", w.claims("merge_request_event", "main", true, null))
                .run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(mr.code()).isEqualTo(31);
        assertThat(mr.err()).contains("claim \"pipeline_source\" does not match");
    }

    @Test
    void statusAndPruneTokensGetNoDatabaseAccount() {
        for (String kind : List.of("status", "prune")) {
            Cli.Result r = w.nightly(kind + "-groupe-7-prd").run("backup", "--vault-group", "7", "--environment", "prd");
            assertThat(r.code()).as(kind).isEqualTo(32);
            assertThat(r.err()).as(kind).contains("error: vault denied reading database/creds/backup-groupe-7-prd:"
                    + " permission denied\n");
        }
    }

    @Test
    void stagingReadsStagingsSecretsUnderStagingsPolicyAndProductionsTokenCannot() {
        Cli.Result stg = w.nightly("backup-groupe-7-stg").run("backup", "--vault-group", "7", "--environment", "stg");
        assertThat(stg.code()).as(stg.err()).isZero();
        assertThat(stg.err()).contains("read secret/groupe-7/stg/scaleway_s3_backup and"
                + " secret/groupe-7/stg/passphrase_s3_backup, database account v-jwt-alic-backup-g");
        Cli.Result prdToken = w.nightly("backup-groupe-7-prd").run("backup", "--vault-group", "7", "--environment", "stg");
        assertThat(prdToken.code()).isEqualTo(32);
        assertThat(prdToken.err()).contains("error: vault denied reading secret/groupe-7/stg/scaleway_s3_backup:");
    }

    @Test
    void aJobTokenMayRenewAndRevokeOnlyItsOwnRolesLeases() {
        VaultClient backup = VaultClient.login(VaultConfig.fromEnv(w.nightly("backup-groupe-7-prd").env()));
        DbCredentials creds = backup.readDatabaseCreds("database/creds/backup-groupe-7-prd");
        VaultClient verify = VaultClient.login(VaultConfig.fromEnv(w.nightly("verify-groupe-7-prd").env()));
        VaultRequestException renew = org.assertj.core.api.Assertions.catchThrowableOfType(VaultRequestException.class,
                () -> verify.renew(creds.lease().id(), java.time.Duration.ofMinutes(5)));
        assertThat(renew.status()).isEqualTo(403);
        VaultRequestException revoke = org.assertj.core.api.Assertions.catchThrowableOfType(VaultRequestException.class,
                () -> verify.revoke(creds.lease().id()));
        assertThat(revoke.status()).isEqualTo(403);
        assertThat(backup.renew(creds.lease().id(), java.time.Duration.ofMinutes(5)).duration()).isPositive();
        backup.revoke(creds.lease().id());
        verify.revokeOwnToken();
        backup.revokeOwnToken();
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
    }
}
