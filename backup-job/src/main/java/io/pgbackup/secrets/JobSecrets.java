package io.pgbackup.secrets;

import java.util.Map;
import java.util.Optional;

/**
 * Everything a job takes from Vault, held for the job's duration.
 *
 * <p>Contract:
 * <ul>
 * <li>Obtaining it ({@link VaultJobSecrets#fetch}) either returns a complete set or throws a
 *     {@link io.pgbackup.error.PgBackupException} and leaves no database account behind. Call it
 *     before touching the store: on failure nothing must be written.</li>
 * <li>While open, the database account's lease is renewed in the background (at half its
 *     duration, renewable leases only), so a long dump or restore keeps its account.</li>
 * <li>{@link #close()} revokes the lease at once: Vault drops the account. A revocation that fails
 *     is a logged warning naming the lease id and its expiry, never an exception. A JVM shutdown
 *     hook does the same on SIGTERM/SIGINT; the caller must itself stop its pg_dump/psql children
 *     on shutdown (an account cannot be dropped cleanly while a session still uses it).</li>
 * <li>Secrets are returned as copies and never logged; {@code toString()} shows none.</li>
 * </ul>
 */
public interface JobSecrets extends AutoCloseable {
    /** The temporary database account's user name. @throws IllegalStateException for {@link JobKind#STORE_ONLY} */
    String dbUser();

    /** A copy of the account's password, for pg_dump/psql's environment ({@code PGPASSWORD}) or a 0600 file. */
    char[] dbPassword();

    /** The five S3 settings: {@code SCW_ACCESS_KEY}, {@code SCW_SECRET_KEY}, {@code SCW_DEFAULT_ZONE},
     * {@code SCW_DEFAULT_REGION}, {@code SCW_S3_URL}. */
    Map<String, String> s3Variables();

    /** A copy of the backup encryption passphrase. */
    char[] passphrase();

    /** The database account's lease as last renewed; empty for {@link JobKind#STORE_ONLY}. */
    Optional<Lease> lease();

    /** Revokes the lease (and our own login token); idempotent; never throws. */
    @Override
    void close();
}
