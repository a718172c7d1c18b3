package io.pgbackup.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * One inline SVG chart of a value over time: a dot per backup, coloured by its reason, with a
 * tooltip naming the backup; missing nightly days as red bands. No script, no external resource.
 */
final class SvgChart {
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 170;
    private static final int TICKS = 4;
    private static final int LEFT = 70;
    private static final int RIGHT = 15;
    private static final int TOP = 12;
    private static final int BOTTOM = 26;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final String title;
    private final ToLongFunction<BackupRow> value;
    private final Function<Long, String> label;

    SvgChart(String title, ToLongFunction<BackupRow> value, Function<Long, String> label) {
        this.title = title;
        this.value = value;
        this.label = label;
    }

    /** The chart of {@code rows} (complete backups, oldest first), with {@code gaps} marked. */
    String render(List<BackupRow> rows, List<ScheduleGap> gaps, java.time.ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
        if (rows.isEmpty()) {
            return sb.append("<text x=\"").append(LEFT).append("\" y=\"40\">no restorable backup</text></svg>").toString();
        }
        long t0 = rows.get(0).time().getEpochSecond();
        long t1 = Math.max(rows.get(rows.size() - 1).time().getEpochSecond(), t0 + 86_400);
        for (ScheduleGap g : gaps) {
            t0 = Math.min(t0, g.date().atStartOfDay(zone).toEpochSecond());
            t1 = Math.max(t1, g.date().plusDays(1).atStartOfDay(zone).toEpochSecond());
        }
        long max = Math.max(1, rows.stream().mapToLong(value).max().orElse(1));
        axes(sb, t0, t1, max);
        for (ScheduleGap g : gaps) {
            double x0 = x(g.date().atStartOfDay(zone).toEpochSecond(), t0, t1);
            double x1 = x(g.date().plusDays(1).atStartOfDay(zone).toEpochSecond(), t0, t1);
            sb.append(String.format(Locale.ROOT, "<rect class=\"gap\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">"
                    + "<title>%s: no scheduled backup</title></rect>", x0, TOP, Math.max(2, x1 - x0),
                    HEIGHT - TOP - BOTTOM, Html.esc(g.date())));
        }
        StringBuilder line = new StringBuilder();
        for (BackupRow r : rows) {
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(r.time().getEpochSecond(), t0, t1),
                    y(value.applyAsLong(r), max)));
        }
        sb.append("<polyline class=\"trend\" points=\"").append(line.toString().strip()).append("\"/>");
        for (BackupRow r : rows) {
            long v = value.applyAsLong(r);
            sb.append(String.format(Locale.ROOT, "<circle class=\"dot %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\">",
                    Html.esc(r.reason()), x(r.time().getEpochSecond(), t0, t1), y(v, max)));
            sb.append("<title>").append(Html.esc(r.id() + ": " + label.apply(v))).append("</title></circle>");
        }
        return sb.append("</svg>").toString();
    }

    private void axes(StringBuilder sb, long t0, long t1, long max) {
        int bottom = HEIGHT - BOTTOM;
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\"/>");
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(LEFT).append("\" y2=\"").append(bottom).append("\"/>");
        sb.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(TOP + 10)
                .append("\" text-anchor=\"end\">").append(Html.esc(label.apply(max))).append("</text>");
        sb.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(bottom)
                .append("\" text-anchor=\"end\">0</text>");
        for (int i = 0; i <= TICKS; i++) {
            long t = t0 + (t1 - t0) * i / TICKS;
            String anchor = i == 0 ? "start" : i == TICKS ? "end" : "middle";
            sb.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s"
                    + "</text>", x(t, t0, t1), HEIGHT - 6, anchor, DAY.format(Instant.ofEpochSecond(t))));
        }
    }

    private static double x(long t, long t0, long t1) {
        return LEFT + (double) (t - t0) / (t1 - t0) * (WIDTH - LEFT - RIGHT);
    }

    private static double y(long v, long max) {
        return HEIGHT - BOTTOM - (double) v / max * (HEIGHT - TOP - BOTTOM - 10);
    }
}
