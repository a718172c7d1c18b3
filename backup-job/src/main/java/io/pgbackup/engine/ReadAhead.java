package io.pgbackup.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream on its own thread into a bounded set of chunks, so that the process writing it
 * (igzip, and pg_dump behind it) keeps running while the caller encrypts and stores a chunk:
 * a pipe between processes holds only 64 KiB. Memory: {@code chunks × chunkSize}.
 * Not thread-safe on the consuming side: one caller of {@link #next}.
 */
final class ReadAhead implements AutoCloseable {
    /** A filled chunk; {@link #recycle} it once written. */
    record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], -1);

    private final InputStream in;
    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Chunk> filled;
    private final Thread reader;
    private volatile IOException failure;

    ReadAhead(InputStream in, int chunkSize, int chunks) {
        this.in = in;
        this.free = new ArrayBlockingQueue<>(chunks);
        this.filled = new ArrayBlockingQueue<>(chunks + 1);
        for (int i = 0; i < chunks; i++) {
            free.add(new byte[chunkSize]);
        }
        this.reader = new Thread(this::readAll, "read-ahead");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** The next chunk in order, or null at the end of the stream; throws what reading threw. */
    Chunk next() throws IOException {
        Chunk c;
        try {
            c = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (c == END) {
            filled.add(END);
            if (failure != null) {
                throw failure;
            }
            return null;
        }
        return c;
    }

    void recycle(Chunk c) {
        free.add(c.bytes());
    }

    private void readAll() {
        try {
            boolean more = true;
            while (more && failure == null) {
                byte[] buf = free.take();
                int n = 0;
                try {
                    while (n < buf.length) {
                        int r = in.read(buf, n, buf.length - n);
                        if (r < 0) {
                            more = false;
                            break;
                        }
                        n += r;
                    }
                } catch (IOException e) {
                    failure = e; // the bytes read before it are delivered first
                }
                if (n > 0) {
                    filled.put(new Chunk(buf, n));
                }
            }
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("read-ahead stopped");
        } finally {
            filled.add(END);
        }
    }

    /** Stops the reader (it may be blocked in read: closing the stream unblocks it). */
    @Override
    public void close() throws IOException {
        reader.interrupt();
        in.close();
    }
}
