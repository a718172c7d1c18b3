package io.pgbackup.restore;

import io.pgbackup.compress.Compression;
import io.pgbackup.compress.Gzip;
import io.pgbackup.dump.ToolProcess;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The SQL of a decrypted backup, read by this JVM (a parallel restore cuts it up): gunzipped by
 * {@code igzip -d} (fed by a thread of its own) or by zlib here. {@link #finish()} after the SQL's
 * end reports a failure of the gzip data or of the stream under it (the OpenPGP integrity check).
 */
final class SqlSource implements AutoCloseable {
    private final AtomicLong gzipBytes = new AtomicLong();
    private final ToolProcess igzip;
    private final Thread feeder;
    private final InputStream sql;
    private volatile Exception feedFailed;

    SqlSource(Compression c, InputStream gzip) throws IOException {
        InputStream counted = new FilterInputStream(gzip) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                gzipBytes.addAndGet(Math.max(n, 0));
                return n;
            }
        };
        if (c != null && c.engine() == Compression.Engine.IGZIP) {
            igzip = ToolProcess.filter(c.igunzipCommand());
            feeder = new Thread(() -> feed(counted, igzip.stdin()), "restore-gunzip-feed");
            feeder.setDaemon(true);
            feeder.start();
            sql = igzip.stdout();
        } else {
            igzip = null;
            feeder = null;
            sql = Gzip.decompressing(counted);
        }
    }

    InputStream sql() {
        return sql;
    }

    long gzipBytes() {
        return gzipBytes.get();
    }

    /** After the SQL's end: throws if the decrypted data or the gzip stream was bad. */
    void finish() throws IOException {
        if (igzip == null) {
            return;
        }
        join();
        if (feedFailed instanceof IOException e) {
            throw e;
        }
        if (feedFailed instanceof RuntimeException e) {
            throw e;
        }
        int exit = igzip.waitFor();
        if (exit != 0) {
            String said = igzip.stderr().strip();
            throw Gzip.corrupt("igzip -d exit " + exit + (said.isEmpty() ? "" : ", " + said));
        }
    }

    /** Stops igzip and its feeder (the decrypted stream is then free to be read elsewhere). */
    void kill() {
        if (igzip != null) {
            igzip.kill();
            join();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void feed(InputStream in, OutputStream out) {
        byte[] buf = new byte[256 * 1024];
        try (out) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            feedFailed = e;
        }
    }

    private void join() {
        try {
            feeder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
