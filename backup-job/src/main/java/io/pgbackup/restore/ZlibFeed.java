package io.pgbackup.restore;

import io.pgbackup.compress.Gzip;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.Psql;
import io.pgbackup.dump.ToolProcess;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** {@link SqlFeed} that inflates in this JVM (zlib) and writes the SQL to psql. */
final class ZlibFeed implements SqlFeed {
    private final ToolProcess psql;
    private final PgConnection target;
    private final AtomicLong gzip = new AtomicLong();
    private final AtomicLong sql = new AtomicLong();

    ZlibFeed(ToolProcess psql, PgConnection target, String preamble) {
        this.psql = psql;
        this.target = target;
        byte[] p = preamble.getBytes(StandardCharsets.UTF_8);
        SqlFeed.write(psql.stdin(), p, p.length, this::finish);
    }

    @Override
    public void copy(InputStream in) throws IOException {
        InputStream counted = new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    gzip.addAndGet(n);
                }
                return n;
            }
        };
        SqlFeed.pump(Gzip.decompressing(counted), psql.stdin(), sql, this::finish);
    }

    @Override
    public void commit() {
        byte[] c = COMMIT.getBytes(StandardCharsets.UTF_8);
        SqlFeed.write(psql.stdin(), c, c.length, this::finish);
        SqlFeed.end(psql, this::finish);
    }

    @Override
    public void finish() {
        Psql.finish(psql, target);
    }

    @Override
    public long gzipBytes() {
        return gzip.get();
    }

    @Override
    public long sqlBytes() {
        return sql.get();
    }

    @Override
    public void kill() {
        psql.kill();
    }
}
