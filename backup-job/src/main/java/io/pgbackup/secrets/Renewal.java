package io.pgbackup.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Renews one thing Vault expires (the job's token, or its database lease) at half of what Vault
 * granted last, asking each time for the first duration again, as Vault's own LifetimeWatcher
 * does. When Vault grants less than asked, its max TTL is reached: the end is final. The job is
 * then told {@link #margin} before that end ({@code onFinalEnd}), so that it can stop its children
 * and give the account back itself, instead of Vault dropping the account under a running pg_dump.
 * A failed renewal is a warning and is tried again sooner (at most every 10 s).
 */
final class Renewal {
    private static final Logger LOG = LoggerFactory.getLogger(Renewal.class);
    private static final Duration MIN_DELAY = Duration.ofMillis(500);
    private static final Duration MAX_MARGIN = Duration.ofSeconds(30);

    private final String what;
    private final ScheduledExecutorService scheduler;
    private final UnaryOperator<Lease> renew;
    private final Consumer<Lease> onRenewed;
    private final Consumer<Instant> onFinalEnd;
    private final Clock clock;
    private final Duration increment;
    private volatile Lease current;

    /**
     * @param what       what is renewed, for the logs ("the job's vault token", "vault lease ID")
     * @param first      what Vault granted first; not renewable or zero: only its end is watched
     * @param renew      asks Vault for the given lease's renewal by {@code first.duration()}; returns the grant
     * @param onFinalEnd called once, {@link #margin} before a final end
     */
    Renewal(String what, Lease first, ScheduledExecutorService scheduler, UnaryOperator<Lease> renew,
            Consumer<Lease> onRenewed, Consumer<Instant> onFinalEnd, Clock clock) {
        this.what = what;
        this.scheduler = scheduler;
        this.renew = renew;
        this.onRenewed = onRenewed;
        this.onFinalEnd = onFinalEnd;
        this.clock = clock;
        this.increment = first.duration();
        this.current = first;
    }

    /** Starts: the first renewal at half the first duration, or the watch of a final end. */
    void start() {
        if (increment.isZero()) {
            return; // never expires (a root token)
        }
        if (!current.renewable()) {
            finalEnd(current.expiresAt());
            return;
        }
        schedule(increment.dividedBy(2), this::renew);
    }

    /** How long before a final end the job is stopped: a quarter of the first duration, 30 s at most. */
    Duration margin() {
        Duration quarter = increment.dividedBy(4);
        return quarter.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : quarter;
    }

    private void renew() {
        Lease before = current;
        try {
            Lease renewed = renew.apply(before);
            current = renewed;
            onRenewed.accept(renewed);
            LOG.debug("renewed {} for {} s", what, renewed.duration().toSeconds());
            if (!renewed.renewable() || renewed.duration().compareTo(increment) < 0) {
                LOG.warn("{} reaches its max TTL at {}: Vault will not extend it again", what, renewed.expiresAt());
                finalEnd(renewed.expiresAt());
            } else {
                schedule(renewed.duration().dividedBy(2), this::renew);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not renew {} (it expires at {}): {}", what, before.expiresAt(), e.getMessage());
            Duration left = Duration.between(clock.instant(), before.expiresAt());
            if (left.compareTo(margin()) <= 0) {
                finalEnd(before.expiresAt());
            } else {
                Duration third = left.dividedBy(3);
                schedule(third.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : third, this::renew);
            }
        }
    }

    private void finalEnd(Instant end) {
        Duration until = Duration.between(clock.instant(), end.minus(margin()));
        schedule(until, () -> onFinalEnd.accept(end));
    }

    private void schedule(Duration delay, Runnable task) {
        Duration d = delay.compareTo(MIN_DELAY) < 0 ? MIN_DELAY : delay;
        if (!scheduler.isShutdown()) {
            scheduler.schedule(task, d.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
