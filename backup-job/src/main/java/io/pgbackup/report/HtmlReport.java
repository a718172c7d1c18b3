package io.pgbackup.report;

import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.StatusJob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The report as one self-contained HTML page: inline CSS, charts as inline SVG, no script and no
 * external resource, so it opens offline and from a CI artifact. Every value is escaped.
 */
public final class HtmlReport {
    private static final SvgChart SIZE = new SvgChart("stored size over time", BackupRow::storedBytes,
            Progress::bytes);
    private static final SvgChart DURATION = new SvgChart("backup duration over time",
            r -> r.durationMillis() == null ? 0 : r.durationMillis(), Durations::human);

    /** Drills listed on the page, newest first; the JSON has them all. */
    private static final int SHOWN_DRILLS = 10;

    private final StringBuilder sb = new StringBuilder(64 * 1024);
    private final StoreReport report;
    private final ZoneId zone;

    private HtmlReport(StoreReport report) {
        this.report = report;
        this.zone = ZoneId.of(report.timezone());
    }

    public static String render(StoreReport report) {
        return new HtmlReport(report).page();
    }

    private String page() {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>pgbackup report: ").append(Html.esc(report.store())).append("</title><style>")
                .append(css()).append("</style></head><body>\n");
        sb.append("<h1>pgbackup report</h1><div class=\"meta\">store <code id=\"store\">")
                .append(Html.esc(report.store())).append("</code> &middot; generated ")
                .append(Html.esc(Html.time(report.generatedAt()))).append(" &middot; freshness limit ")
                .append(Html.esc(report.maxAge())).append(" &middot; nightly gaps searched in the last ")
                .append(report.scheduleDays()).append(" days (").append(Html.esc(report.timezone())).append(")</div>\n");
        summary();
        report.databases().forEach(this::database);
        return sb.append("</body></html>\n").toString();
    }

    private void summary() {
        if (report.databases().isEmpty()) {
            sb.append("<p class=\"bad\" id=\"empty\">no backup in this store</p>\n");
            return;
        }
        sb.append("<table id=\"summary\"><tr><th>database</th><th>newest backup</th><th>freshness</th>")
                .append("<th>last drill</th><th>nightly gaps</th><th class=\"num\">restorable</th></tr>\n");
        for (DatabaseReport d : report.databases()) {
            BackupRow newest = newest(d);
            sb.append("<tr data-database=\"").append(Html.esc(d.database())).append("\"><td><a href=\"#db-")
                    .append(Html.esc(d.database())).append("\">").append(Html.esc(d.database())).append("</a></td><td>")
                    .append(newest == null ? "-" : "<code>" + Html.esc(newest.id()) + "</code>").append("</td>")
                    .append(freshness(d)).append(drill(d.lastDrill())).append(gapCell(d.scheduleGaps()))
                    .append("<td class=\"num\">").append(d.restorable()).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private void database(DatabaseReport d) {
        sb.append("<section class=\"database\" id=\"db-").append(Html.esc(d.database())).append("\" data-database=\"")
                .append(Html.esc(d.database())).append("\"><h2>").append(Html.esc(d.database())).append("</h2>")
                .append("<p class=\"freshness ").append(d.fresh() ? "ok" : "bad").append("\">")
                .append(d.fresh() ? "fresh: " : "STALE: ").append(Html.esc(d.freshness())).append("</p>\n");
        List<BackupRow> restorable = d.history().stream().filter(BackupRow::complete).toList();
        sb.append("<div class=\"legend\"><span><i class=\"schedule\"></i>schedule</span><span><i class=\"deploy\"></i>")
                .append("deploy</span><span><i class=\"manual\"></i>manual</span><span><i class=\"pre-restore\"></i>")
                .append("pre-restore</span><span><i class=\"gap\"></i>day without a nightly backup</span></div>");
        sb.append("<h3>stored size</h3>").append(SIZE.render(restorable, d.scheduleGaps(), zone));
        sb.append("<h3>duration</h3>").append(DURATION.render(restorable, d.scheduleGaps(), zone)).append('\n');
        gaps(d.scheduleGaps());
        drills(d.drills());
        latest(d);
        sb.append("</section>\n");
    }

    private void gaps(List<ScheduleGap> gaps) {
        sb.append("<h3>days without a nightly backup</h3>");
        if (gaps.isEmpty()) {
            sb.append("<p class=\"ok gaps\">none in the last ").append(report.scheduleDays()).append(" days</p>\n");
            return;
        }
        sb.append("<ul class=\"gaps\">");
        for (ScheduleGap g : gaps) {
            sb.append("<li data-date=\"").append(Html.esc(g.date())).append("\"><span class=\"")
                    .append(g.uncovered() ? "bad" : "warn").append("\">").append(Html.esc(g.date())).append("</span> ")
                    .append(g.uncovered() ? "no backup at all" : "no scheduled backup; other backups: "
                            + Html.esc(String.join(", ", g.otherBackups()))).append("</li>");
        }
        sb.append("</ul>\n");
    }

    private void drills(List<DrillRow> drills) {
        sb.append("<h3>restore drills</h3>");
        if (drills.isEmpty()) {
            sb.append("<p class=\"warn drills\">no restore drill recorded yet (pgbackup verify)</p>\n");
            return;
        }
        sb.append("<table class=\"drills\"><tr><th>finished</th><th>backup</th><th>result</th>")
                .append("<th class=\"num\">tables checked</th><th class=\"num\">duration</th><th>problems</th></tr>");
        for (DrillRow r : drills.subList(0, Math.min(drills.size(), SHOWN_DRILLS))) {
            sb.append("<tr data-backup=\"").append(Html.esc(r.backupId())).append("\" data-result=\"")
                    .append(Html.esc(r.result())).append("\"><td>").append(Html.esc(Html.time(r.finishedAt())))
                    .append("</td><td><code>")
                    .append(Html.esc(r.backupId())).append("</code></td><td class=\"").append(r.passed() ? "ok" : "bad")
                    .append("\">").append(Html.esc(r.result())).append("</td><td class=\"num\">").append(r.tablesChecked())
                    .append("</td><td class=\"num\">").append(Html.esc(Durations.human(r.durationMillis())))
                    .append("</td><td>").append(Html.esc(String.join("; ", r.problems()))).append("</td></tr>");
        }
        sb.append("</table>");
        if (drills.size() > SHOWN_DRILLS) {
            sb.append("<p class=\"muted\">").append(drills.size() - SHOWN_DRILLS)
                    .append(" older drills in the JSON report (--json)</p>");
        }
        sb.append('\n');
    }

    private void latest(DatabaseReport d) {
        sb.append("<h3>latest backups</h3><table class=\"latest\"><tr><th>id</th><th>reason</th>")
                .append("<th class=\"num\">stored size</th><th class=\"num\">duration</th><th>state</th></tr>");
        for (BackupRow r : d.latest()) {
            sb.append("<tr data-id=\"").append(Html.esc(r.id())).append("\" data-reason=\"").append(Html.esc(r.reason()))
                    .append("\" data-bytes=\"").append(r.storedBytes()).append("\"><td><code>").append(Html.esc(r.id()))
                    .append("</code></td><td>").append(Html.esc(r.reason())).append("</td><td class=\"num\">")
                    .append(Html.esc(r.storedSize())).append("</td><td class=\"num\">")
                    .append(r.durationMillis() == null ? "-" : Html.esc(Durations.human(r.durationMillis())))
                    .append("</td><td class=\"").append(r.complete() ? "ok\">restorable" : "bad\">INCOMPLETE")
                    .append("</td></tr>");
        }
        sb.append("</table>\n");
    }

    private static BackupRow newest(DatabaseReport d) {
        return d.latest().stream().filter(BackupRow::complete).findFirst().orElse(null);
    }

    private static String freshness(DatabaseReport d) {
        String age = d.newestAgeSeconds() == null ? "none" : StatusJob.human(Duration.ofSeconds(d.newestAgeSeconds()))
                + " old";
        return "<td class=\"" + (d.fresh() ? "ok\">ok, " : "bad\">STALE, ") + Html.esc(age) + "</td>";
    }

    private static String drill(DrillRow r) {
        return r == null ? "<td class=\"warn\">none yet</td>" : "<td class=\"" + (r.passed() ? "ok" : "bad") + "\">"
                + Html.esc(r.result() + " (" + r.backupId() + ")") + "</td>";
    }

    private static String gapCell(List<ScheduleGap> gaps) {
        long uncovered = gaps.stream().filter(ScheduleGap::uncovered).count();
        return gaps.isEmpty() ? "<td class=\"ok\">none</td>" : "<td class=\"" + (uncovered > 0 ? "bad" : "warn")
                + "\">" + gaps.size() + " day" + (gaps.size() == 1 ? "" : "s") + "</td>";
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
