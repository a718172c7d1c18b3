package io.pgbackup.restore;

import io.pgbackup.compress.Gzip;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.Psql;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link SqlFeed} through {@code igzip -d | psql}: this JVM writes three gzip members into igzip,
 * the preamble, the backup's own gzip data as stored, and {@code COMMIT} (only on {@link #commit()}),
 * and igzip writes their SQL straight into psql. If igzip finds the data corrupt it stops before the
 * {@code COMMIT} member, psql reaches the end of its input inside the open transaction, and the server
 * rolls it back.
 */
final class IgzipFeed implements SqlFeed {
    /** How Java reports a process killed by SIGPIPE (128 + 13). */
    private static final int SIGPIPE_EXIT = 141;

    private final ToolProcess igzip;
    private final ToolProcess psql;
    private final PgConnection target;
    private final int preambleBytes;
    private final long expectedSql;
    private final AtomicLong gzip = new AtomicLong();
    /** The most igzip was seen to have written: its counter is gone (-1) once it has exited. */
    private final AtomicLong written = new AtomicLong();
    private volatile boolean finished;

    IgzipFeed(List<ToolProcess> pipeline, PgConnection target, String preamble, long expectedSql) {
        this.igzip = pipeline.get(0);
        this.psql = pipeline.get(1);
        this.target = target;
        this.expectedSql = expectedSql;
        byte[] p = preamble.getBytes(StandardCharsets.UTF_8);
        this.preambleBytes = p.length;
        byte[] member = Gzip.member(p);
        SqlFeed.write(igzip.stdin(), member, member.length, this::toolFailed);
    }

    @Override
    public void copy(InputStream in) throws IOException {
        SqlFeed.pump(in, igzip.stdin(), gzip, this::toolFailed);
    }

    @Override
    public void commit() {
        byte[] member = Gzip.member(COMMIT.getBytes(StandardCharsets.UTF_8));
        SqlFeed.write(igzip.stdin(), member, member.length, this::toolFailed);
        SqlFeed.end(igzip, this::toolFailed);
    }

    @Override
    public void finish() {
        toolFailed();
        finished = true;
    }

    /**
     * Throws the error of the tool that failed first; returns if neither failed. igzip killed by
     * SIGPIPE (exit 141) only saw psql stop: psql's error is the cause. igzip failing otherwise found
     * the data corrupt: psql then failed on the cut-off SQL, or reached the end of its input inside
     * the transaction, and either way the server rolled back.
     */
    private void toolFailed() {
        int igzipExit = igzip.waitFor();
        if (igzipExit != 0 && igzipExit != SIGPIPE_EXIT) {
            psql.kill();
            throw corrupt(igzipExit);
        }
        Psql.finish(psql, target);
        if (igzipExit != 0) {
            throw corrupt(igzipExit);
        }
    }

    private PgBackupException corrupt(int exit) {
        String said = igzip.stderr().strip();
        return Gzip.corrupt("igzip -d exit " + exit + (said.isEmpty() ? "" : ", " + said));
    }

    @Override
    public long gzipBytes() {
        return gzip.get();
    }

    /** igzip's write count while it runs (less the preamble); the manifest's size once committed. */
    @Override
    public long sqlBytes() {
        if (finished) {
            return expectedSql;
        }
        long now = igzip.bytesWritten();
        if (now < 0 && igzip.succeeded()) {
            return expectedSql; // igzip has written all of it (its counter left with it); psql may still be working
        }
        return Math.max(0, written.accumulateAndGet(now, Math::max) - preambleBytes);
    }

    @Override
    public void kill() {
        psql.kill();
        igzip.kill();
    }
}
