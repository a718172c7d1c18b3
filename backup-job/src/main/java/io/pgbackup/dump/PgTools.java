package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the PostgreSQL programs (pg_dump, psql, initdb, ...). Order: the directory in
 * {@code PGBACKUP_PG_BIN}; the newest {@code /usr/lib/postgresql/<major>/bin}; the {@code PATH}.
 */
public final class PgTools {
    public static final String BIN_ENV = "PGBACKUP_PG_BIN";

    private final Path binDir;

    private PgTools(Path binDir) {
        this.binDir = binDir;
    }

    /** Locates the tools from the environment of this process. */
    public static PgTools locate() {
        return locate(System.getenv(BIN_ENV));
    }

    static PgTools locate(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            if (!Files.isExecutable(dir.resolve("pg_dump"))) {
                throw new PgBackupException(ExitCode.CONFIG, "no pg_dump in " + BIN_ENV + "=" + configured,
                        "point " + BIN_ENV + " at the bin directory of a PostgreSQL installation");
            }
            return new PgTools(dir);
        }
        return newestDebianBin().or(PgTools::fromPath).map(PgTools::new).orElseThrow(() ->
                new PgBackupException(ExitCode.CONFIG, "pg_dump was not found",
                        "install the PostgreSQL client of the server's major version (apt-get install postgresql-client-15)",
                        "or set " + BIN_ENV + " to the directory that holds pg_dump and psql"));
    }

    private static Optional<Path> newestDebianBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                    .map(d -> d.resolve("bin"))
                    .filter(d -> Files.isExecutable(d.resolve("pg_dump")))
                    .max(Comparator.comparingInt(d -> Integer.parseInt(d.getParent().getFileName().toString())));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> fromPath() {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : SearchPath.find(path, "pg_dump").map(Path::getParent);
    }

    public Path binDir() {
        return binDir;
    }

    /** The full path of one program, for example {@code tool("psql")}. */
    public String tool(String name) {
        return binDir.resolve(name).toString();
    }
}
