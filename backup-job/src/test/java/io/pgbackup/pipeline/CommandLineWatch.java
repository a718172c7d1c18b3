package io.pgbackup.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ps} would show while a pipeline runs: every {@value #INTERVAL_MILLIS} ms, the command
 * line of every process of the machine (/proc/N/cmdline) is checked for the secrets of the moment. It also counts the
 * samples that saw a process whose command line holds {@code marker}, to prove it looked while the
 * job ran. Failures name the process and the secret's length, never the secret.
 */
final class CommandLineWatch implements AutoCloseable {
    static final long INTERVAL_MILLIS = 150;
    private final Supplier<Set<String>> secrets;
    private final String marker;
    private final Set<String> leaks = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sightings = new AtomicInteger();
    private final Thread thread;
    private volatile boolean stopped;

    private CommandLineWatch(Supplier<Set<String>> secrets, String marker) {
        this.secrets = secrets;
        this.marker = marker;
        this.thread = new Thread(this::watch, "command-line-watch");
        thread.setDaemon(true);
        thread.start();
    }

    static CommandLineWatch start(Supplier<Set<String>> secrets, String marker) {
        return new CommandLineWatch(secrets, marker);
    }

    private void watch() {
        while (!stopped) {
            List<String> lines = commandLines();
            if (lines.stream().anyMatch(l -> l.contains(marker))) {
                sightings.incrementAndGet();
            }
            for (String secret : secrets.get()) {
                lines.stream().filter(l -> l.contains(secret)).forEach(l -> leaks.add("a secret of " + secret.length()
                        + " characters in the arguments of " + program(l)));
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops watching; fails if a secret was seen, or if no process with the marker was. */
    void assertNoSecretSeen() {
        close();
        assertThat(leaks).isEmpty();
        assertThat(sightings.get()).as("samples that saw a process running " + marker).isPositive();
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String program(String commandLine) {
        int space = commandLine.indexOf(' ');
        String first = space < 0 ? commandLine : commandLine.substring(0, space);
        return first.substring(0, Math.min(80, first.length()));
    }

    private static List<String> commandLines() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> Character.isDigit(p.getFileName().toString().charAt(0))).map(p -> {
                try {
                    return new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                } catch (IOException gone) {
                    return "";
                }
            }).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list /proc: " + e.getMessage(), e);
        }
    }
}
