package io.pgbackup.cli;

import io.pgbackup.engine.Cleanup;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.secrets.Conventions;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.secrets.VaultConfig;
import io.pgbackup.secrets.VaultJobSecrets;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a job's secrets come from in Vault. With none of these options, Vault is not used. With
 * them, the job logs in to Vault (VAULT_ADDR, VAULT_TOKEN or a GitLab CI ID token, see
 * {@link VaultConfig}), takes a temporary database account, the S3 settings and the passphrase, and
 * lays them over the environment (PGUSER, PGPASSWORD, SCW_*, ENCRYPTION_KEY) before anything else
 * happens. The returned {@link JobSecrets} must be closed when the job ends: that revokes the account.
 */
public final class VaultOptions {
    @Option(names = "--vault-group", paramLabel = "N",
            description = "take the database account, S3 settings and passphrase from Vault, by the conventions of group N")
    String group;

    @Option(names = "--environment", paramLabel = "ENV",
            description = "environment of the Vault database role, e.g. prd: database/creds/backup-groupe-N-ENV")
    String environment;

    @Option(names = "--vault-db-role", paramLabel = "ROLE",
            description = "Vault database role instead of (backup|restore)-groupe-N-ENV (or a full MOUNT/creds/ROLE path)")
    String dbRole;

    @Option(names = "--vault-s3-path", paramLabel = "PATH",
            description = "Vault KV path of the S3 settings instead of secret/groupe-N/scaleway_s3_backup")
    String s3Path;

    @Option(names = "--vault-passphrase-path", paramLabel = "PATH",
            description = "Vault KV path of the passphrase (key passphrase) instead of secret/groupe-N/passphrase_s3_backup")
    String passphrasePath;

    /** True when any Vault option was given. */
    public boolean used() {
        return group != null || environment != null || dbRole != null || s3Path != null || passphrasePath != null;
    }

    /**
     * Fetches the job's secrets and lays them over {@code ctx}'s environment; null when Vault is not
     * used (try-with-resources accepts null). A restore needs {@code ownerRole}: objects restored as
     * the temporary account would belong to it and keep Vault from dropping it.
     */
    public JobSecrets apply(Context ctx, JobKind kind, String ownerRole) {
        if (!used()) {
            return null;
        }
        if ((kind == JobKind.RESTORE || kind == JobKind.VERIFY) && ownerRole == null) {
            throw new PgBackupException(ExitCode.USAGE, "a restore with a vault account needs --owner-role",
                    "pass --owner-role with the application's owner role (the role that owns its tables):"
                            + " the restore runs SET ROLE to it, so that nothing restored belongs to the temporary account");
        }
        Conventions conventions = conventions();
        JobSecrets secrets = VaultJobSecrets.fetch(VaultConfig.fromEnv(ctx.env()), conventions, kind, Cleanup::abort);
        Map<String, String> values = new HashMap<>(secrets.s3Variables());
        values.put(EnvVar.ENCRYPTION_KEY.name(), new String(secrets.passphrase()));
        if (kind != JobKind.STORE_ONLY) {
            values.put(EnvVar.PGUSER.name(), secrets.dbUser());
            values.put(EnvVar.PGPASSWORD.name(), new String(secrets.dbPassword()));
            ctx.accountFromVault();
        }
        ctx.overlay(values);
        return secrets;
    }

    private Conventions conventions() {
        Conventions c = Conventions.of(group, environment);
        if (dbRole != null) {
            c = c.withDbRole(dbRole);
        }
        if (s3Path != null) {
            c = c.withS3Path(s3Path);
        }
        if (passphrasePath != null) {
            c = c.withPassphrasePath(passphrasePath);
        }
        return c;
    }
}
