package io.pgbackup.storage;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the bytes one writer holds in its own buffers (parts being filled or uploaded, the pipe of
 * a streamed part), and remembers the most it ever held, so tests can check the memory bound.
 */
final class MemoryGauge {
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong highWater = new AtomicLong();

    void take(long bytes) {
        long now = held.addAndGet(bytes);
        highWater.accumulateAndGet(now, Math::max);
    }

    void give(long bytes) {
        held.addAndGet(-bytes);
    }

    /** Bytes held now. */
    long held() {
        return held.get();
    }

    /** The most bytes ever held at once. */
    long highWater() {
        return highWater.get();
    }
}
