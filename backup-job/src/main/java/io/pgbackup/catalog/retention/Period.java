package io.pgbackup.catalog.retention;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** The calendar periods of the grandfather-father-son buckets, and how a period is named. */
enum Period {
    DAILY("daily") {
        @Override
        String label(ZonedDateTime t) {
            return t.toLocalDate().toString();
        }
    },
    WEEKLY("weekly") {
        @Override
        String label(ZonedDateTime t) {
            return String.format(Locale.ROOT, "%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR),
                    t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
    },
    MONTHLY("monthly") {
        @Override
        String label(ZonedDateTime t) {
            return YearMonth.from(t).toString();
        }
    };

    private final String word;

    Period(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }

    /** The period holding {@code t}, for example {@code 2026-11-20}, {@code 2026-W47} or {@code 2026-11}. */
    abstract String label(ZonedDateTime t);
}
