package io.pgbackup.demo;

import io.pgbackup.dump.PgTools;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server started from the binaries on the machine: {@code initdb} into a
 * temporary directory, {@code pg_ctl start} on a free port of 127.0.0.1 with trust authentication
 * for the superuser {@code postgres}, and everything deleted by {@link #close()}. As root,
 * {@code initdb} and the server run under {@code unshare -U} (PostgreSQL refuses to run as root).
 * Used by {@code pgbackup demo} and by the tests.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String SUPERUSER = "postgres";

    private final PgTools tools;
    private final Path dir;
    private final Path dataDir;
    private final int port;
    private boolean running;

    private LocalPostgres(PgTools tools, Path dir, int port) {
        this.tools = tools;
        this.dir = dir;
        this.dataDir = dir.resolve("data");
        this.port = port;
    }

    /** Creates and starts a new cluster; the caller closes it. */
    public static LocalPostgres start() {
        return start(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Creates and starts a new cluster in a new directory under {@code parent}. */
    public static LocalPostgres start(Path parent) {
        PgTools tools = PgTools.locate();
        Path dir;
        try {
            dir = Files.createTempDirectory(parent, "pgbackup-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalPostgres pg = new LocalPostgres(tools, dir, freePort());
        try {
            pg.initdb();
            pg.startServer();
            return pg;
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    private void initdb() {
        run(List.of(tools.tool("initdb"), "-D", dataDir.toString(), "-A", "trust", "-U", SUPERUSER,
                "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"), 120);
    }

    private void startServer() {
        run(List.of(tools.tool("pg_ctl"), "-D", dataDir.toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
                        // as managed servers have: a restore meets logical slots and prepared transactions
                        + " -c wal_level=logical -c max_replication_slots=10 -c max_prepared_transactions=10",
                "-w", "-t", "60", "start"), 90);
        running = true;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    public PgTools tools() {
        return tools;
    }

    /** libpq environment that connects as the superuser to {@code database}. */
    public Map<String, String> libpqEnv(String database) {
        return Map.of("PGHOST", host(), "PGPORT", Integer.toString(port), "PGUSER", SUPERUSER,
                "PGDATABASE", database);
    }

    /** A JDBC URL for {@code database} (superuser, trust authentication). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + io.pgbackup.dump.PgConnection.urlEncoded(database) + "?user=" + SUPERUSER;
    }

    /** Runs SQL with psql as the superuser and returns its unaligned, tuples-only output. */
    public String psql(String database, String sql) {
        List<String> cmd = List.of(tools.tool("psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
                "-h", host(), "-p", Integer.toString(port), "-U", SUPERUSER, "-d",
                io.pgbackup.dump.PgConnection.conninfoDbname(database), "-c", sql);
        return run(cmd, 600).strip();
    }

    @Override
    public void close() {
        if (running) {
            try {
                run(List.of(tools.tool("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"), 60);
            } catch (RuntimeException e) {
                // best effort: the directory is removed below anyway
            }
            running = false;
        }
        deleteTree(dir);
    }

    private String run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (isRoot() && !command.get(0).endsWith("psql")) {
            full.add("unshare");
            full.add("-U");
        }
        full.addAll(command);
        try {
            Process p = ToolProcess.withoutSecrets(new ProcessBuilder(full)).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new PgBackupException(ExitCode.FAILURE, "timed out: " + String.join(" ", command));
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new PgBackupException(ExitCode.FAILURE,
                        "local PostgreSQL command failed (" + command.get(0) + "): " + text.strip(),
                        "the PostgreSQL server binaries must be installed (apt-get install postgresql)");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgBackupException(ExitCode.INTERRUPTED, "interrupted");
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
