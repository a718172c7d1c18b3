package io.pgbackup.secrets;

import java.time.Duration;
import java.util.Optional;

/**
 * When a Vault request is worth another try, as Vault's own Go client decides
 * ({@code api.DefaultRetryPolicy}: retryablehttp's policy plus 412): 412 (a performance standby
 * not yet at the required index), 429 (a rate-limit quota) and every 5xx but 501 (sealed,
 * standby, failover, proxy errors), and a connection that could not be opened. The pauses double
 * from 0.5 s up to 5 s (a 429's {@code Retry-After} is honoured up to that), and the retries stop
 * after {@code maxRetries} ({@code VAULT_MAX_RETRIES}, as the vault CLI reads it) or once
 * {@link #BUDGET} has passed since the first attempt, whichever comes first.
 */
record Retries(int maxRetries) {
    static final int DEFAULT_MAX_RETRIES = 6;
    static final Duration BUDGET = Duration.ofSeconds(30);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    static boolean retryable(int status) {
        return status == 412 || status == 429 || (status >= 500 && status != 501);
    }

    /**
     * The pause before retry number {@code retry} (1-based), or empty when no retry is left:
     * {@code elapsed} is the time since the first attempt.
     */
    Optional<Duration> pause(int retry, Duration elapsed, Optional<Duration> retryAfter) {
        if (retry > maxRetries) {
            return Optional.empty();
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(retry - 1, 10));
        if (retryAfter.isPresent()) {
            pause = retryAfter.get();
        }
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
            pause = LONGEST_PAUSE;
        }
        return elapsed.plus(pause).compareTo(BUDGET) > 0 ? Optional.empty() : Optional.of(pause);
    }
}
