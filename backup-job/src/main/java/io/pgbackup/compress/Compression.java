package io.pgbackup.compress;

import io.pgbackup.dump.SearchPath;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a backup is gzipped. Both engines write one standard gzip member that {@code gunzip} reads.
 * <ul>
 *   <li>{@link Engine#IGZIP}: ISA-L's {@code igzip} (Debian package {@code isal}) as a process in the
 *   pipe from pg_dump, so the SQL goes from pg_dump to the compressor through a kernel pipe and this
 *   JVM only handles the compressed bytes. On the benchmark's data {@code pg_dump | igzip -1} took
 *   12.2 s against 19.2 s for {@code pg_dump | pigz -p 2 -1}, and wrote a smaller file than zlib
 *   level 6 (429 MB against 450 MB).</li>
 *   <li>{@link Engine#ZLIB}: zlib in this JVM on {@code threads} cores ({@link ParallelGzipOutputStream}),
 *   the fallback when igzip is not installed.</li>
 * </ul>
 * The level is gzip's 1..9; igzip has four levels (0..3), so 1 maps to 1, 2..5 to 2 and 6..9 to 3.
 *
 * @param igzip the igzip executable, for {@link Engine#IGZIP}
 * @param batch how the compressing igzip is scheduled ({@link BatchScheduling})
 */
public record Compression(Engine engine, int level, int threads, Path igzip, BatchScheduling batch) {
    /** Names the variable that points at igzip when it is not on the PATH. */
    public static final String IGZIP_VARIABLE = "PGBACKUP_IGZIP";
    private static final Logger LOG = LoggerFactory.getLogger(Compression.class);

    public enum Engine {
        IGZIP, ZLIB
    }

    /** In-process zlib; for callers that must not depend on an installed tool. */
    public static Compression zlib(int level, int threads) {
        return new Compression(Engine.ZLIB, level, threads, null, BatchScheduling.none());
    }

    /**
     * The engine named by {@code requested}: {@code auto} (igzip when found, else zlib), {@code igzip}
     * (an error when it is missing) or {@code zlib}. igzip is {@code PGBACKUP_IGZIP} or the first
     * {@code igzip} on the {@code PATH} of {@code env}.
     */
    public static Compression choose(String requested, int level, int threads, Map<String, String> env) {
        if (level < 1 || level > 9) {
            throw new PgBackupException(ExitCode.USAGE, "compression level " + level + " is out of range",
                    "use --compress-level between 1 (fastest) and 9 (smallest)");
        }
        String choice = requested == null ? "auto" : requested.strip().toLowerCase(Locale.ROOT);
        switch (choice) {
            case "zlib":
                return zlib(level, threads);
            case "auto": {
                Path found = findIgzip(env);
                if (found == null) {
                    LOG.warn("igzip not found{}: compressing with zlib, which takes more CPU (install isal, or set {})",
                            env.get(IGZIP_VARIABLE) == null ? " on the PATH" : " at " + env.get(IGZIP_VARIABLE),
                            IGZIP_VARIABLE);
                    return zlib(level, threads);
                }
                return new Compression(Engine.IGZIP, level, threads, found, BatchScheduling.probe(found, env));
            }
            case "igzip": {
                Path found = findIgzip(env);
                if (found == null) {
                    throw new PgBackupException(ExitCode.CONFIG, "igzip was asked for but is not installed"
                            + (env.get(IGZIP_VARIABLE) == null ? "" : " at " + env.get(IGZIP_VARIABLE)),
                            "install it (apt-get install isal) or set " + IGZIP_VARIABLE
                                    + " to its path, or use --compressor zlib");
                }
                return new Compression(Engine.IGZIP, level, threads, found, BatchScheduling.probe(found, env));
            }
            default:
                throw new PgBackupException(ExitCode.USAGE, "unknown compressor " + requested,
                        "use --compressor auto, igzip or zlib");
        }
    }

    /** igzip's level for this gzip level: 1 → 1, 2..5 → 2, 6..9 → 3. */
    public int igzipLevel() {
        return level <= 1 ? 1 : level <= 5 ? 2 : 3;
    }

    /** The igzip command that compresses stdin to stdout, under {@code chrt -b 0} when allowed. */
    public List<String> igzipCommand() {
        return batch.wrap(List.of(igzip.toString(), "-" + igzipLevel(), "--stdout", "--quiet"));
    }

    /** The igzip command that decompresses stdin (one or more gzip members) to stdout. */
    public List<String> igunzipCommand() {
        return List.of(igzip.toString(), "-d", "--stdout", "--quiet");
    }

    /** For the manifest and the logs: {@code igzip -1} or {@code zlib -1 x2}. */
    public String describe() {
        return engine == Engine.IGZIP ? "igzip -" + igzipLevel() : "zlib -" + level + " x" + threads;
    }

    private static Path findIgzip(Map<String, String> env) {
        String explicit = env.get(IGZIP_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit.strip());
            return Files.isExecutable(p) ? p : null;
        }
        return SearchPath.find(env.get("PATH"), "igzip").orElse(null);
    }
}
