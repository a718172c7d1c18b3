package io.pgbackup.dump;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.LockWaits;
import io.pgbackup.testsupport.LogCapture;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.SilentServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock watch's timing, with short intervals: it connects only once progress stops, reports a
 * wait again every {@code repeat} (not at every look), and says once when it cannot reach the
 * server. LockWaitTest shows the reports of real backups and restores with the default timing.
 */
class LockWatchTest {
    private static final LockWatch.Timing FAST =
            new LockWatch.Timing(Duration.ofMillis(600), Duration.ofMillis(2_500), Duration.ofMillis(100));

    @Test
    void connectsAtTheFirstStallOnlyAndRepeatsEveryRepeatInterval() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = PostgresFixture.newDatabase("lockwatch");
        pg.psql(db, "CREATE TABLE orders(id int)");
        PgConnection conn = new PgConnection(pg.host(), pg.port(), LocalPostgres.SUPERUSER, db, null, null);
        AtomicLong moved = new AtomicLong();
        try (Connection holder = session(conn, "migration"); Connection job = session(conn, "pgbackup");
             LogCapture logs = new LogCapture()) {
            LockWaits.holdExclusive(holder, "orders");
            CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> select(job));
            try (LockWatch watch = LockWatch.start(conn, "backup X", moved::incrementAndGet, FAST)) {
                Thread.sleep(1_500); // progress all along: no look, no connection
                assertThat(pgbackupSessions(pg, db)).isEqualTo(1);
                try (LockWatch stalled = LockWatch.start(conn, "backup Y", () -> 42, FAST)) {
                    // looks at about 0.6 s, then every 0.6 s; reports at about 0.6, 3.1 and 5.6 s
                    for (int i = 0; i < 200 && warnings(logs).size() < 3; i++) {
                        Thread.sleep(100);
                    }
                    assertThat(pgbackupSessions(pg, db)).isEqualTo(2);
                }
            }
            List<ILoggingEvent> reports = warnings(logs);
            assertThat(reports).hasSize(3).allSatisfy(e -> assertThat(e.getFormattedMessage())
                    .contains("backup Y has been waiting").contains("the lock on orders is held by pid")
                    .contains("application 'migration'"));
            for (int i = 1; i < reports.size(); i++) {
                // not at every look (0.6 s) but once per repeat interval (2.5 s); the first report's time
                // stamp also counts the watch's connecting, hence the lower bound's slack
                long gap = reports.get(i).getTimeStamp() - reports.get(i - 1).getTimeStamp();
                assertThat(gap).isBetween(2_000L, 4_600L);
            }
            assertThat(logs.text()).doesNotContain("backup X");
            holder.rollback();
            blocked.get();
        }
    }

    @Test
    void saysOnceThatTheServerDoesNotAnswer() throws Exception {
        try (SilentServer silent = new SilentServer(); LogCapture logs = new LogCapture()) {
            PgConnection conn = new PgConnection("127.0.0.1", silent.port(), "backup", "app", null, "disable",
                    null, 1);
            try (LockWatch watch = LockWatch.start(conn, "backup Z", () -> 7, FAST)) {
                Thread.sleep(4_000);
            }
            List<String> reports = logs.lines().stream().filter(l -> l.startsWith("WARN")).toList();
            assertThat(reports).singleElement().satisfies(l -> assertThat(l)
                    .startsWith("WARN io.pgbackup.dump.LockWatch: backup Z has made no progress for ")
                    .endsWith(" s, and a new connection to the database server at 127.0.0.1:" + silent.port()
                            + " failed: Connection attempt timed out.\nHINT: if the server or the network to it is down,"
                            + " pg_dump and psql wait until TCP gives up; stop the job (it keeps nothing partial) and run"
                            + " it again once the server answers"));
        }
    }

    private static List<ILoggingEvent> warnings(LogCapture logs) {
        return logs.events().stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    private static Connection session(PgConnection conn, String application) throws SQLException {
        Properties p = conn.jdbcProperties();
        p.setProperty("ApplicationName", application);
        return DriverManager.getConnection(conn.jdbcUrl(), p);
    }

    private static void select(Connection job) {
        try (Statement st = job.createStatement()) {
            st.execute("SELECT count(*) FROM orders");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int pgbackupSessions(LocalPostgres pg, String db) {
        return Integer.parseInt(pg.psql(db, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgbackup'"
                + " AND datname = current_database()").strip());
    }
}
