package io.pgbackup.storage;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The memory of one writer: the 256 KiB chunks of its buffered parts, reused from part to part
 * (so a long stream makes no garbage for the collector, and never holds more chunks than were in
 * use at once), and the pipes of its streamed parts. It counts the bytes held and remembers the
 * most ever held, so tests can check the memory bound. Thread-safe: parts are released by the
 * upload threads.
 */
final class BufferPool {
    static final int CHUNK = 256 * 1024;

    private final Deque<byte[]> free = new ArrayDeque<>();
    private boolean reuse = true;
    private long held;
    private long highWater;

    /** A chunk of {@link #CHUNK} bytes, reused if one is free. Its contents are undefined. */
    synchronized byte[] chunk() {
        byte[] chunk = free.poll();
        if (chunk == null) {
            take(CHUNK);
            chunk = new byte[CHUNK];
        }
        return chunk;
    }

    /** Gives back a chunk from {@link #chunk()}: kept for the next part, or dropped after {@link #clear()}. */
    synchronized void recycle(byte[] chunk) {
        if (reuse) {
            free.push(chunk);
        } else {
            held -= chunk.length;
        }
    }

    /** Counts {@code bytes} allocated outside the chunks (a pipe). */
    synchronized void take(long bytes) {
        held += bytes;
        highWater = Math.max(highWater, held);
    }

    /** Stops counting {@code bytes} from {@link #take}. */
    synchronized void give(long bytes) {
        held -= bytes;
    }

    /**
     * Drops the free chunks, and those given back from now on: no more buffered part will start
     * (the writer has moved on to streamed parts, or is done).
     */
    synchronized void clear() {
        reuse = false;
        held -= (long) free.size() * CHUNK;
        free.clear();
    }

    /** Bytes held now. */
    synchronized long held() {
        return held;
    }

    /** The most bytes ever held at once. */
    synchronized long highWater() {
        return highWater;
    }
}
