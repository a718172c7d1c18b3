package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A job's secrets taken from Vault by the team's {@link Conventions}. See {@link JobSecrets} for
 * the contract. Usage:
 * <pre>{@code
 * try (JobSecrets secrets = VaultJobSecrets.fetch(VaultConfig.fromEnv(env), Conventions.of("7", "prd"), JobKind.BACKUP)) {
 *     ... pg_dump with PGUSER=secrets.dbUser(), PGPASSWORD from secrets.dbPassword() ...
 * } // lease revoked: the account is gone
 * }</pre>
 */
public final class VaultJobSecrets implements JobSecrets {
    private static final Logger LOG = LoggerFactory.getLogger(VaultJobSecrets.class);

    private final LeaseKeeper keeper;
    private final DbCredentials creds;
    private final Map<String, String> s3;
    private final char[] passphrase;

    private VaultJobSecrets(LeaseKeeper keeper, DbCredentials creds, Map<String, String> s3, char[] passphrase) {
        this.keeper = keeper;
        this.creds = creds;
        this.s3 = s3;
        this.passphrase = passphrase;
    }

    /**
     * Logs in, reads the S3 settings and the passphrase, then (backup, restore) asks for the database
     * account, in that order, so a missing secret never leaves an account behind.
     *
     * @throws PgBackupException USAGE (paths), CONFIG, VAULT_UNREACHABLE, VAULT_LOGIN_FAILED, VAULT_SECRET_MISSING
     */
    public static JobSecrets fetch(VaultConfig config, Conventions conventions, JobKind kind) {
        return fetch(config, conventions, kind, reason -> { });
    }

    /**
     * The same; {@code onEnd} is called once if the token or the lease reaches its max TTL before
     * the job closes these secrets ({@link io.pgbackup.error.ExitCode#VAULT_TOKEN_EXPIRING}): it
     * must stop the job, which then closes them and so drops the account itself.
     */
    public static JobSecrets fetch(VaultConfig config, Conventions conventions, JobKind kind,
                                   Consumer<PgBackupException> onEnd) {
        String s3Path = conventions.s3Path();
        String passphrasePath = conventions.passphrasePath();
        String credsPath = kind.databaseKind().isPresent() ? conventions.dbCredsPath(kind) : null;
        VaultClient client = VaultClient.login(config);
        LeaseKeeper keeper = LeaseKeeper.start(client, onEnd);
        try {
            Map<String, String> s3 = readKeys(client, s3Path, Conventions.S3_KEYS, "--vault-s3-path");
            char[] passphrase = readKeys(client, passphrasePath, List.of(Conventions.PASSPHRASE_KEY),
                    "--vault-passphrase-path").get(Conventions.PASSPHRASE_KEY).toCharArray();
            DbCredentials creds = credsPath == null ? null : readCreds(client, credsPath, conventions.dbRoleName(kind));
            if (creds != null) {
                keeper.track(creds.lease());
            }
            LOG.info("vault: logged in ({}), read {} and {}{}", config.describeLogin(), s3Path, passphrasePath,
                    creds == null ? "" : ", database account " + creds.username() + " (lease " + creds.lease().id()
                            + ", " + creds.lease().duration().toSeconds() + " s"
                            + (creds.lease().renewable() ? ", renewed while the job runs)" : ", not renewable)"));
            return new VaultJobSecrets(keeper, creds, s3, passphrase);
        } catch (RuntimeException e) {
            keeper.close();
            throw e;
        }
    }

    private static Map<String, String> readKeys(VaultClient client, String path, List<String> keys, String option) {
        KvSecret secret;
        try {
            secret = client.readKv(path);
        } catch (VaultRequestException e) {
            throw SecretErrors.kv(path, e, option, keys);
        }
        List<String> missing = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : keys) {
            String v = secret.values().get(key);
            if (v == null) {
                missing.add(key);
            } else if (v.isBlank()) {
                throw new PgBackupException(ExitCode.VAULT_SECRET_MISSING,
                        "vault secret " + path + " has an empty value for key " + key,
                        "set it: vault kv " + (secret.version() == 2 ? "patch " : "put ") + path + " " + key + "=...");
            } else {
                out.put(key, v);
            }
        }
        if (!missing.isEmpty()) {
            throw SecretErrors.missingKeys(secret, missing, option);
        }
        return out;
    }

    private static DbCredentials readCreds(VaultClient client, String credsPath, String role) {
        try {
            return client.readDatabaseCreds(credsPath);
        } catch (VaultRequestException e) {
            throw SecretErrors.creds(credsPath, role, e);
        }
    }

    @Override
    public String dbUser() {
        return requireCreds().username();
    }

    @Override
    public char[] dbPassword() {
        return requireCreds().password();
    }

    private DbCredentials requireCreds() {
        if (creds == null) {
            throw new IllegalStateException("this job took no database account from Vault");
        }
        return creds;
    }

    @Override
    public Map<String, String> s3Variables() {
        return Map.copyOf(s3);
    }

    @Override
    public char[] passphrase() {
        return passphrase.clone();
    }

    @Override
    public Optional<Lease> lease() {
        return Optional.ofNullable(keeper.lease());
    }

    @Override
    public void close() {
        keeper.close();
        if (creds != null) {
            creds.wipe();
        }
        Arrays.fill(passphrase, '\0');
    }

    @Override
    public String toString() {
        return "VaultJobSecrets[user=" + (creds == null ? "-" : creds.username()) + ", s3 keys=" + s3.keySet() + "]";
    }
}
