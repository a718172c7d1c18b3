package io.pgbackup.cli;

import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real Prometheus Pushgateway (Debian's prometheus-pushgateway, installed by
 * .ci/install-tools.sh): it accepts what pgbackup pushes, and a restore drill's push does not wipe
 * the backup's metrics, nor does a failed backup's. A machine without it fails this test.
 */
class RealPushgatewayTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path store;

    @TempDir
    Path work;

    @Test
    void backupAndVerifyMetricsLiveSideBySide() throws Exception {
        String db = PostgresFixture.newDatabase("pushgw");
        PostgresFixture.server().psql(db, "CREATE TABLE t(id serial PRIMARY KEY); INSERT INTO t DEFAULT VALUES");
        int port = NotifyTest.freePort();
        Process gateway = start(port);
        try {
            String url = "http://127.0.0.1:" + port;
            awaitReady(url);
            Cli cli = Fixtures.cli(db, store).env("PGBACKUP_PUSHGATEWAY", url);
            Cli.Result backup = cli.run("backup");
            assertThat(backup.code()).as(backup.err()).isZero();
            assertThat(backup.err()).doesNotContain("could not push");
            Cli.Result verify = cli.run("verify");
            assertThat(verify.code()).as(verify.err()).isZero();
            assertThat(verify.err()).doesNotContain("could not push");
            Cli.Result failed = cli.env("PGPORT", Integer.toString(NotifyTest.freePort())).run("backup");
            assertThat(failed.code()).isEqualTo(22);
            assertThat(failed.err()).doesNotContain("could not push");

            List<String> metrics = get(url + "/metrics").lines().filter(l -> l.startsWith("pgbackup_")).toList();
            String backupGroup = "{instance=\"" + db + "\",job=\"pgbackup\"} ";
            String verifyGroup = "{instance=\"" + db + "\",job=\"pgbackup_verify\"} ";
            assertThat(metrics).anyMatch(l -> l.startsWith("pgbackup_last_success_timestamp_seconds" + backupGroup))
                    .anyMatch(l -> l.startsWith("pgbackup_last_failure_timestamp_seconds" + backupGroup))
                    .anyMatch(l -> l.startsWith("pgbackup_stored_bytes" + backupGroup))
                    .anyMatch(l -> l.startsWith("pgbackup_dump_bytes" + backupGroup))
                    .anyMatch(l -> l.startsWith("pgbackup_compression_ratio" + backupGroup))
                    .anyMatch(l -> l.startsWith("pgbackup_duration_seconds" + backupGroup))
                    .contains("pgbackup_verify_success" + verifyGroup + "1")
                    .anyMatch(l -> l.startsWith("pgbackup_verify_timestamp_seconds" + verifyGroup));
        } finally {
            gateway.destroy();
            gateway.waitFor();
        }
    }

    private Process start(int port) throws IOException {
        try {
            return new ProcessBuilder("prometheus-pushgateway", "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true).redirectOutput(work.resolve("pushgateway.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("prometheus-pushgateway is not installed: apt-get install -y"
                    + " prometheus-pushgateway (see .ci/install-tools.sh)", e);
        }
    }

    private static void awaitReady(String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url + "/-/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the Pushgateway did not start on " + url);
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
