package io.pgbackup.error;

/**
 * The one list of pgbackup's exit codes. {@code --help} and the README print this table; tests
 * assert these numbers. A code, once published, keeps its meaning.
 */
public enum ExitCode {
    SUCCESS(0, "success"),
    FAILURE(1, "unexpected failure (a bug: run again with --verbose and report it)"),
    USAGE(2, "invalid command line"),
    CONFIG(3, "missing or invalid configuration (store, passphrase, connection settings)"),
    STORE_UNREACHABLE(10, "the store cannot be reached, refused the credentials, or cannot take the backup (a full volume)"),
    BACKUP_NOT_FOUND(11, "no such backup, or no restorable backup in the store"),
    WRONG_PASSPHRASE(12, "the passphrase does not decrypt the backup"),
    BACKUP_CORRUPT(13, "the backup is corrupt, truncated or was tampered with"),
    BACKUP_ARCHIVED(14, "the backup is archived (GLACIER): bring it back with RestoreObject, then run again"),
    DUMP_FAILED(20, "pg_dump failed: no backup was written"),
    RESTORE_FAILED(21, "the restore failed and was rolled back: the database is unchanged"),
    DATABASE_UNREACHABLE(22, "the database server cannot be reached or refused the login"),
    REFUSED(23, "refused to overwrite a database without --yes"),
    PRIVILEGE_MISSING(24, "the database account lacks a privilege the restore needs: nothing was changed"),
    BUSY(25, "another restore of the same database is running: nothing was changed"),
    VAULT_UNREACHABLE(30, "Vault cannot be reached"),
    VAULT_LOGIN_FAILED(31, "Vault refused the login"),
    VAULT_SECRET_MISSING(32, "a Vault path, key or role does not exist or is not allowed"),
    VAULT_TOKEN_EXPIRING(33, "the Vault token or database lease reached its max TTL before the job could end: the job stopped"),
    STALE(40, "status: no restorable backup, or the newest is older than --max-age"),
    VERIFY_FAILED(41, "verify: the restore drill failed, or the last verification failed"),
    SUSPICIOUS_SIZE(42, "status: the newest backup is much smaller than the previous ones"),
    INTERRUPTED(130, "interrupted (SIGINT/SIGTERM); nothing partial was kept");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The EXIT STATUS block printed at the end of every help page. */
    public static String helpTable() {
        StringBuilder sb = new StringBuilder();
        for (ExitCode c : values()) {
            sb.append(String.format("  %3d  %s%n", c.code, c.meaning));
        }
        return sb.toString();
    }
}
