package io.pgbackup.restore;

import io.pgbackup.compress.Compression;
import io.pgbackup.compress.Gzip;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.ToolProcess;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore feed's SQL count comes from igzip's write counter in /proc, which is gone once igzip
 * has exited; the count must not fall back to zero then (the last progress line of a restore said
 * "0 B out" while the server built the indexes). A real igzip feeds {@code cat} in psql's place.
 */
class IgzipFeedTest {
    @Test
    void theSqlCountSurvivesIgzipsExit() throws Exception {
        Compression c = Compression.choose("igzip", 1, 2, Map.of("PATH", System.getenv("PATH")));
        List<ToolProcess> pipeline = ToolProcess.behind(c.igunzipCommand(), List.of("cat"), Map.of());
        PgConnection nowhere = new PgConnection("127.0.0.1", 1, "nobody", "nothing", null, null);
        byte[] sql = "INSERT INTO t VALUES (1);\n".repeat(40_000).getBytes(StandardCharsets.UTF_8);
        byte[] member = Gzip.member(sql);
        IgzipFeed feed = new IgzipFeed(pipeline, nowhere, "BEGIN;\n", sql.length);
        feed.copy(new ByteArrayInputStream(member));
        assertThat(feed.sqlBytes()).as("igzip's count while it runs").isBetween(0L, (long) sql.length);
        feed.commit();
        assertThat(pipeline.get(0).waitFor()).isZero();
        assertThat(feed.sqlBytes()).as("after igzip exited, before finish()").isEqualTo(sql.length);
        feed.finish();
        assertThat(feed.sqlBytes()).isEqualTo(sql.length);
    }
}
