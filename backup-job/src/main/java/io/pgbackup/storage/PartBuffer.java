package io.pgbackup.storage;

import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bytes of one part, in 1 MiB chunks allocated as they fill (a short last part takes only what
 * it holds), each chunk counted by the writer's {@link MemoryGauge} until {@link #release()}. The
 * SDK may read the body more than once (signing, retries): {@link #body()} hands out a fresh
 * stream each time.
 */
final class PartBuffer {
    private static final int CHUNK = 1 << 20;

    private final long capacity;
    private final MemoryGauge gauge;
    private final List<byte[]> chunks = new ArrayList<>();
    private long size;
    private long allocated;

    PartBuffer(long capacity, MemoryGauge gauge) {
        this.capacity = capacity;
        this.gauge = gauge;
    }

    /** Copies as much of {@code b[off..off+len)} as fits; returns how many bytes it took. */
    int write(byte[] b, int off, int len) {
        int taken = 0;
        while (taken < len && size < capacity) {
            int inChunk = (int) (size % CHUNK);
            if (inChunk == 0) {
                allocate((int) Math.min(CHUNK, capacity - size));
            }
            byte[] chunk = chunks.get(chunks.size() - 1);
            int n = (int) Math.min(len - taken, chunk.length - inChunk);
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
        for (byte[] chunk : chunks) {
            int n = (int) Math.min(chunk.length, left);
            parts.add(new ByteArrayInputStream(chunk, 0, n));
            left -= n;
        }
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    /** Drops the bytes (once they are uploaded or discarded). Safe to call more than once. */
    synchronized void release() {
        chunks.clear();
        gauge.give(allocated);
        allocated = 0;
    }

    private synchronized void allocate(int length) {
        gauge.take(length);
        allocated += length;
        chunks.add(new byte[length]);
    }
}
