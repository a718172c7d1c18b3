package io.pgbackup.engine;

import java.util.Locale;

/** Durations for people: {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}. */
public final class Durations {
    private Durations() {
    }

    public static String human(long millis) {
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long s = millis / 1000;
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
