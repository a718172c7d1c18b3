package io.pgbackup.storage;

import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bytes of one part, in chunks of the writer's {@link BufferPool} taken as they fill (a short
 * last part takes only what it holds) and given back by {@link #release()}. Chunks of 256 KiB stay
 * below half a G1 region of a small heap, so none is a "humongous" object (which takes whole
 * regions and brings early out-of-memory errors). The SDK may read the body more than once
 * (signing, retries): {@link #body()} hands out a fresh stream each time.
 */
final class PartBuffer {
    private static final int CHUNK = BufferPool.CHUNK;

    private final long capacity;
    private final BufferPool pool;
    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    PartBuffer(long capacity, BufferPool pool) {
        this.capacity = capacity;
        this.pool = pool;
    }

    /** Copies as much of {@code b[off..off+len)} as fits; returns how many bytes it took. */
    int write(byte[] b, int off, int len) {
        int taken = 0;
        while (taken < len && size < capacity) {
            int inChunk = (int) (size % CHUNK);
            if (inChunk == 0) {
                addChunk();
            }
            byte[] chunk = chunks.get(chunks.size() - 1);
            int n = (int) Math.min(Math.min(len - taken, CHUNK - inChunk), capacity - size);
            System.arraycopy(b, off + taken, chunk, inChunk, n);
            taken += n;
            size += n;
        }
        return taken;
    }

    boolean isFull() {
        return size == capacity;
    }

    long size() {
        return size;
    }

    RequestBody body() {
        return RequestBody.fromContentProvider(this::newStream, size, "application/octet-stream");
    }

    /** The bytes held, from the first. */
    InputStream newStream() {
        List<InputStream> parts = new ArrayList<>(chunks.size());
        long left = size;
        for (byte[] chunk : snapshot()) {
            int n = (int) Math.min(chunk.length, left);
            parts.add(new ByteArrayInputStream(chunk, 0, n));
            left -= n;
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** Gives the chunks back to the pool (once uploaded or discarded). Safe to call more than once. */
    synchronized void release() {
        chunks.forEach(pool::recycle);
        chunks.clear();
    }

    private synchronized void addChunk() {
        chunks.add(pool.chunk());
    }

    private synchronized List<byte[]> snapshot() {
        return List.copyOf(chunks);
    }
}
