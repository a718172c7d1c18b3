package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Reason;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.BackupStores;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.S3Fixture;
import io.pgbackup.testsupport.Seed;
import io.pgbackup.testsupport.ReportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** pgbackup report on a real store on disk: the JSON model, the files written, the errors. */
class ReportTest {
    @TempDir
    Path dir;

    private Cli cli(Path store) {
        return new Cli().env("PGBACKUP_STORE", store.toUri().toString()).env("ENCRYPTION_KEY", "report-passphrase-1");
    }

    @Test
    void jsonHoldsHistoryGapsFreshnessAndDrillsOfEveryDatabase() {
        ReportStore s = new ReportStore(dir, "app");
        Cli.Result r = cli(dir).run("report", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());

        assertThat(json.get("store").asString()).isEqualTo(dir.toUri().toString().replaceAll("/$", ""));
        assertThat(json.get("maxAge").asString()).isEqualTo("26h");
        assertThat(json.get("maxAgeSeconds").asLong()).isEqualTo(26 * 3600);
        assertThat(json.get("scheduleDays").asInt()).isEqualTo(14);
        assertThat(json.get("timezone").asString()).isEqualTo("UTC");
        assertThat(names(json.get("databases"), "database")).containsExactly("app", "billing");

        JsonNode app = json.get("databases").get(0);
        assertThat(app.get("restorable").asInt()).isEqualTo(22);
        assertThat(app.get("incomplete").asInt()).isEqualTo(1);
        assertThat(app.get("fresh").asBoolean()).isTrue();
        assertThat(app.get("newestAgeSeconds").asLong()).isBetween(3 * 3600L, 3 * 3600L + 120);
        assertThat(app.get("freshness").asString()).matches("the newest backup " + s.newest.id()
                + " is 3h( \\d+m)? old \\(limit 26h\\)");
        assertThat(names(app.get("scheduleGaps"), "date")).containsExactly(s.today.minusDays(6).toString(),
                s.today.minusDays(4).toString());
        assertThat(app.get("scheduleGaps").get(0).get("otherBackups")).isEmpty();
        assertThat(app.get("scheduleGaps").get(1).get("otherBackups").get(0).asString()).isEqualTo(s.deploy.id());

        JsonNode latest = app.get("latest");
        assertThat(latest).hasSize(10);
        assertThat(latest.get(0).get("id").asString()).isEqualTo(s.incomplete.id());
        assertThat(latest.get(0).get("complete").asBoolean()).isFalse();
        assertThat(latest.get(0).get("durationMillis").isNull()).isTrue();
        assertThat(latest.get(1).get("id").asString()).isEqualTo(s.newest.id());
        assertThat(latest.get(1).get("reason").asString()).isEqualTo("schedule");
        assertThat(latest.get(1).get("storedBytes").asLong()).isEqualTo(1234);
        assertThat(latest.get(1).get("storedSize").asString()).isEqualTo("1.23 kB");
        assertThat(latest.get(1).get("durationMillis").asLong()).isEqualTo(5000);
        assertThat(latest.get(1).get("time").asString()).isEqualTo(s.newest.time().toString());

        JsonNode history = app.get("history");
        assertThat(history).hasSize(23);
        assertThat(history.get(0).get("id").asString()).isEqualTo(s.at(20, 1, 30).toString()
                .replaceAll("[-:]", "").replace("Z", "Z-schedule"));
        assertThat(names(history, "reason")).contains("schedule", "deploy", "manual", "pre-restore");

        JsonNode drills = app.get("drills");
        assertThat(names(drills, "backupId")).containsExactly(s.newest.id(), s.failedDrill.id());
        assertThat(names(drills, "result")).containsExactly("passed", "failed");
        assertThat(drills.get(1).get("problems").get(0).asString()).isEqualTo(ReportStore.PROBLEM);

        JsonNode billing = json.get("databases").get(1);
        assertThat(billing.get("fresh").asBoolean()).isFalse();
        assertThat(billing.get("freshness").asString()).startsWith("the newest backup " + s.billing.id() + " is 3d")
                .endsWith("old, more than the limit of 26h");
        assertThat(names(billing.get("scheduleGaps"), "date")).containsExactly(s.today.minusDays(2).toString(),
                s.today.minusDays(1).toString());
        assertThat(billing.get("drills")).isEmpty();
    }

    @Test
    void writesSelfContainedEscapedHtmlAndJsonFilesWithoutASecret() throws Exception {
        ReportStore s = new ReportStore(dir.resolve("store"), "app");
        Path html = dir.resolve("public/index.html");
        Path json = dir.resolve("report.json");
        Cli.Result r = cli(dir.resolve("store")).run("report", "--html", html.toString(), "--json", json.toString(),
                "--max-age", "2h", "--schedule-days", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("report of 2 database(s) of file:").contains("written to " + html)
                .contains("report as JSON written to " + json);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(html))).isEqualTo("rw-r--r--");
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>").contains("<svg class=\"chart\"")
                .contains("data-id=\"" + s.newest.id() + "\" data-reason=\"schedule\" data-bytes=\"1234\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script", "<link", "src=", "http://", "https://", "report-passphrase-1")
                .contains("STALE: the newest backup " + s.newest.id() + " is 3h");
        JsonNode doc = Json.MAPPER.readTree(Files.readString(json));
        assertThat(doc.get("maxAge").asString()).isEqualTo("2h");
        assertThat(doc.get("databases").get(0).get("fresh").asBoolean()).isFalse();
        assertThat(names(doc.get("databases").get(0).get("scheduleGaps"), "date"))
                .containsExactly(s.today.minusDays(4).toString());
        assertThat(Files.readString(json)).doesNotContain("report-passphrase-1");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("store", "public",
                    "report.json");
        }
    }

    /** On S3 (S3Proxy on 127.0.0.1) the one listing of the store's prefix finds every database, and no key is printed. */
    @Test
    void readsAnS3Store() {
        String uri = Seed.newS3Store("report");
        BackupName app;
        BackupName billing;
        try (BackupStore s = Seed.open(uri)) {
            app = new Seed(s, "app").backup(Instant.now().minus(Duration.ofHours(2)), Reason.DEPLOY, 3000);
            billing = new Seed(s, "billing").backup(Instant.now().minus(Duration.ofDays(2)), Reason.SCHEDULE, 2000);
        }
        Cli.Result r = new Cli().env(S3Fixture.env()).env("PGBACKUP_STORE", uri).run("report", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("store").asString()).isEqualTo(uri);
        assertThat(names(json.get("databases"), "database")).containsExactly("app", "billing");
        assertThat(json.get("databases").get(0).get("latest").get(0).get("id").asString()).isEqualTo(app.id());
        assertThat(json.get("databases").get(0).get("fresh").asBoolean()).isTrue();
        assertThat(json.get("databases").get(1).get("latest").get(0).get("id").asString()).isEqualTo(billing.id());
        assertThat(json.get("databases").get(1).get("fresh").asBoolean()).isFalse();
    }

    /** Days begin in --timezone: a nightly at 00:30 in Paris is 22:30 or 23:30 UTC the day before. */
    @Test
    void scheduleDaysBeginInTheTimezone() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate today = LocalDate.now(paris);
        List<LocalDate> utcDays = new ArrayList<>();
        try (BackupStore s = BackupStores.open(dir.toUri().toString(), null)) {
            Seed seed = new Seed(s, "app");
            for (int i = 1; i <= 5; i++) {
                Instant at = today.minusDays(i).atTime(0, 30).atZone(paris).toInstant();
                seed.backup(at, Reason.SCHEDULE, 1000);
                utcDays.add(LocalDate.ofInstant(at, ZoneOffset.UTC));
            }
        }
        JsonNode local = Json.MAPPER.readTree(cli(dir).run("report", "--json", "--schedule-days", "4", "--timezone",
                "Europe/Paris").out());
        assertThat(local.get("timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(local.get("databases").get(0).get("scheduleGaps")).isEmpty();

        JsonNode utc = Json.MAPPER.readTree(cli(dir).run("report", "--json", "--schedule-days", "4").out());
        LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
        List<String> expected = new ArrayList<>();
        for (LocalDate d = utcToday.minusDays(4); d.isBefore(utcToday); d = d.plusDays(1)) {
            if (!utcDays.contains(d)) {
                expected.add(d.toString());
            }
        }
        assertThat(names(utc.get("databases").get(0).get("scheduleGaps"), "date")).isEqualTo(expected);
    }

    @Test
    void anEmptyStoreGivesAnEmptyReport() throws Exception {
        Path html = dir.resolve("index.html");
        Cli.Result r = cli(dir).run("report", "--json", "-", "--html", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Json.MAPPER.readTree(r.out()).get("databases")).isEmpty();
        assertThat(Files.readString(html)).contains("<p class=\"bad\" id=\"empty\">no backup in this store</p>");
    }

    @Test
    void withoutAnOutputItExits2WithAHint() {
        Cli.Result r = cli(dir).run("report");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: nothing to write: give --html FILE, --json [FILE] or both\n"
                + "HINT: for example: pgbackup report --html public/index.html --json report.json\n");
    }

    @Test
    void anUnreachableStoreExits10AndWritesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path html = dir.resolve("index.html");
        Cli.Result r = cli(file.resolve("store")).run("report", "--html", html.toString());
        assertThat(r.code()).isEqualTo(10);
        assertThat(r.err()).isEqualTo("error: " + file + " is not a directory\n"
                + "HINT: give the store as file:///absolute/dir naming a directory\n");
        assertThat(html).doesNotExist();
    }

    @Test
    void anUnwritableOutputExits3WithAHint() throws Exception {
        new ReportStore(dir.resolve("store"), "app");
        Path file = Files.writeString(dir.resolve("blocker"), "x");
        Cli.Result r = cli(dir.resolve("store")).run("report", "--json", file.resolve("report.json").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: cannot write the report to " + file.resolve("report.json") + ": ")
                .endsWith("HINT: check that the directory is writable and the volume is not full, or choose another"
                        + " file\n");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get(field).asString()));
        return names;
    }
}
