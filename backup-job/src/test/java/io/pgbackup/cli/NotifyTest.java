package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.HttpCapture;
import io.pgbackup.testsupport.HttpCapture.Request;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --pushgateway and --ping-url, checked against a local HTTP server that records what it gets:
 * methods, paths, bodies, in order. Monitoring that fails only warns; the job's result stands.
 */
class NotifyTest {
    @TempDir
    Path store;

    private final String uuid = UUID.randomUUID().toString();

    private String database(String prefix) {
        String db = PostgresFixture.newDatabase(prefix);
        PostgresFixture.server().psql(db, "CREATE TABLE t(id serial PRIMARY KEY, x int);"
                + " INSERT INTO t(x) SELECT g FROM generate_series(1, 1000) g");
        return db;
    }

    private Cli cli(String db, HttpCapture server) {
        Cli.secret(uuid);
        return Fixtures.cli(db, store).env("PGBACKUP_PING_URL", server.url() + "/ping/" + uuid);
    }

    /** The samples of a Prometheus text body, by metric name; checks HELP and TYPE lines come first. */
    static Map<String, String> samples(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i += 3) {
            String name = lines.get(i + 2).split(" ")[0];
            assertThat(lines.get(i)).startsWith("# HELP " + name + " ");
            assertThat(lines.get(i + 1)).isEqualTo("# TYPE " + name + " gauge");
            out.put(name, lines.get(i + 2).split(" ")[1]);
        }
        return out;
    }

    @Test
    void aBackupPingsStartThenSuccessAndPutsItsMetrics() throws Exception {
        String db = database("notify");
        try (HttpCapture server = new HttpCapture()) {
            Cli.Result r = cli(db, server).run("backup", "--pushgateway", server.url());
            assertThat(r.code()).as(r.err()).isZero();
            String id = r.out().strip();
            Manifest m = Json.MAPPER.readValue(Files.readAllBytes(store.resolve(db).resolve(id + ".manifest.json")),
                    Manifest.class);

            List<Request> got = server.requests();
            assertThat(got).extracting(Request::toString).containsExactly("POST /ping/" + uuid + "/start",
                    "PUT /metrics/job/pgbackup/instance/" + db, "POST /ping/" + uuid);
            assertThat(got.get(0).body()).isEqualTo("backup of " + db + " started");
            assertThat(got.get(1).contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
            Map<String, String> metrics = samples(got.get(1).body());
            assertThat(metrics.keySet()).containsExactly("pgbackup_last_success_timestamp_seconds",
                    "pgbackup_duration_seconds", "pgbackup_stored_bytes", "pgbackup_dump_bytes",
                    "pgbackup_compression_ratio");
            assertThat(Double.parseDouble(metrics.get("pgbackup_last_success_timestamp_seconds")))
                    .isEqualTo(m.finishedAt().toEpochMilli() / 1000.0);
            assertThat(metrics.get("pgbackup_stored_bytes")).isEqualTo(Long.toString(m.storedBytes()));
            assertThat(metrics.get("pgbackup_dump_bytes")).isEqualTo(Long.toString(m.dumpBytes()));
            assertThat(Double.parseDouble(metrics.get("pgbackup_compression_ratio")))
                    .isCloseTo((double) m.dumpBytes() / m.storedBytes(), org.assertj.core.data.Offset.offset(1e-5));
            assertThat(Double.parseDouble(metrics.get("pgbackup_duration_seconds")))
                    .isEqualTo(m.durationMillis() / 1000.0);
            assertThat(got.get(2).body()).startsWith("backup " + id + " of " + db + ": ").contains(" stored as ");
        }
    }

    @Test
    void aFailedBackupPingsFailAndKeepsTheLastSuccessMetric() {
        String db = database("notifyfail");
        try (HttpCapture server = new HttpCapture()) {
            Cli.Result r = cli(db, server).env("PGPORT", Integer.toString(freePort()))
                    .run("backup", "--pushgateway", server.url());
            assertThat(r.code()).isEqualTo(22);
            List<Request> got = server.requests();
            assertThat(got).extracting(Request::toString).containsExactly("POST /ping/" + uuid + "/start",
                    "POST /metrics/job/pgbackup/instance/" + db, "POST /ping/" + uuid + "/fail");
            assertThat(samples(got.get(1).body()).keySet()).containsExactly("pgbackup_last_failure_timestamp_seconds");
            String error = r.err().substring(r.err().indexOf("error: ")).strip();
            assertThat(got.get(2).body()).isEqualTo(error);
        }
    }

    @Test
    void unreachableMonitoringOnlyWarns() {
        String db = database("notifydown");
        int closed = freePort();
        try (HttpCapture refusing = new HttpCapture()) {
            refusing.status = 500;
            Cli.Result r = Fixtures.cli(db, store).env("PGBACKUP_PING_URL", "http://127.0.0.1:" + closed + "/" + uuid)
                    .env("PGBACKUP_PUSHGATEWAY", refusing.url()).run("backup");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("could not ping the dead man's switch (start) at http://127.0.0.1:" + closed
                    + ": ConnectException")
                    .contains("could not ping the dead man's switch (success) at http://127.0.0.1:" + closed)
                    .contains("could not push metrics to the Pushgateway at " + refusing.url()
                            + ": HTTP 500 refused by the test server")
                    .doesNotContain(uuid);
            assertThat(refusing.requests()).hasSize(1);
        }
    }

    @Test
    void userAndPasswordInTheUrlBecomeBasicAuthAndAreNeverPrinted() {
        String db = database("notifyauth");
        try (HttpCapture server = new HttpCapture()) {
            server.status = 401;
            String password = "pushgateway-password-" + uuid;
            Cli.secret(password);
            String url = server.url().replace("http://", "http://pgbackup:" + password + "@");
            Cli.Result r = Fixtures.cli(db, store).run("backup", "--pushgateway", url);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(server.requests().get(0).authorization()).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString(("pgbackup:" + password).getBytes()));
            assertThat(r.err()).contains("could not push metrics to the Pushgateway at " + server.url() + ": HTTP 401");
        }
    }

    @Test
    void verifyPutsItsResultInItsOwnGroupAndPingsFailWhenTheDrillFails() throws Exception {
        String db = database("notifyverify");
        try (HttpCapture server = new HttpCapture()) {
            Cli cli = cli(db, server);
            String id = cli.run("backup").out().strip();
            Cli.Result ok = cli.run("verify", "--pushgateway", server.url());
            assertThat(ok.code()).as(ok.err()).isZero();
            List<Request> got = server.requests().subList(2, server.requests().size());
            assertThat(got).extracting(Request::toString).containsExactly("POST /ping/" + uuid + "/start",
                    "PUT /metrics/job/pgbackup_verify/instance/" + db, "POST /ping/" + uuid);
            Map<String, String> metrics = samples(got.get(1).body());
            assertThat(metrics.keySet()).containsExactly("pgbackup_verify_success", "pgbackup_verify_timestamp_seconds",
                    "pgbackup_verify_duration_seconds");
            assertThat(metrics.get("pgbackup_verify_success")).isEqualTo("1");
            assertThat(got.get(2).body()).isEqualTo("restore drill of backup " + id + " of " + db + ": passed");

            PostgresFixture.server().psql(db, "SELECT setval('t_id_seq', 5)");
            String second = cli.run("backup").out().strip();
            int before = server.requests().size();
            Cli.Result bad = cli.run("verify", "--pushgateway", server.url());
            assertThat(bad.code()).isEqualTo(41);
            got = server.requests().subList(before, server.requests().size());
            assertThat(samples(got.get(1).body()).get("pgbackup_verify_success")).isEqualTo("0");
            assertThat(got.get(2).toString()).isEqualTo("POST /ping/" + uuid + "/fail");
            assertThat(got.get(2).body()).isEqualTo("restore drill of backup " + second + " of " + db + ": failed\n"
                    + "sequence public.t_id_seq is behind its column public.t.id: its next value is 6 but the column"
                    + " holds 1000 (new rows would collide)");
        }
    }

    @Test
    void anInvalidUrlStopsBeforeAnythingRuns() {
        String db = database("notifyurl");
        Cli.Result r = Fixtures.cli(db, store).run("backup", "--pushgateway", "pushgateway:9091");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: invalid --pushgateway URL: it is not an http:// or https:// URL with a"
                + " host\nHINT: give a URL such as https://pushgateway.example.com or https://hc-ping.com/<uuid>\n");
        assertThat(store.resolve(db)).doesNotExist();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
