package io.pgbackup.compress;

import static io.pgbackup.compress.TestStreams.javaGunzip;
import static io.pgbackup.compress.TestStreams.sqlText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

class ParallelGzipFailureTest {
    private static final int BLOCK = 64 * 1024;

    /** A deflater that breaks on its third block, as a worker bug or an OutOfMemoryError would. */
    private static Deflater failingOnThirdBlock(AtomicInteger calls) {
        return new Deflater(6, true) {
            @Override
            public int deflate(byte[] b, int off, int len, int flush) {
                if (calls.incrementAndGet() == 3) {
                    throw new IllegalStateException("simulated worker failure");
                }
                return super.deflate(b, off, len, flush);
            }
        };
    }

    @Test
    void aWorkerFailureSurfacesOnALaterWriteAndTheSinkIsStillClosed() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        ClosingSink sink = new ClosingSink();
        ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, 6, 2, BLOCK,
            () -> failingOnThirdBlock(calls));
        byte[] chunk = sqlText(BLOCK, 1);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 100; i++) {
                gz.write(chunk);
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("simulated worker failure");
        assertThatThrownBy(() -> gz.write(chunk)).isInstanceOf(IOException.class)
            .hasMessageStartingWith("the gzip stream failed earlier");
        gz.close(); // already reported: close cleans up without throwing it again
        assertThat(sink.closed).isTrue();
    }

    @Test
    void aWorkerFailureInTheLastBlockSurfacesOnClose() {
        AtomicInteger calls = new AtomicInteger(1);
        ClosingSink sink = new ClosingSink();
        ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, 6, 1, BLOCK,
            () -> failingOnThirdBlock(calls));
        assertThatThrownBy(() -> {
            gz.write(sqlText(BLOCK + 10, 2));
            gz.close();
        }).isInstanceOf(IllegalStateException.class).hasMessage("simulated worker failure");
        assertThat(sink.closed).isTrue();
    }

    @Test
    void theSinksOwnExceptionReachesTheCallerUnchanged() {
        PgBackupException storeDown = new PgBackupException(ExitCode.STORE_UNREACHABLE, "the store is down");
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                throw storeDown;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw storeDown;
            }
        };
        assertThatThrownBy(() -> {
            try (ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, 1, 2)) {
                for (int i = 0; i < 50; i++) {
                    gz.write(sqlText(BLOCK, i));
                }
            }
        }).isSameAs(storeDown);
    }

    @Test
    void aSinkIoExceptionIsThrownByClose() throws IOException {
        IOException diskFull = new IOException("No space left on device");
        OutputStream sink = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 10) { // the header goes through, the first block does not
                    throw diskFull;
                }
            }
        };
        ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, 6, 2);
        gz.write(new byte[10]); // buffered in the first block: nothing reaches the sink yet
        assertThatThrownBy(gz::close).isSameAs(diskFull);
    }

    @Test
    void aStalledSinkStopsTheWriterAfterABoundedNumberOfBlocks() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        OutputStream slow = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                received.write(b, off, len);
            }
        };
        int threads = 2;
        byte[] chunk = sqlText(BLOCK, 9);
        AtomicLong accepted = new AtomicLong();
        AtomicBoolean finished = new AtomicBoolean();
        ParallelGzipOutputStream gz = new ParallelGzipOutputStream(slow, 6, threads, BLOCK,
            () -> new Deflater(6, true));
        Thread producer = new Thread(() -> {
            try (gz) {
                for (int i = 0; i < 64; i++) {
                    gz.write(chunk);
                    accepted.addAndGet(chunk.length);
                }
                finished.set(true);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        producer.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((producer.getState() != Thread.State.WAITING || accepted.get() < 2L * threads * BLOCK)
            && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long stalledAt = accepted.get();
        Thread.sleep(500);
        // The writer is stuck on the header; 2 × threads + 1 blocks exist, all full: the producer waits.
        assertThat(producer.getState()).isEqualTo(Thread.State.WAITING);
        assertThat(accepted.get()).isEqualTo(stalledAt)
            .isBetween(2L * threads * BLOCK, (2L * threads + 1) * BLOCK);
        assertThat(finished).isFalse();
        release.countDown();
        producer.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(finished).isTrue();
        byte[] all = javaGunzip(received.toByteArray());
        assertThat(all).hasSize(64 * BLOCK);
    }

    private static final class ClosingSink extends ByteArrayOutputStream {
        volatile boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
