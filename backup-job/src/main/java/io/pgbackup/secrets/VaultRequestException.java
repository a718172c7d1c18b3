package io.pgbackup.secrets;

/**
 * Vault answered a request with an error (4xx). Carries the status and Vault's error text (never
 * a secret: Vault does not echo tokens or values in errors). {@link VaultJobSecrets} turns it into
 * a {@link io.pgbackup.error.PgBackupException} that says what the job was looking for.
 */
final class VaultRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String path;
    private final String vaultError;

    VaultRequestException(int status, String path, String vaultError) {
        super("vault answered " + status + " for " + path + ": " + vaultError);
        this.status = status;
        this.path = path;
        this.vaultError = vaultError;
    }

    int status() {
        return status;
    }

    String path() {
        return path;
    }

    String vaultError() {
        return vaultError;
    }

    boolean denied() {
        return status == 403;
    }

    boolean notFound() {
        return status == 404;
    }
}
