package io.pgbackup.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.pgbackup.testsupport.LogCapture;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress lines: bytes, throughput and time; with a known total of output (a restore's SQL
 * size from its manifest) the share done, and once all of it is out, that the server is finishing.
 */
class ProgressTest {
    @Test
    void withoutATotal() {
        try (Progress p = new Progress("backup X", () -> 0, () -> 0, Duration.ofHours(1))) {
            assertThat(p.line(1_770_000_000L, 429_000_000L, Duration.ofSeconds(10)))
                    .isEqualTo("backup X: 1.77 GB in, 429 MB out, 177 MB/s, 10s elapsed");
        }
    }

    @Test
    void withATotalTheShareDoneThenTheServersWork() {
        try (Progress p = new Progress("restore X", () -> 0, () -> 0, Progress.Goal.output(1_770_000_000L),
                Duration.ofHours(1))) {
            assertThat(p.line(107_250_000L, 442_500_000L, Duration.ofSeconds(5)))
                    .isEqualTo("restore X: 107 MB in, 443 MB out (25% of 1.77 GB), 21.5 MB/s, 5s elapsed");
            assertThat(p.line(429_000_000L, 1_770_000_000L, Duration.ofSeconds(31)))
                    .isEqualTo("restore X: 429 MB in, all 1.77 GB out; the database server is finishing"
                            + " (indexes, constraints, commit), 31s elapsed");
        }
    }

    @Test
    void aBackupEstimatesFromTheLastBackupsSize() {
        Progress.Goal last = Progress.Goal.inputAbout(1_770_000_000L, "the last backup's");
        try (Progress p = new Progress("backup X", () -> 0, () -> 0, last, Duration.ofHours(1))) {
            assertThat(p.line(1_500_000_000L, 363_000_000L, Duration.ofSeconds(10))).isEqualTo("backup X: 1.50 GB in"
                    + " (about 84% of the last backup's 1.77 GB), 363 MB out, 150 MB/s, 10s elapsed");
            assertThat(p.line(1_800_000_000L, 436_000_000L, Duration.ofSeconds(12))).isEqualTo("backup X: 1.80 GB in"
                    + " (more than the last backup's 1.77 GB), 436 MB out, 150 MB/s, 12s elapsed");
        }
    }

    @Test
    void reportsOnItsOwnEveryInterval() throws InterruptedException {
        AtomicLong out = new AtomicLong(50);
        Logger progress = (Logger) LoggerFactory.getLogger("pgbackup.progress");
        Level before = progress.getLevel();
        progress.setLevel(Level.INFO); // the CLI's level; the tests' logback configuration keeps it at WARN
        try (LogCapture logs = new LogCapture();
             Progress p = new Progress("restore Y", () -> 7, out::get, Progress.Goal.output(200),
                     Duration.ofMillis(100))) {
            for (int i = 0; i < 50 && !logs.text().contains("(25% of 200 B)"); i++) {
                Thread.sleep(50);
            }
            out.set(200);
            for (int i = 0; i < 50 && !logs.text().contains("all 200 B out"); i++) {
                Thread.sleep(50);
            }
            assertThat(logs.text()).contains("INFO pgbackup.progress: restore Y: 7 B in, 50 B out (25% of 200 B),")
                    .contains("INFO pgbackup.progress: restore Y: 7 B in, all 200 B out; the database server is finishing");
        } finally {
            progress.setLevel(before);
        }
    }
}
