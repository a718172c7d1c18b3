package io.pgbackup.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** An application's sessions on the test server: application name {@code shop-web}, as pg_stat_activity shows. */
public final class AppSessions {
    private AppSessions() {
    }

    public static Connection open(String db) throws SQLException {
        Properties p = new Properties();
        p.setProperty("ApplicationName", "shop-web");
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(PostgresFixture.server().jdbcUrl(db), p);
    }

    public static int pid(Connection c) throws SQLException {
        return Integer.parseInt(query(c, "SELECT pg_backend_pid()"));
    }

    /** The first column of the first row. */
    public static String query(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // already gone
        }
    }
}
