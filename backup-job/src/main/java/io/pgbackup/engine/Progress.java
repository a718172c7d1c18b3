package io.pgbackup.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of long work on stderr (through the log): every few seconds the bytes read and written,
 * the throughput and the elapsed time; against a {@link Goal}, the share done: a restore knows the
 * size of its SQL from the manifest (and says when all of it is out and the rest is the database
 * server's work), a backup estimates from the last backup's size. Stops when closed.
 */
public final class Progress implements AutoCloseable {
    /**
     * What the share done is measured against: the input's or the output's expected {@code total}
     * bytes (0: none), exactly or, with a {@code basis} such as "the last backup's", about.
     */
    public record Goal(boolean onInput, long total, String basis) {
        public static final Goal NONE = new Goal(false, 0, null);

        public static Goal output(long total) {
            return new Goal(false, total, null);
        }

        public static Goal inputAbout(long total, String basis) {
            return new Goal(true, total, basis);
        }

        String share(long done) {
            if (total <= 0) {
                return "";
            }
            if (basis == null) {
                return String.format(Locale.ROOT, " (%d%% of %s)", done * 100 / total, bytes(total));
            }
            return done > total ? " (more than " + basis + " " + bytes(total) + ")"
                    : String.format(Locale.ROOT, " (about %d%% of %s %s)", done * 100 / total, basis, bytes(total));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger("pgbackup.progress");

    private final String what;
    private final LongSupplier input;
    private final LongSupplier output;
    private final Goal goal;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    public Progress(String what, LongSupplier input, LongSupplier output, Duration every) {
        this(what, input, output, Goal.NONE, every);
    }

    public Progress(String what, LongSupplier input, LongSupplier output, Goal goal, Duration every) {
        this.what = what;
        this.input = input;
        this.output = output;
        this.goal = goal;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long ms = every.toMillis();
        timer.scheduleAtFixedRate(this::report, ms, ms, TimeUnit.MILLISECONDS);
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private void report() {
        LOG.info(line(input.getAsLong(), output.getAsLong(), elapsed()));
    }

    String line(long in, long out, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        String time = String.format(Locale.ROOT, "%.0fs elapsed", seconds);
        if (!goal.onInput() && goal.basis() == null && goal.total() > 0 && out >= goal.total()) {
            return what + ": " + bytes(in) + " in, all " + bytes(goal.total()) + " out; the database server is finishing"
                    + " (indexes, constraints, commit), " + time;
        }
        return what + ": " + bytes(in) + " in" + (goal.onInput() ? goal.share(in) : "") + ", " + bytes(out) + " out"
                + (goal.onInput() ? "" : goal.share(out)) + ", " + bytes((long) (in / seconds)) + "/s, " + time;
    }

    /** Human-readable size: {@code 1.5 GB}, {@code 820 kB} (SI units). */
    public static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
