package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.nio.charset.StandardCharsets;

/**
 * The database names pgbackup accepts. Any name PostgreSQL accepts works in SQL (always quoted) and in
 * pg_dump's and psql's environment, but a name is also the folder of its backups in the store
 * ({@code <prefix>/<database>/<id>...}), so a name that would change the folder structure — holding
 * {@code /} or {@code \}, being {@code .} or {@code ..} — or that holds control characters is refused,
 * as is one longer than PostgreSQL's 63 bytes (the server would silently cut it, and the backups would
 * be filed under a name no database has).
 */
public final class DatabaseName {
    /** NAMEDATALEN - 1 in a default PostgreSQL build. */
    static final int MAX_BYTES = 63;

    private DatabaseName() {
    }

    /** Returns {@code name} if pgbackup can use it; {@code where} names its source for the message. */
    public static String check(String name, String where, ExitCode code) {
        String problem = problem(name);
        if (problem != null) {
            throw new PgBackupException(code, "database name " + shown(name) + " (" + where + ") " + problem,
                    "a database's name is also the folder of its backups in the store: use a name without '/', '\\'"
                            + " and control characters, of 63 bytes at most, or rename it: ALTER DATABASE ... RENAME TO ...");
        }
        return name;
    }

    private static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "is empty";
        }
        if (name.equals(".") || name.equals("..")) {
            return "is a path step";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return "holds a path separator";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "holds a control character";
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "is longer than PostgreSQL's 63 bytes";
        }
        return null;
    }

    /** The name in quotes, control characters escaped so the message stays on one line. */
    private static String shown(String name) {
        if (name == null) {
            return "''";
        }
        StringBuilder b = new StringBuilder("'");
        name.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('\'').toString();
    }
}
