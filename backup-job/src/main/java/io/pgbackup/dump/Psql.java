package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;

import java.util.ArrayList;
import java.util.List;

/**
 * psql fed a dump on its stdin. It stops at the first error ({@code ON_ERROR_STOP}); the caller
 * wraps the SQL in {@code BEGIN} ... {@code COMMIT} and writes {@code COMMIT} only after every
 * check passed, so a failure at any point leaves the database as it was.
 */
public final class Psql {
    private Psql() {
    }

    public static ToolProcess start(PgTools tools, PgConnection conn) {
        return ToolProcess.start(command(tools), conn.libpqEnvironment(), true);
    }

    /**
     * Starts psql with its output readable (unaligned, tuples only): one connection of a parallel
     * restore, which reads the answers of its own markers there.
     */
    public static ToolProcess startAnswering(PgTools tools, PgConnection conn) {
        List<String> cmd = new ArrayList<>(command(tools));
        cmd.addAll(List.of("-A", "-t"));
        return ToolProcess.start(cmd, conn.libpqEnvironment(), false);
    }

    /** Starts {@code filter | psql} (see {@link ToolProcess#behind}); returns both, the filter first. */
    public static List<ToolProcess> startBehind(List<String> filter, PgTools tools, PgConnection conn) {
        return ToolProcess.behind(filter, command(tools), conn.libpqEnvironment());
    }

    private static List<String> command(PgTools tools) {
        return List.of(tools.tool("psql"), "-X", "-q", "--no-password", "--dbname=" + PgConnection.KEEPALIVES, "-v", "ON_ERROR_STOP=1",
                "-v", "VERBOSITY=terse");
    }

    /** Waits for psql; a non-zero exit means the transaction was rolled back. */
    public static void finish(ToolProcess psql, PgConnection conn) {
        int exit = psql.waitFor();
        if (exit != 0) {
            throw DatabaseErrors.fromTool("psql", conn, exit, psql.stderr(), ExitCode.RESTORE_FAILED);
        }
    }
}
