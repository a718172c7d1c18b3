package io.pgbackup.compress;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The writer thread of {@link ParallelGzipOutputStream}: writes the gzip header, then each block's
 * deflate output in submission order once its worker is done, then the trailer after the last block.
 * Every block goes back to the free pool after it is written. After the first failure (of a worker or
 * of the sink) it records the failure, writes nothing more, and keeps draining blocks so the
 * producer never waits forever.
 */
final class GzipBlockWriter implements Runnable {
    private final OutputStream sink;
    private final int level;
    private final BlockingQueue<DeflateBlock> ordered;
    private final BlockingQueue<DeflateBlock> free;
    private final AtomicReference<Throwable> failure;
    private final CountDownLatch done = new CountDownLatch(1);

    GzipBlockWriter(OutputStream sink, int level, BlockingQueue<DeflateBlock> ordered,
                    BlockingQueue<DeflateBlock> free, AtomicReference<Throwable> failure) {
        this.sink = sink;
        this.level = level;
        this.ordered = ordered;
        this.free = free;
        this.failure = failure;
    }

    OutputStream sink() {
        return sink;
    }

    /** Waits until the last block and the trailer were written (or the writer gave up). */
    void awaitDone() throws InterruptedIOException {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the gzip writer");
        }
    }

    @Override
    public void run() {
        try {
            guarded(() -> sink.write(header(level)));
            boolean last = false;
            while (!last) {
                DeflateBlock block = ordered.take();
                last = block.last;
                writeBlock(block);
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new InterruptedIOException("the gzip writer was interrupted"));
        } finally {
            done.countDown();
        }
    }

    private void writeBlock(DeflateBlock block) throws InterruptedException {
        try {
            if (block.compressed != null) {
                block.compressed.get();
            }
            guarded(() -> {
                sink.write(block.out, 0, block.outLen);
                if (block.last) {
                    sink.write(trailer(block.crc, block.isize));
                    sink.flush();
                } else if (block.flushed != null) {
                    sink.flush();
                }
            });
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        } finally {
            if (block.flushed != null) {
                block.flushed.countDown();
            }
            if (!block.last) {
                free.add(block);
            }
        }
    }

    private interface SinkWrite {
        void run() throws IOException;
    }

    /** Runs a write unless an earlier failure happened; records the write's own failure. */
    private void guarded(SinkWrite write) {
        if (failure.get() != null) {
            return;
        }
        try {
            write.run();
        } catch (IOException | RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        }
    }

    /** The 10-byte gzip header: deflate, no name, no mtime, XFL from the level, OS unknown. */
    static byte[] header(int level) {
        byte xfl = (byte) (level == 9 ? 2 : level == 1 ? 4 : 0);
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, xfl, (byte) 255};
    }

    static byte[] trailer(int crc, int isize) {
        return new byte[] {
            (byte) crc, (byte) (crc >>> 8), (byte) (crc >>> 16), (byte) (crc >>> 24),
            (byte) isize, (byte) (isize >>> 8), (byte) (isize >>> 16), (byte) (isize >>> 24)
        };
    }
}
