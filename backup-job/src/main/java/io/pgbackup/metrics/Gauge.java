package io.pgbackup.metrics;

import java.util.List;
import java.util.Locale;

/** One Prometheus gauge without labels (the Pushgateway adds {@code job} and {@code instance}). */
public record Gauge(String name, String help, double value) {

    /** The Prometheus text exposition format (version 0.0.4) of {@code gauges}, newline-terminated. */
    public static String text(List<Gauge> gauges) {
        StringBuilder sb = new StringBuilder();
        for (Gauge g : gauges) {
            sb.append("# HELP ").append(g.name).append(' ').append(g.help.replace("\\", "\\\\").replace("\n", "\\n"))
                    .append('\n');
            sb.append("# TYPE ").append(g.name).append(" gauge\n");
            sb.append(g.name).append(' ').append(number(g.value)).append('\n');
        }
        return sb.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
