package io.pgbackup.compress;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip on several cores, the way pigz does it: one standard gzip member that {@code gunzip} and
 * {@link java.util.zip.GZIPInputStream} read. The input is cut into blocks; worker threads
 * raw-deflate each block with the last 32 KiB of the stream before it as dictionary (so the ratio
 * stays within a fraction of a percent of plain gzip), ending every block with a sync flush and the
 * last with FINISH. A writer thread emits the blocks in order, then the CRC-32 and size trailer.
 *
 * <p>Memory is bounded: at most {@code 2 × threads + 1} blocks exist; {@code write} blocks while
 * they are all busy. An exception from a worker or from {@code out} is thrown by the next
 * {@code write}, {@code flush} or {@code close} (the same instance for an {@link IOException} or
 * {@link RuntimeException} of {@code out}, so a store's own error reaches the caller unchanged).
 * {@code close()} writes the rest and closes {@code out}. Not thread-safe: one writing thread.
 *
 * <p>Why not {@code org.anarres:parallelgzip} (1.0.5 resolves from Maven Central): its level is fixed
 * at the default (6), every 64 KiB block is compressed without the previous block as dictionary
 * (a worse ratio), and its last release (1.0.5) was built in August 2017. We need the level as an
 * option.
 */
public final class ParallelGzipOutputStream extends OutputStream {
    /**
     * 512 KiB. Measured on 200–300 MB of COPY data, 2 threads: 1 MiB blocks took 5–10% less CPU than
     * pigz's 128 KiB at level 1 and 1–5% less at level 6 (fewer dictionary loads and resets), sizes
     * within 0.1%. 512 KiB keeps most of that gain at half the memory: about 1.1 MB per block, so
     * 5.5 MB in all for 2 threads.
     */
    static final int DEFAULT_BLOCK_SIZE = 512 * 1024;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final ExecutorService workers;
    private final BlockingQueue<Deflater> deflaters;
    private final BlockingQueue<DeflateBlock> free;
    private final BlockingQueue<DeflateBlock> ordered = new LinkedBlockingQueue<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final GzipBlockWriter writer;
    private final CRC32 crc = new CRC32();
    private final byte[] one = new byte[1];
    private DeflateBlock current;
    private long size;
    private boolean failureReported;
    private boolean closed;

    /** Compresses at {@code level} (0–9, or -1 for zlib's default 6) on all available processors. */
    public ParallelGzipOutputStream(OutputStream out, int level) {
        this(out, level, Runtime.getRuntime().availableProcessors());
    }

    /** Compresses at {@code level} (0–9, or -1 for 6) on {@code threads} worker threads. */
    public ParallelGzipOutputStream(OutputStream out, int level, int threads) {
        this(out, level, threads, DEFAULT_BLOCK_SIZE, () -> new Deflater(level, true));
    }

    /** For tests and StreamBench: a block size and the deflaters to use. */
    ParallelGzipOutputStream(OutputStream out, int level, int threads, int blockSize,
                             Supplier<Deflater> newDeflater) {
        Objects.requireNonNull(out, "out");
        if (level < -1 || level > 9) {
            throw new IllegalArgumentException("gzip level must be -1..9, was " + level);
        }
        if (threads < 1 || blockSize < 1) {
            throw new IllegalArgumentException("threads and blockSize must be positive");
        }
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger workerNumber = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "pgbackup-gzip-" + instance + "-" + workerNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.deflaters = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            deflaters.add(newDeflater.get());
        }
        int blocks = 2 * threads + 1;
        this.free = new ArrayBlockingQueue<>(blocks);
        for (int i = 0; i < blocks; i++) {
            free.add(new DeflateBlock(blockSize));
        }
        this.current = free.remove();
        this.writer = new GzipBlockWriter(out, level, ordered, free, failure);
        Thread thread = new Thread(writer, "pgbackup-gzip-" + instance + "-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        throwIfFailed();
        while (len > 0) {
            int n = Math.min(len, current.capacity() - current.len);
            System.arraycopy(b, off, current.in, DeflateBlock.DICT + current.len, n);
            current.len += n;
            off += n;
            len -= n;
            if (current.len == current.capacity()) {
                submit(false, null);
                throwIfFailed();
            }
        }
    }

    /** Compresses what was written so far, waits until it has been written, and flushes {@code out}. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        throwIfFailed();
        CountDownLatch flushed = new CountDownLatch(1);
        submit(false, flushed);
        await(flushed);
        throwIfFailed();
    }

    /** Compresses the rest, writes the gzip trailer, then closes {@code out} (also after a failure). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            submit(true, null);
            writer.awaitDone();
        } catch (InterruptedIOException e) {
            failure.compareAndSet(null, e);
        } finally {
            workers.shutdownNow();
            deflaters.forEach(Deflater::end);
            closeSink();
        }
        Throwable t = failure.get();
        if (t != null && !failureReported) {
            throwIfFailed();
        }
    }

    private void submit(boolean last, CountDownLatch flushed) throws IOException {
        DeflateBlock block = current;
        crc.update(block.in, DeflateBlock.DICT, block.len);
        size += block.len;
        block.last = last;
        block.flushed = flushed;
        if (last) {
            block.crc = (int) crc.getValue();
            block.isize = (int) size;
        } else {
            current = take();
            current.follow(block);
        }
        if (failure.get() == null) {
            block.compressed = workers.submit(() -> compressWithPooledDeflater(block));
        }
        ordered.add(block);
    }

    private void compressWithPooledDeflater(DeflateBlock block) {
        Deflater deflater = deflaters.remove(); // one per worker thread: never empty here
        try {
            block.compress(deflater);
        } finally {
            deflaters.add(deflater);
        }
    }

    private DeflateBlock take() throws InterruptedIOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for gzip workers");
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedIOException {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for gzip workers");
        }
    }

    private void closeSink() {
        try {
            writer.sink().close();
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the gzip stream is closed");
        }
    }

    /**
     * Throws the first failure itself the first time, then wrapped: close() after a reported failure
     * must not throw the same instance again (try-with-resources cannot suppress an exception into itself).
     */
    private void throwIfFailed() throws IOException {
        Throwable t = failure.get();
        if (t == null) {
            return;
        }
        if (failureReported) {
            throw new IOException("the gzip stream failed earlier: " + t, t);
        }
        failureReported = true;
        if (t instanceof IOException) {
            throw (IOException) t;
        }
        if (t instanceof RuntimeException && !(t instanceof UncheckedIOException)) {
            throw (RuntimeException) t;
        }
        throw new IOException("gzip compression failed: " + t, t);
    }
}
