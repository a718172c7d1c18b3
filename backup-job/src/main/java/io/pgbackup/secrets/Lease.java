package io.pgbackup.secrets;

import java.time.Duration;
import java.time.Instant;

/**
 * A Vault lease on a dynamic secret. The id is not a secret (Vault's own logs print it), and it is
 * what an operator needs to revoke by hand: {@code vault lease revoke <id>}.
 *
 * @param id        the lease id, e.g. {@code database/creds/backup-groupe-7-prd/8f1c...}
 * @param duration  the lease duration Vault granted last
 * @param renewable whether Vault allows renewing it
 * @param expiresAt when the secret expires unless renewed
 */
public record Lease(String id, Duration duration, boolean renewable, Instant expiresAt) {
}
