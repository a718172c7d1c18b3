package io.pgbackup.storage;

import software.amazon.awssdk.http.ContentStreamProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded pipe from the writer's thread to the thread that sends a streamed part: the writer
 * blocks while the pipe is full, the request's body blocks while it is empty. Either side can break
 * it: the sender when its request fails ({@link #fail}), which wakes a blocked writer with
 * {@link Broken}; the writer when it gives up ({@link #cancel}), which makes the body's next read
 * throw. The ring is counted by the writer's {@link BufferPool} until {@link #release()}.
 */
final class PartPipe {
    private static final byte[] ZEROS = new byte[64 * 1024];

    private final byte[] ring;
    private final BufferPool gauge;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final Body body = new Body();
    private int head;
    private int count;
    private long consumed;
    private boolean finished;
    private boolean cancelled;
    private boolean released;
    private Throwable failure;

    /** Thrown to the writer when the request it feeds has failed; the cause is the request's failure. */
    static final class Broken extends RuntimeException {
        Broken(Throwable cause) {
            super("the streamed part request failed", cause);
        }
    }

    PartPipe(int capacity, BufferPool gauge) {
        gauge.take(capacity);
        this.gauge = gauge;
        this.ring = new byte[capacity];
    }

    /** Puts all of {@code b[off..off+len)} into the pipe, waiting for room as needed. */
    void write(byte[] b, int off, int len) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (len > 0) {
                while (count == ring.length && failure == null) {
                    notFull.await();
                }
                if (failure != null) {
                    throw new Broken(failure);
                }
                int tail = (head + count) % ring.length;
                int n = Math.min(len, Math.min(ring.length - count, ring.length - tail));
                System.arraycopy(b, off, ring, tail, n);
                count += n;
                off += n;
                len -= n;
                notEmpty.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Puts {@code n} zero bytes into the pipe. */
    void writeZeros(long n) throws InterruptedException {
        while (n > 0) {
            int chunk = (int) Math.min(n, ZEROS.length);
            write(ZEROS, 0, chunk);
            n -= chunk;
        }
    }

    /** No more bytes: the body ends once it has read what the pipe holds. */
    void finish() {
        signalAll(() -> finished = true);
    }

    /** The writer gives up: the body's next read throws. */
    void cancel() {
        signalAll(() -> cancelled = true);
    }

    /** The request failed: the writer's next (or current) write throws {@link Broken}. */
    void fail(Throwable t) {
        signalAll(() -> failure = t);
    }

    /** Stops counting the ring (once the request is over). Safe to call more than once. */
    void release() {
        signalAll(() -> {
            if (!released) {
                released = true;
                gauge.give(ring.length);
            }
        });
    }

    /**
     * The request body. The SDK asks again only to retry: that is possible while the first attempt
     * has read nothing; after that the bytes are gone, and the retry fails with an I/O error.
     */
    ContentStreamProvider provider() {
        return () -> {
            lock.lock();
            try {
                if (consumed > 0) {
                    throw new UncheckedIOException(new IOException(
                            "a streamed part cannot be sent again: its first attempt failed after "
                                    + consumed + " bytes"));
                }
                return body;
            } finally {
                lock.unlock();
            }
        };
    }

    private void signalAll(Runnable change) {
        lock.lock();
        try {
            change.run();
            notFull.signalAll();
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** What the request reads; closing it does nothing (the pipe's sides decide when it ends). */
    private final class Body extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            try {
                lock.lockInterruptibly();
                try {
                    while (count == 0 && !finished && !cancelled) {
                        notEmpty.await();
                    }
                    return take(b, off, len);
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while streaming a part");
            }
        }

        private int take(byte[] b, int off, int len) throws IOException {
            if (cancelled) {
                throw new IOException("the writer stopped feeding this part");
            }
            if (count == 0) {
                return -1;
            }
            int n = Math.min(len, Math.min(count, ring.length - head));
            System.arraycopy(ring, head, b, off, n);
            head = (head + n) % ring.length;
            count -= n;
            consumed += n;
            notFull.signal();
            return n;
        }

        @Override
        public int available() {
            lock.lock();
            try {
                return count;
            } finally {
                lock.unlock();
            }
        }
    }
}
