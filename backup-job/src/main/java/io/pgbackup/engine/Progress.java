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
 * the throughput and the elapsed time; with a known total of output (a restore knows the size of
 * its SQL from the manifest), the share done, and once all of it is out, that the rest is the
 * database server's work. Stops when closed.
 */
public final class Progress implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("pgbackup.progress");

    private final String what;
    private final LongSupplier input;
    private final LongSupplier output;
    private final long outputTotal;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    public Progress(String what, LongSupplier input, LongSupplier output, Duration every) {
        this(what, input, output, 0, every);
    }

    /** With {@code outputTotal} bytes of output expected (0 when unknown). */
    public Progress(String what, LongSupplier input, LongSupplier output, long outputTotal, Duration every) {
        this.what = what;
        this.input = input;
        this.output = output;
        this.outputTotal = outputTotal;
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
        if (outputTotal > 0 && out >= outputTotal) {
            return what + ": " + bytes(in) + " in, all " + bytes(outputTotal) + " out; the database server is finishing"
                    + " (indexes, constraints, commit), " + time;
        }
        String share = outputTotal > 0
                ? String.format(Locale.ROOT, " (%d%% of %s)", out * 100 / outputTotal, bytes(outputTotal)) : "";
        return what + ": " + bytes(in) + " in, " + bytes(out) + " out" + share + ", " + bytes((long) (in / seconds))
                + "/s, " + time;
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
