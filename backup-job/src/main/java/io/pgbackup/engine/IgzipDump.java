package io.pgbackup.engine;

import io.pgbackup.compress.GzipTrailer;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgDump;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code pg_dump | igzip}: the SQL goes from pg_dump to ISA-L's igzip through a kernel pipe and
 * this JVM reads only the gzip bytes. The SQL size is igzip's read count ({@code /proc/PID/io}),
 * sampled while it runs and made exact with the gzip trailer's ISIZE at the end.
 */
final class IgzipDump implements GzippedDump {
    private static final int CHUNK = 256 * 1024;
    private static final long SAMPLE_EVERY = 8L << 20;
    /** 32 × 256 KiB = 8 MiB read ahead: igzip (and pg_dump behind it) keep running while a chunk is encrypted. */
    private static final int READ_AHEAD_CHUNKS = 32;

    private final ToolProcess pgDump;
    private final ToolProcess igzip;
    private final PgConnection conn;
    private final GzipTrailer trailer = new GzipTrailer();
    private final AtomicLong sampled = new AtomicLong(-1);
    private volatile long exact = -1;

    IgzipDump(List<ToolProcess> pipeline, PgConnection conn) {
        this.pgDump = pipeline.get(0);
        this.igzip = pipeline.get(1);
        this.conn = conn;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        long sinceSample = 0;
        try (ReadAhead in = new ReadAhead(igzip.stdout(), CHUNK, READ_AHEAD_CHUNKS)) {
            for (ReadAhead.Chunk c = in.next(); c != null; c = in.next()) {
                out.write(c.bytes(), 0, c.length());
                trailer.update(c.bytes(), 0, c.length());
                in.recycle(c);
                sinceSample += c.length();
                if (sinceSample >= SAMPLE_EVERY) {
                    sample();
                    sinceSample = 0;
                }
            }
        }
        checkIgzip();
        PgDump.finish(pgDump, conn);
        exact = GzipTrailer.exactSize(sampled.get(), trailer.isize());
        out.close();
    }

    /** igzip first: when it dies, pg_dump fails too ("Broken pipe"), but igzip is the cause. */
    private void checkIgzip() {
        int exit = igzip.waitFor();
        if (exit != 0) {
            throw igzipFailed(exit);
        }
    }

    private PgBackupException igzipFailed(int exit) {
        String said = igzip.stderr().strip();
        return new PgBackupException(ExitCode.FAILURE, "igzip failed (exit " + exit + ")"
                + (said.isEmpty() ? "" : ": " + said), "nothing was kept; check igzip with `igzip --version`,"
                + " or compress in pgbackup with --compressor zlib");
    }

    private void sample() {
        long n = igzip.bytesRead();
        if (n >= 0) {
            sampled.accumulateAndGet(n, Math::max);
        }
    }

    @Override
    public long sqlBytes() {
        if (exact >= 0) {
            return exact;
        }
        sample();
        return Math.max(0, sampled.get());
    }

    @Override
    public Optional<PgBackupException> toolFailure() {
        if (igzip.failed()) {
            return Optional.of(igzipFailed(igzip.waitFor()));
        }
        return PgDump.failureIfExited(pgDump, conn);
    }

    @Override
    public void kill() {
        pgDump.kill();
        igzip.kill();
    }
}
