package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.testsupport.Chromium;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.ReportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as a person sees it: real backups and a real drill of a sample database (pgbackup
 * backup and verify against PostgreSQL), next to three weeks of seeded history, rendered by headless
 * Chromium; its DOM holds the backups' ids, sizes and reasons, and a screenshot is saved to
 * target/report.png (docs/report.png is one).
 */
class ReportInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void chromiumShowsTheBackupsTheirSizesReasonsAndDrills() throws Exception {
        String db = Fixtures.sampleDatabase("report");
        Path store = dir.resolve("store");
        ReportStore seeded = new ReportStore(store, db, 1500);
        Cli cli = Fixtures.cli(db, store);
        String manual = backup(cli, "manual");
        String deploy = backup(cli, "deploy");
        Cli.Result verify = cli.run("verify", "--backup", deploy);
        assertThat(verify.code()).as(verify.err()).isZero();

        Path html = dir.resolve("public/index.html");
        Cli.Result r = cli.run("report", "--html", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String dom = Chromium.dumpDom(html);

        assertThat(dom).contains("<h1>pgbackup report</h1>").contains("<svg class=\"chart\"");
        for (String id : new String[] {manual, deploy}) {
            Manifest m = Json.MAPPER.readValue(Files.readString(store.resolve(db).resolve(id + ".manifest.json")),
                    Manifest.class);
            String reason = id.substring(id.indexOf('-') + 1);
            assertThat(dom).contains("<tr data-id=\"" + id + "\" data-reason=\"" + reason + "\" data-bytes=\""
                    + m.storedBytes() + "\"><td><code>" + id + "</code></td><td>" + reason + "</td><td class=\"num\">"
                    + Progress.bytes(m.storedBytes()) + "</td><td class=\"num\">" + Durations.human(m.durationMillis())
                    + "</td><td class=\"ok\">restorable</td></tr>");
        }
        assertThat(dom).contains("<tr data-backup=\"" + deploy + "\" data-result=\"passed\">")
                .contains("<tr data-backup=\"" + seeded.failedDrill.id() + "\" data-result=\"failed\">")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; public.orders")
                .doesNotContain("<script")
                .contains("<li data-date=\"" + seeded.today.minusDays(6) + "\"><span class=\"bad\">")
                .contains("data-id=\"" + seeded.incomplete.id() + "\" data-reason=\"manual\" data-bytes=\"750000\"")
                .contains("<p class=\"freshness ok\">fresh: the newest backup " + deploy + " is ")
                .contains("<p class=\"freshness bad\">STALE: the newest backup " + seeded.billing.id() + " is 3d");
        assertThat(dom.split("<circle class=\"dot ", -1)).hasSize(1 + 2 * (22 + 2) + 2);

        Path png = Path.of("target/report.png");
        Files.deleteIfExists(png);
        Chromium.screenshot(html, png, 1280, 1600);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static String backup(Cli cli, String reason) {
        Cli.Result r = cli.run("backup", "--reason", reason);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }
}
