package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JDBC session used for the small things around a dump or restore: the server version, whether a
 * database exists, creating one, and the exported snapshot in which row counts are taken.
 */
public final class Database implements AutoCloseable {
    private final PgConnection conn;
    private final Connection jdbc;

    private Database(PgConnection conn, Connection jdbc) {
        this.conn = conn;
        this.jdbc = jdbc;
    }

    /** Connects, or fails with DATABASE_UNREACHABLE / {@code otherwise} and a HINT. */
    public static Database connect(PgConnection conn, ExitCode otherwise) {
        try {
            return new Database(conn, DriverManager.getConnection(conn.jdbcUrl(), conn.jdbcProperties()));
        } catch (SQLException e) {
            throw DatabaseErrors.fromJdbc(conn, e, otherwise);
        }
    }

    public String serverVersion() {
        return queryString("SHOW server_version");
    }

    public int serverMajorVersion() {
        return Integer.parseInt(queryString("SHOW server_version_num")) / 10000;
    }

    public boolean databaseExists(String name) {
        try (PreparedStatement ps = jdbc.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw DatabaseErrors.fromJdbc(conn, e, ExitCode.RESTORE_FAILED);
        }
    }

    /** {@code CREATE DATABASE name [OWNER owner]}. */
    public void createDatabase(String name, String owner) {
        String sql = "CREATE DATABASE " + quoteIdent(name) + (owner == null ? "" : " OWNER " + quoteIdent(owner));
        execute(sql, ExitCode.RESTORE_FAILED);
    }

    /** {@code DROP DATABASE IF EXISTS name}, used for scratch databases only. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + quoteIdent(name) + " WITH (FORCE)", ExitCode.FAILURE);
    }

    /**
     * Starts a repeatable-read, read-only transaction and exports its snapshot; pg_dump given
     * {@code --snapshot} then sees exactly what {@link #countRows()} counts. The transaction
     * stays open until {@link #close()}.
     */
    public String exportSnapshot() {
        try {
            jdbc.setAutoCommit(false);
            try (Statement st = jdbc.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            return queryString("SELECT pg_export_snapshot()");
        } catch (SQLException e) {
            throw DatabaseErrors.fromJdbc(conn, e, ExitCode.DUMP_FAILED);
        }
    }

    /** Rows of every ordinary table outside the system schemas, keyed {@code schema.table}. */
    public Map<String, Long> countRows() {
        List<String[]> tables = new ArrayList<>();
        String list = "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind = 'r' AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"
                + " AND has_table_privilege(c.oid, 'SELECT')"
                + " ORDER BY 1, 2";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = jdbc.createStatement()) {
            // one backend, no JIT: the counts run beside pg_dump and must not take the cores it needs
            st.execute("SET LOCAL max_parallel_workers_per_gather = 0");
            st.execute("SET LOCAL jit = off");
            try (ResultSet rs = st.executeQuery(list)) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quoteIdent(t[0]) + "." + quoteIdent(t[1]))) {
                    rs.next();
                    counts.put(t[0] + "." + t[1], rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw DatabaseErrors.fromJdbc(conn, e, ExitCode.DUMP_FAILED);
        }
    }

    /** Runs one query and returns the first column of the first row. */
    public String queryString(String sql) {
        try (Statement st = jdbc.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw DatabaseErrors.fromJdbc(conn, e, ExitCode.FAILURE);
        }
    }

    public Connection jdbc() {
        return jdbc;
    }

    /** Runs a query with text parameters; every column of every row as text. */
    public List<List<String>> rows(String sql, ExitCode otherwise, String... params) {
        try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(rs.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw DatabaseErrors.fromJdbc(conn, e, otherwise);
        }
    }

    /** Runs one statement; a failure is {@code otherwise} with the server's words and a HINT. */
    public void execute(String sql, ExitCode otherwise) {
        try (Statement st = jdbc.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw DatabaseErrors.fromJdbc(conn, e, otherwise);
        }
    }

    public static String quoteIdent(String ident) {
        return "\"" + ident.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        try {
            jdbc.close();
        } catch (SQLException e) {
            // closing a broken connection is not worth reporting
        }
    }
}
