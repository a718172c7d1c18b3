package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConventionsTest {
    @Test
    void theTeamsPaths() {
        Conventions c = Conventions.of("7", "prd");
        assertThat(c.dbCredsPath(JobKind.BACKUP)).isEqualTo("database/creds/backup-groupe-7-prd");
        assertThat(c.dbCredsPath(JobKind.RESTORE)).isEqualTo("database/creds/restore-groupe-7-prd");
        assertThat(c.dbRoleName(JobKind.RESTORE)).isEqualTo("restore-groupe-7-prd");
        assertThat(c.s3Path()).isEqualTo("secret/groupe-7/scaleway_s3_backup");
        assertThat(c.passphrasePath()).isEqualTo("secret/groupe-7/passphrase_s3_backup");
    }

    @Test
    void everyOtherEnvironmentHasItsOwnSecretsUnderTheGroup() {
        Conventions c = Conventions.of("7", "stg");
        assertThat(c.s3Path()).isEqualTo("secret/groupe-7/stg/scaleway_s3_backup");
        assertThat(c.passphrasePath()).isEqualTo("secret/groupe-7/stg/passphrase_s3_backup");
        assertThat(c.dbCredsPath(JobKind.BACKUP)).isEqualTo("database/creds/backup-groupe-7-stg");
        assertThat(Conventions.secretsPath("7", "prd")).isEqualTo("groupe-7");
        PgBackupException e = catchThrowableOfType(PgBackupException.class, () -> Conventions.of("7", null).s3Path());
        assertThat(e.render()).isEqualTo("error: --environment is missing: it names the job's paths in Vault\n"
                + "HINT: pass --vault-group N and --environment E (e.g. --vault-group 7 --environment prd)\n"
                + "HINT: or give the path itself with --vault-s3-path");
    }

    /** The CI template names each job's JWT role as infra/ does, by these conventions. */
    @Test
    void theCiTemplateNamesTheRolesByTheConventions() throws java.io.IOException {
        String template = java.nio.file.Files.readString(DeployedWorld.repositoryRoot().resolve("templates/pgbackup.yml"));
        for (String kind : java.util.List.of("backup", "verify", "status", "prune")) {
            assertThat(template).contains("    VAULT_AUTH_ROLE: "
                    + Conventions.roleName(kind, "$[[ inputs.vault_group ]]", "$PGBACKUP_ENVIRONMENT") + "\n");
        }
        assertThat(template).contains("    VAULT_AUTH_ROLE: "
                + Conventions.roleName("restore", "$[[ inputs.vault_group ]]", "$[[ inputs.restore_environment ]]") + "\n");
    }

    @Test
    void overrides() {
        Conventions c = Conventions.of(null, null).withDbRole("pg-main/creds/backup-app").withS3Path("/kv/app/s3/")
                .withPassphrasePath("kv/app/pass");
        assertThat(c.dbCredsPath(JobKind.BACKUP)).isEqualTo("pg-main/creds/backup-app");
        assertThat(c.dbRoleName(JobKind.BACKUP)).isEqualTo("backup-app");
        assertThat(c.s3Path()).isEqualTo("kv/app/s3");
        assertThat(c.passphrasePath()).isEqualTo("kv/app/pass");
        assertThat(Conventions.of("7", "prd").withDbRole("custom").dbCredsPath(JobKind.RESTORE)).isEqualTo("database/creds/custom");
    }

    @Test
    void invalidValues() {
        PgBackupException e = catchThrowableOfType(PgBackupException.class, () -> Conventions.of("7/../x", "prd"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.render()).isEqualTo("error: invalid --vault-group \"7/../x\"\nHINT: use letters, digits, '.', '_' and '-'");
        assertThat(catchThrowableOfType(PgBackupException.class, () -> Conventions.of("7", "prd").withS3Path("a b")).getMessage())
                .isEqualTo("invalid --vault-s3-path \"a b\"");
    }

    @Test
    void missingEnvironment() {
        PgBackupException e = catchThrowableOfType(PgBackupException.class,
                () -> Conventions.of("7", null).dbCredsPath(JobKind.BACKUP));
        assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(e.render()).isEqualTo("error: --environment is missing: it names the job's paths in Vault\n"
                + "HINT: pass --vault-group N and --environment E (e.g. --vault-group 7 --environment prd)\n"
                + "HINT: or give the path itself with --vault-db-role");
    }
}
