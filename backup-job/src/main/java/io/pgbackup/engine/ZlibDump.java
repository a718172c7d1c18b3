package io.pgbackup.engine;

import io.pgbackup.compress.Compression;
import io.pgbackup.compress.ParallelGzipOutputStream;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgDump;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** pg_dump's stdout read by this JVM and gzipped with zlib on several threads. */
final class ZlibDump implements GzippedDump {
    private static final int CHUNK = 256 * 1024;

    private final ToolProcess pgDump;
    private final PgConnection conn;
    private final Compression compression;
    private final AtomicLong sql = new AtomicLong();

    ZlibDump(ToolProcess pgDump, PgConnection conn, Compression compression) {
        this.pgDump = pgDump;
        this.conn = conn;
        this.compression = compression;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        OutputStream gzip = new ParallelGzipOutputStream(out, compression.level(), compression.threads());
        try {
            copy(pgDump.stdout(), gzip);
            PgDump.finish(pgDump, conn);
            gzip.close();
        } catch (IOException | RuntimeException e) {
            closeQuietly(gzip);
            throw e;
        }
    }

    private void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[CHUNK];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            sql.addAndGet(n);
        }
    }

    @Override
    public long sqlBytes() {
        return sql.get();
    }

    @Override
    public Optional<PgBackupException> toolFailure() {
        return PgDump.failureIfExited(pgDump, conn);
    }

    @Override
    public void kill() {
        pgDump.kill();
    }

    private static void closeQuietly(OutputStream s) {
        try {
            s.close();
        } catch (IOException | RuntimeException ignored) {
            // the writer is aborted by the caller: closing only releases the compression threads
        }
    }
}
