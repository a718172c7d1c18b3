package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Turns Vault's answers into the operator's messages, naming the path, key or role sought. */
final class SecretErrors {
    private SecretErrors() {
    }

    /** A KV secret could not be read; {@code overrideOption} is the flag that names another path. */
    static PgBackupException kv(String path, VaultRequestException e, String overrideOption, Collection<String> keys) {
        if (e.denied() && e.path().startsWith("sys/internal/ui/mounts/")) {
            String mount = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            return new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                    "vault denied reading " + path + ": no KV secrets engine is mounted there, or this job's policy"
                            + " grants nothing under it (Vault 1.15+ answers both with 403 to the mounts lookup)",
                    "check that a KV engine is mounted at " + mount + "/ (an operator sees it in: vault secrets list)",
                    "the Vault policy of this job must allow \"read\" on " + mount + "/data/"
                            + path.substring(Math.min(path.length(), mount.length() + 1)) + " (KV v2) or " + path + " (KV v1)",
                    "or pass " + overrideOption + " with the path the job may read");
        }
        if (e.denied()) {
            return new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                    "vault denied reading " + path + ": " + e.vaultError(),
                    "the Vault policy of this job must allow \"read\" on " + policyPath(path, e)
                            + ", and the path must be on a mounted KV secrets engine",
                    "or pass " + overrideOption + " with the path the job may read");
        }
        if (e.notFound()) {
            return new PgBackupException(ExitCode.VAULT_SECRET_MISSING, "vault secret " + path + " does not exist",
                    "write it: vault kv put " + path + " " + String.join("=... ", keys) + "=...",
                    "or pass " + overrideOption + " with the path where it is");
        }
        return new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                "vault could not read " + path + ": " + e.vaultError(),
                "check the path, or pass " + overrideOption + " with the right one");
    }

    private static String policyPath(String path, VaultRequestException e) {
        boolean kvV2Data = e.path().contains("/data/") && !e.path().equals(path);
        return kvV2Data ? e.path() : path + " (on a KV v2 mount: <mount>/data/<rest of the path>)";
    }

    /** Some keys are missing: names them and the keys present, never a value. */
    static PgBackupException missingKeys(KvSecret secret, List<String> missing, String overrideOption) {
        String present = secret.values().isEmpty() ? "none" : String.join(", ", new TreeSet<>(secret.values().keySet()));
        String fix = secret.version() == 2
                ? "add it: vault kv patch " + secret.path() + " " + String.join("=... ", missing) + "=..."
                : "add it: vault kv put " + secret.path() + " with every key (KV v1 replaces the whole secret)";
        return new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                "vault secret " + secret.path() + " has no key" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + " (keys present: " + present + ")",
                fix, "or pass " + overrideOption + " with the path of a complete secret");
    }

    /** The database credentials could not be issued. */
    static PgBackupException creds(String credsPath, String role, VaultRequestException e) {
        if (e.denied()) {
            return new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                    "vault denied reading " + credsPath + ": " + e.vaultError(),
                    "the Vault policy of this job must allow \"read\" on " + credsPath,
                    "or pass --vault-db-role with a role the job may use");
        }
        if (e.status() == 400 || e.notFound()) {
            return new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                    "vault database role " + role + " does not exist (" + credsPath + ": " + e.vaultError() + ")",
                    "the roles are declared per group and environment (infra/): check --vault-group and --environment",
                    "or pass --vault-db-role with an existing role");
        }
        return new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                "vault could not create a database account with role " + role + ": " + e.vaultError(),
                "Vault's database connection or the role's creation statements failed:"
                        + " ask Vault's operators (vault read " + credsPath.replace("/creds/", "/roles/") + ")");
    }

    /** The token will reach its max TTL before the job ends; Vault would then drop the account. */
    static PgBackupException tokenEnds(VaultConfig config, java.time.Duration ttl, java.time.Instant end) {
        String fix = config.login() == VaultConfig.Login.JWT
                ? "raise token_max_ttl of the JWT role " + config.authRole() + " above the CI job's timeout"
                        + " (infra/: VaultSettings tokenMaxTtl), then apply"
                : "use a VAULT_TOKEN whose max TTL outlasts the job (vault token create -period, or a longer -explicit-max-ttl)";
        return new PgBackupException(ExitCode.VAULT_TOKEN_EXPIRING,
                "the job's vault token reaches its max TTL at " + end + ", before the job ended: stopped the job,"
                        + " as Vault revokes the database account with the token", fix);
    }

    /** The database lease will reach its role's max_ttl before the job ends. */
    static PgBackupException leaseEnds(Lease lease, java.time.Instant end) {
        String role = lease.id().replaceFirst("/[^/]+$", "").replace("/creds/", "/roles/");
        return new PgBackupException(ExitCode.VAULT_TOKEN_EXPIRING,
                "vault lease " + lease.id() + " reaches the max_ttl of its database role at " + end
                        + ", before the job ended: stopped the job, as Vault then drops the account",
                "raise max_ttl of " + role + " above the CI job's timeout (infra/: VaultSettings credentialMaxTtl),"
                        + " then apply");
    }
}
