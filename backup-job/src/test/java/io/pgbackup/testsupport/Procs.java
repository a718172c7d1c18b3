package io.pgbackup.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The machine's processes as {@code ps} sees them, read from /proc: their command lines and
 * environments, each as its NUL-separated entries joined by {@code '\0'}, with a {@code '\0'} at
 * both ends so that {@code contains("\0NAME=value\0")} matches a whole entry. Processes that end
 * while being read are skipped.
 */
public final class Procs {
    /** One process: its pid, command line and environment. */
    public record Proc(String pid, String cmdline, String environ) {
    }

    private Procs() {
    }

    /** Every process whose command line matches {@code cmdline}, with its environment. */
    public static List<Proc> where(Predicate<String> cmdline) {
        List<Proc> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = read(p.resolve("cmdline"));
                    if (cmdline.test(cmd)) {
                        found.add(new Proc(p.getFileName().toString(), cmd, environ(p)));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Its environment, or empty when it cannot be read: the command line still counts. */
    private static String environ(Path proc) {
        try {
            return read(proc.resolve("environ"));
        } catch (IOException e) {
            return "";
        }
    }

    private static String read(Path p) throws IOException {
        return "\0" + new String(Files.readAllBytes(p), StandardCharsets.UTF_8) + "\0";
    }
}
