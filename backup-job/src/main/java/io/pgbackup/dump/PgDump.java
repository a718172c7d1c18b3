package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** pg_dump as plain SQL with {@code --clean --if-exists}, optionally in an exported snapshot. */
public final class PgDump {
    /** pg_dump options that select what is dumped; pgbackup passes them through unchanged. */
    private static final Set<String> SELECTION_OPTIONS = Set.of("--schema", "--exclude-schema", "--table",
            "--exclude-table", "--exclude-table-data", "--extension", "--no-owner", "--no-privileges",
            "--no-comments", "--no-publications", "--no-subscriptions", "--no-tablespaces",
            "--no-security-labels", "--no-table-access-method", "--no-unlogged-table-data",
            "--quote-all-identifiers", "--load-via-partition-root", "--enable-row-security",
            "--lock-wait-timeout", "--schema-only", "--strict-names");

    private PgDump() {
    }

    /** Rejects anything but selection options (no --file, --format, --dbname, --password...). */
    public static void validateSelection(List<String> options) {
        for (String option : options) {
            String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (!SELECTION_OPTIONS.contains(name)) {
                throw new PgBackupException(ExitCode.USAGE, "pg_dump option " + name + " cannot be passed through",
                        "only selection options are allowed, written --option=value: " + String.join(", ",
                                SELECTION_OPTIONS.stream().sorted().toList()));
            }
        }
    }

    /** The first line of {@code pg_dump --version}, for example {@code pg_dump (PostgreSQL) 15.18}. */
    public static String version(PgTools tools) {
        try {
            Process p = ToolProcess.withoutSecrets(new ProcessBuilder(tools.tool("pg_dump"), "--version"))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgBackupException(ExitCode.INTERRUPTED, "interrupted");
        }
    }

    /** The major version in a {@code --version} line ({@code 15} for {@code ... 15.18}). */
    public static int majorOf(String versionLine) {
        String[] words = versionLine.trim().split("\\s+");
        String v = words[words.length - 1];
        return Integer.parseInt(v.split("[.a-z]")[0]);
    }

    /** Starts pg_dump on {@code conn}; the SQL comes out of {@link ToolProcess#stdout()}. */
    public static ToolProcess start(PgTools tools, PgConnection conn, List<String> selection, String snapshot) {
        return ToolProcess.start(command(tools, selection, snapshot), conn.libpqEnvironment(), false);
    }

    /**
     * Starts {@code pg_dump | compressor}; returns both, pg_dump first. The compressed SQL comes out
     * of the compressor's {@link ToolProcess#stdout()}.
     */
    public static List<ToolProcess> startInto(List<String> compressor, PgTools tools, PgConnection conn,
                                              List<String> selection, String snapshot) {
        return ToolProcess.pipeline(command(tools, selection, snapshot), conn.libpqEnvironment(), compressor);
    }

    private static List<String> command(PgTools tools, List<String> selection, String snapshot) {
        List<String> cmd = new ArrayList<>(List.of(tools.tool("pg_dump"), "--format=plain", "--clean",
                "--if-exists", "--no-password", "--dbname=" + PgConnection.KEEPALIVES));
        if (snapshot != null) {
            cmd.add("--snapshot=" + snapshot);
        }
        cmd.addAll(selection);
        return cmd;
    }

    /** Without waiting: the error of a pg_dump that has already exited with a failure. */
    public static Optional<PgBackupException> failureIfExited(ToolProcess dump, PgConnection conn) {
        if (!dump.failed()) {
            return Optional.empty();
        }
        try {
            finish(dump, conn);
            return Optional.empty();
        } catch (PgBackupException e) {
            return Optional.of(e);
        }
    }

    /** Waits for pg_dump; a non-zero exit is a failed dump, reported with what pg_dump said. */
    public static void finish(ToolProcess dump, PgConnection conn) {
        int exit = dump.waitFor();
        if (exit != 0) {
            throw DatabaseErrors.fromTool("pg_dump", conn, exit, dump.stderr(), ExitCode.DUMP_FAILED);
        }
    }
}
