package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * pgbackup as a process of its own (for signals, terminals and {@code ps}), run from the test
 * classpath, with its output in a file; and the wait until its database session blocks on a lock
 * that the test holds.
 */
public final class ChildPgbackup {
    private ChildPgbackup() {
    }

    /** The command line that runs {@code pgbackup args...}. */
    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.pgbackup.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts {@code pgbackup args...} with {@code env} added; stdout and stderr go to {@code output}. */
    public static Process start(Map<String, String> env, Path output, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /**
     * Waits until a session of database {@code db} matching {@code who} (an SQL condition on
     * pg_stat_activity) waits for a lock; fails with the job's output if the job ends first.
     */
    public static void awaitLockWait(LocalPostgres pg, String db, String who, Process job, Path output)
            throws InterruptedException {
        LockWaits.await(pg, db, who, job::isAlive, () -> {
            try {
                return Files.readString(output);
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        });
    }
}
