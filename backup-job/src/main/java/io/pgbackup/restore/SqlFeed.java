package io.pgbackup.restore;

import io.pgbackup.compress.Compression;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.Psql;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gunzip and psql end of a restore. It writes {@code preamble} (which opens the transaction),
 * then the SQL of the decrypted gzip stream, and {@code COMMIT} only when {@link #commit()} is
 * called, after every check passed; {@link #kill()} instead drops the connection, so the server
 * rolls back. Two engines, as for backups:
 * <ul>
 *   <li>{@link #open} with igzip: {@code igzip -d | psql}, joined by a kernel pipe; this JVM writes
 *   the preamble, the stored gzip member and {@code COMMIT} as three gzip members into igzip, so the
 *   SQL never passes through the JVM;</li>
 *   <li>with zlib: the JVM inflates and writes the SQL to psql itself.</li>
 * </ul>
 */
interface SqlFeed extends AutoCloseable {
    String COMMIT = "COMMIT;\n";

    static SqlFeed open(RestoreRequest req, PgConnection target, String preamble, long expectedSqlBytes) {
        Compression c = req.compression();
        if (c != null && c.engine() == Compression.Engine.IGZIP) {
            return new IgzipFeed(Psql.startBehind(c.igunzipCommand(), req.tools(), target), target, preamble,
                    expectedSqlBytes);
        }
        return new ZlibFeed(Psql.start(req.tools(), target), target, preamble);
    }

    /** Feeds the SQL of {@code gzip} (the decrypted backup) after the preamble, reading it to its end. */
    void copy(InputStream gzip) throws IOException;

    /** Writes {@code COMMIT} and ends psql's input. */
    void commit();

    /** Waits for the tools; throws when one failed (the transaction was then rolled back). */
    void finish();

    /** Bytes of gzip data fed so far. */
    long gzipBytes();

    /** Bytes of SQL given to psql so far (exact once {@link #finish()} returned). */
    long sqlBytes();

    /** Kills the tools at once: psql's connection drops and the server rolls back. */
    void kill();

    @Override
    default void close() {
        kill();
    }

    /** Copies {@code in} to its end into a tool, adding each chunk to {@code copied}; see {@link #write}. */
    static void pump(InputStream in, OutputStream to, AtomicLong copied, Runnable stopped) throws IOException {
        byte[] buf = new byte[256 * 1024];
        for (int n; (n = in.read(buf)) >= 0; ) {
            write(to, buf, n, stopped);
            copied.addAndGet(n);
        }
    }

    /** Writes to a tool; when it stopped reading, {@code stopped} says why (the tool's own error). */
    static void write(OutputStream to, byte[] b, int len, Runnable stopped) {
        try {
            to.write(b, 0, len);
        } catch (IOException e) {
            throw stoppedReading(e, stopped);
        }
    }

    /** Ends a tool's input (flushing it); a failure to do so is the tool's, as for {@link #write}. */
    static void end(ToolProcess tool, Runnable stopped) {
        try {
            tool.stdin().close();
        } catch (IOException e) {
            throw stoppedReading(e, stopped);
        }
    }

    /** {@code stopped} throws the tool's own error; when it has none, the broken pipe is the error. */
    private static PgBackupException stoppedReading(IOException e, Runnable stopped) {
        stopped.run();
        return new PgBackupException(ExitCode.RESTORE_FAILED, "psql stopped reading the dump: " + e.getMessage(),
                "the transaction was rolled back: the database is unchanged");
    }
}
