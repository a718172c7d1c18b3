package io.pgbackup.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a database lease alive while the job runs and gives it back when the job ends.
 *
 * <ul>
 * <li>Renewal: a daemon thread renews a renewable lease at half its duration, asking for the
 *     original duration again; a failed renewal is a warning and is retried sooner.</li>
 * <li>Revocation: {@link #close()}, or a JVM shutdown hook on SIGTERM/SIGINT, revokes the lease
 *     (Vault drops the account) and, when the token is the job's own (JWT login), revokes the token
 *     too, which also revokes its leases if revoking the lease alone was refused. A failure is a
 *     warning naming the lease and its expiry, never an exception.</li>
 * </ul>
 */
final class LeaseKeeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);
    private static final Duration MIN_DELAY = Duration.ofMillis(500);

    private final VaultClient client;
    private final Thread hook;
    private ScheduledExecutorService renewer;
    private volatile Lease lease;
    private Duration increment;
    private boolean closed;

    private LeaseKeeper(VaultClient client) {
        this.client = client;
        this.hook = new Thread(this::close, "pgbackup-vault-revoke");
    }

    /** Registers the shutdown hook; {@link #track(Lease)} adds the lease once it exists. */
    static LeaseKeeper start(VaultClient client) {
        LeaseKeeper keeper = new LeaseKeeper(client);
        Runtime.getRuntime().addShutdownHook(keeper.hook);
        return keeper;
    }

    synchronized void track(Lease newLease) {
        this.lease = newLease;
        this.increment = newLease.duration();
        if (newLease.renewable() && !newLease.duration().isZero()) {
            renewer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "pgbackup-vault-renew");
                t.setDaemon(true);
                return t;
            });
            schedule(newLease.duration().dividedBy(2));
        }
    }

    Lease lease() {
        return lease;
    }

    private void schedule(Duration delay) {
        Duration d = delay.compareTo(MIN_DELAY) < 0 ? MIN_DELAY : delay;
        renewer.schedule(this::renew, d.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void renew() {
        Lease current = lease;
        try {
            Lease renewed = client.renew(current.id(), increment);
            lease = renewed;
            LOG.debug("renewed vault lease {} for {} s", renewed.id(), renewed.duration().toSeconds());
            if (renewed.renewable() && !renewed.duration().isZero()) {
                schedule(renewed.duration().dividedBy(2));
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew vault lease {} (it expires at {}): {}", current.id(), current.expiresAt(),
                    e.getMessage());
            Duration left = Duration.between(java.time.Instant.now(), current.expiresAt());
            if (!left.isNegative()) {
                schedule(left.dividedBy(3).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : left.dividedBy(3));
            }
        }
    }

    /** Revokes the lease (and our own token); runs once, from the job or from the shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (renewer != null) {
            renewer.shutdownNow();
        }
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
