package io.pgbackup.compress;

import io.pgbackup.dump.SearchPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the backup's igzip under Linux's {@code SCHED_BATCH} policy ({@code chrt -b 0 igzip ...}).
 *
 * <p>On 2 cores igzip competes for CPU with pg_dump and the server's COPY, which are the backup's
 * critical path. A batch task does not preempt them when it wakes up (sched(7): it is "mildly
 * disfavored in scheduling decisions"), so it takes the CPU they leave instead of interrupting them.
 * Measured on the benchmark's data set, interleaved rounds: median backup / floor 1.32 against 1.43
 * with it turned off (8 rounds, faster in 7; each median the lower of the middle two, for both).
 *
 * <p>Setting {@code SCHED_BATCH} needs no privilege, but a sandbox may refuse it, and {@code chrt}
 * (util-linux) may be missing: {@code chrt -b 0 igzip -V} is tried once per JVM, in the background
 * while the job starts, and igzip runs as it is unless that succeeded. {@value #VARIABLE}{@code =false}
 * turns it off.
 */
public final class BatchScheduling {
    static final String VARIABLE = "PGBACKUP_IGZIP_BATCH";
    private static final Logger LOG = LoggerFactory.getLogger(BatchScheduling.class);
    private static final ConcurrentMap<List<String>, CompletableFuture<Boolean>> PROBES = new ConcurrentHashMap<>();

    private final CompletableFuture<List<String>> prefix;

    private BatchScheduling(CompletableFuture<List<String>> prefix) {
        this.prefix = prefix;
    }

    /** No prefix: the tool runs with the normal policy. */
    static BatchScheduling none() {
        return new BatchScheduling(CompletableFuture.completedFuture(List.of()));
    }

    /** Starts finding out (once per JVM and pair of paths) whether {@code igzip} can run under chrt. */
    static BatchScheduling probe(Path igzip, Map<String, String> env) {
        String setting = env.getOrDefault(VARIABLE, "true").strip().toLowerCase(Locale.ROOT);
        Path chrt = SearchPath.find(env.get("PATH"), "chrt").orElse(null);
        if (setting.equals("false") || setting.equals("0") || setting.equals("no") || chrt == null) {
            return none();
        }
        List<String> command = List.of(chrt.toString(), "-b", "0");
        String path = env.get("PATH");
        CompletableFuture<Boolean> allowed = PROBES.computeIfAbsent(List.of(chrt.toString(), igzip.toString()),
                k -> CompletableFuture.supplyAsync(() -> runs(command, igzip, path)));
        return new BatchScheduling(allowed.thenApply(ok -> ok ? command : List.of()));
    }

    /** {@code command} behind the chrt prefix when the probe succeeded, else {@code command} itself. */
    List<String> wrap(List<String> command) {
        List<String> p = prefix.join();
        if (p.isEmpty()) {
            return command;
        }
        return Stream.concat(p.stream(), command.stream()).toList();
    }

    private static boolean runs(List<String> chrt, Path igzip, String path) {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(chrt.stream(),
                Stream.of(igzip.toString(), "-V")).toList())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        if (path != null) {
            pb.environment().put("PATH", path);
        }
        try {
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.debug("{} -V did not answer within 5 s: igzip runs with the normal scheduling policy", chrt);
                return false;
            }
            boolean ok = p.exitValue() == 0;
            LOG.debug(ok ? "igzip runs under SCHED_BATCH ({})" : "{} was refused: igzip runs with the normal policy",
                    String.join(" ", chrt));
            return ok;
        } catch (IOException e) {
            LOG.debug("cannot run {}: {}", chrt.get(0), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
