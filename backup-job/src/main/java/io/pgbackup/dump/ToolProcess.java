package io.pgbackup.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A running pg_dump or psql. Its stderr is collected in the background (the last 64 KiB are kept
 * for the error message); its environment carries the password; every live child is killed when
 * the JVM shuts down (SIGTERM of a cancelled CI job), so no dump or restore outlives pgbackup.
 */
public final class ToolProcess implements AutoCloseable {
    private static final int STDERR_KEEP = 64 * 1024;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(KEY|TOKEN|SECRET|PASSW|PASSPHRASE|JWT|CREDENTIAL).*");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-children"));
    }

    private final Process process;
    private final Thread stderrReader;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private ToolProcess(Process process) {
        this.process = process;
        this.stderrReader = new Thread(this::collectStderr, "stderr-" + process.pid());
        this.stderrReader.setDaemon(true);
        this.stderrReader.start();
    }

    /** Starts {@code command} with {@code env} added to this process's environment. */
    public static ToolProcess start(List<String> command, Map<String, String> env, boolean discardStdout) {
        ProcessBuilder pb = withLibpqEnvironment(new ProcessBuilder(command), env);
        if (discardStdout) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        try {
            Process p = pb.start();
            LIVE.add(p);
            return new ToolProcess(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /**
     * Starts {@code first | second} joined by a kernel pipe (the SQL never passes through this JVM):
     * {@code first} gets {@code env} like {@link #start}; {@code second} gets only {@code PATH}, so
     * no password or key reaches it. Returns both; the output comes out of the second's stdout.
     */
    public static List<ToolProcess> pipeline(List<String> first, Map<String, String> env, List<String> second) {
        return startPipeline(withLibpqEnvironment(new ProcessBuilder(first), env), pathOnly(new ProcessBuilder(second)));
    }

    /**
     * Starts {@code filter | tool} joined by a kernel pipe: this JVM writes to the filter's stdin and
     * the tool reads the filter's output (psql behind {@code igzip -d}). The filter gets only
     * {@code PATH}; the tool gets {@code env} like {@link #start} and its stdout is discarded.
     * Returns both, the filter first.
     */
    public static List<ToolProcess> behind(List<String> filter, List<String> tool, Map<String, String> env) {
        ProcessBuilder last = withLibpqEnvironment(new ProcessBuilder(tool), env);
        last.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return startPipeline(pathOnly(new ProcessBuilder(filter)), last);
    }

    /**
     * Starts a filter ({@code igzip -d}) this JVM both writes and reads; it gets only {@code PATH},
     * so no password or key reaches it.
     */
    public static ToolProcess filter(List<String> command) {
        try {
            Process p = pathOnly(new ProcessBuilder(command)).start();
            LIVE.add(p);
            return new ToolProcess(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    private static ProcessBuilder pathOnly(ProcessBuilder pb) {
        String path = pb.environment().get("PATH");
        pb.environment().clear();
        if (path != null) {
            pb.environment().put("PATH", path);
        }
        return pb;
    }

    private static List<ToolProcess> startPipeline(ProcessBuilder first, ProcessBuilder second) {
        try {
            List<Process> started = ProcessBuilder.startPipeline(List.of(first, second));
            LIVE.addAll(started);
            return started.stream().map(ToolProcess::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + first.command().get(0) + " | " + second.command().get(0), e);
        }
    }

    /**
     * Bytes this process has read so far (its {@code rchar} in {@code /proc/PID/io}, Linux), or -1
     * when that is not readable (another system, or the process is gone).
     */
    public long bytesRead() {
        return ioCounter("rchar:");
    }

    /** Bytes this process has written so far ({@code wchar}), or -1 like {@link #bytesRead}. */
    public long bytesWritten() {
        return ioCounter("wchar:");
    }

    private long ioCounter(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "io"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process has exited: the count is unknown
        }
        return -1;
    }

    /** Whether the process has already exited with status 0 (does not wait). */
    public boolean succeeded() {
        return !process.isAlive() && process.exitValue() == 0;
    }

    /** Whether the process has already exited with a non-zero status (does not wait). */
    public boolean failed() {
        return !process.isAlive() && process.exitValue() != 0;
    }

    /** This process's environment without its own {@code PG*} variables or secrets, plus {@code env}. */
    private static ProcessBuilder withLibpqEnvironment(ProcessBuilder pb, Map<String, String> env) {
        withoutSecrets(pb).environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().putAll(env);
        return pb;
    }

    /**
     * Removes from {@code pb}'s environment the variables whose name says they hold a secret
     * ({@code ENCRYPTION_KEY}, {@code SCW_SECRET_KEY}, {@code VAULT_TOKEN}, GitLab's {@code CI_JOB_TOKEN},
     * ...): pg_dump and psql need none of them, and a child's environment is readable in
     * {@code /proc/PID/environ}. Their own password comes back as {@code PGPASSWORD}.
     */
    public static ProcessBuilder withoutSecrets(ProcessBuilder pb) {
        pb.environment().keySet().removeIf(k -> SECRET_NAME.matcher(k).matches());
        return pb;
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    public java.io.OutputStream stdin() {
        return process.getOutputStream();
    }

    /** Waits for the exit code (and for stderr to be fully read). */
    public int waitFor() {
        try {
            int code = process.waitFor();
            stderrReader.join(TimeUnit.SECONDS.toMillis(10));
            LIVE.remove(process);
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            return -1;
        }
    }

    /** What the tool wrote on stderr (its last 64 KiB). */
    public String stderr() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Kills the tool at once; for psql this drops the connection, so the server rolls back. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(process);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void collectStderr() {
        byte[] buf = new byte[8192];
        try (InputStream in = process.getErrorStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (stderr) {
                    stderr.write(buf, 0, n);
                    if (stderr.size() > 2 * STDERR_KEEP) {
                        byte[] all = stderr.toByteArray();
                        stderr.reset();
                        stderr.write(all, all.length - STDERR_KEEP, STDERR_KEEP);
                    }
                }
            }
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
    }
}
