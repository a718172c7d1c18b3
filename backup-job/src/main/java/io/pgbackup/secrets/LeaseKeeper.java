package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps the job's Vault token and its database lease alive while the job runs, and gives them back
 * when the job ends.
 *
 * <ul>
 * <li>Renewal ({@link Renewal}): the token (renew-self) and a renewable lease are renewed at half
 *     their duration. Vault revokes every lease of a token when the token expires, so the token
 *     must live as long as the lease. When either reaches its max TTL before the job ends, the job
 *     is stopped before that end with {@link ExitCode#VAULT_TOKEN_EXPIRING} ({@code onEnd}), so the
 *     job, not Vault, ends pg_dump and drops the account.</li>
 * <li>Revocation: {@link #close()}, or a JVM shutdown hook on SIGTERM/SIGINT, revokes the lease
 *     (Vault drops the account) and, when the token is the job's own (JWT login), revokes the token
 *     too, which also revokes its leases if revoking the lease alone was refused. A failure is a
 *     warning naming the lease and its expiry, never an exception.</li>
 * </ul>
 */
final class LeaseKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

    private final VaultClient client;
    private final Thread hook;
    private final Consumer<PgBackupException> onEnd;
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pgbackup-vault-renew");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Lease lease;
    private boolean closed;

    private LeaseKeeper(VaultClient client, Consumer<PgBackupException> onEnd) {
        this.client = client;
        this.onEnd = onEnd;
        this.hook = new Thread(this::close, "pgbackup-vault-revoke");
    }

    /**
     * Registers the shutdown hook and starts renewing the token; {@link #track(Lease)} adds the
     * lease once it exists. {@code onEnd} is called once when the token or the lease reaches its max
     * TTL before the job ended: it must stop the job (its children first).
     */
    static LeaseKeeper start(VaultClient client, Consumer<PgBackupException> onEnd) {
        LeaseKeeper keeper = new LeaseKeeper(client, onEnd);
        Runtime.getRuntime().addShutdownHook(keeper.hook);
        new Renewal("the job's vault token", client.tokenLease(), keeper.renewer,
                t -> client.renewSelf(client.tokenLease().duration()), t -> { },
                end -> keeper.end(SecretErrors.tokenEnds(client.config(), client.tokenLease().duration(), end)),
                Clock.systemUTC()).start();
        return keeper;
    }

    synchronized void track(Lease newLease) {
        this.lease = newLease;
        new Renewal("vault lease " + newLease.id(), newLease, renewer,
                l -> client.renew(l.id(), newLease.duration()), renewed -> lease = renewed,
                end -> end(SecretErrors.leaseEnds(newLease, end)), Clock.systemUTC()).start();
    }

    Lease lease() {
        return lease;
    }

    private void end(PgBackupException reason) {
        if (ended.compareAndSet(false, true)) {
            LOG.error("{}", reason.getMessage());
            onEnd.accept(reason);
        }
    }

    /** Revokes the lease (and our own token); runs once, from the job or from the shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        renewer.shutdownNow();
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook waits for this method and then finds it closed
            }
        }
        boolean interrupted = Thread.interrupted(); // an interrupted job must still give its account back
        try {
            revoke();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void revoke() {
        Lease current = lease;
        RuntimeException failure = null;
        if (current != null) {
            try {
                client.revoke(current.id());
                LOG.info("revoked vault lease {}: the temporary database account is dropped", current.id());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        boolean tokenRevoked = revokeOwnToken();
        if (failure == null) {
            return;
        }
        if (tokenRevoked && failure instanceof VaultRequestException v && v.denied()) {
            LOG.info("revoked the job's vault token, and with it lease {} (the token's policy may not revoke"
                    + " leases itself: grant it \"update\" on sys/leases/revoke)", current.id());
            return;
        }
        LOG.warn("could not revoke vault lease {} (the account expires at {}): {}; revoke it by hand: vault lease revoke {}",
                current.id(), current.expiresAt(), failure.getMessage(), current.id());
    }

    private boolean revokeOwnToken() {
        if (!client.ownsToken()) {
            return false;
        }
        try {
            client.revokeOwnToken();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not revoke the job's vault token (it expires with its TTL): {}", e.getMessage());
            return false;
        }
    }
}
