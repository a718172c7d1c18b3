package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How to reach the database, libpq style: host, port, user, database and an optional password
 * (from PGPASSWORD or a Vault lease). The password reaches pg_dump and psql only through their
 * environment ({@link #libpqEnvironment()}), never their arguments, and {@link #toString()} hides it.
 *
 * @param connectTimeout seconds that connecting and logging in may take, for pgbackup's own session,
 *                       pg_dump and psql alike (PGCONNECT_TIMEOUT); 0 waits forever, as libpq does
 */
public record PgConnection(String host, int port, String user, String database, String password, String sslMode,
                           String sslRootCert, int connectTimeout) {
    /**
     * pg_dump's and psql's {@code --dbname}: a connection string without a database (that comes from
     * PGDATABASE) that turns on TCP keepalives after 30 s of silence, every 10 s, 3 probes. A server
     * that died, or a network that dropped it, ends them within about a minute instead of the
     * kernel's default of two hours. libpq has no environment variable for these.
     */
    public static final String KEEPALIVES = "keepalives=1 keepalives_idle=30 keepalives_interval=10 keepalives_count=3";

    /** Seconds, when PGCONNECT_TIMEOUT is not set: a server that accepts and never answers fails the job. */
    public static final int DEFAULT_CONNECT_TIMEOUT = 30;

    /** Without a root certificate of its own and with the default connect timeout. */
    public PgConnection(String host, int port, String user, String database, String password, String sslMode) {
        this(host, port, user, database, password, sslMode, null, DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * Settings from libpq's variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSSLMODE,
     * PGSSLROOTCERT, PGCONNECT_TIMEOUT).
     */
    public static PgConnection fromEnv(Map<String, String> env) {
        String port = env.getOrDefault("PGPORT", "5432");
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new PgBackupException(ExitCode.CONFIG, "PGPORT is not a port number: " + port,
                    "set PGPORT (or --port) to the server's TCP port, for example 5432");
        }
        String user = env.getOrDefault("PGUSER", env.getOrDefault("USER", "postgres"));
        String database = DatabaseName.check(env.getOrDefault("PGDATABASE", user), "PGDATABASE or --dbname",
                ExitCode.CONFIG);
        return new PgConnection(env.getOrDefault("PGHOST", "localhost"), portNumber, user, database, env.get("PGPASSWORD"), env.get("PGSSLMODE"),
                blankToNull(env.get("PGSSLROOTCERT")), connectTimeout(env.get("PGCONNECT_TIMEOUT")));
    }

    private static int connectTimeout(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_CONNECT_TIMEOUT;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new PgBackupException(ExitCode.CONFIG, "PGCONNECT_TIMEOUT is not a number of seconds: " + value,
                    "set PGCONNECT_TIMEOUT to whole seconds, for example 30 (0 waits forever)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public PgConnection withDatabase(String other) {
        return new PgConnection(host, port, user, other, password, sslMode, sslRootCert, connectTimeout);
    }

    public PgConnection withAccount(String newUser, String newPassword) {
        return new PgConnection(host, port, newUser, database, newPassword, sslMode, sslRootCert, connectTimeout);
    }

    /** The environment for pg_dump/psql: libpq reads it, so no secret goes on the command line. */
    public Map<String, String> libpqEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("PGHOST", host);
        env.put("PGPORT", Integer.toString(port));
        env.put("PGUSER", user);
        env.put("PGDATABASE", database);
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        if (sslMode != null) {
            env.put("PGSSLMODE", sslMode);
        }
        if (sslRootCert != null) {
            env.put("PGSSLROOTCERT", sslRootCert);
        }
        if (connectTimeout > 0) {
            env.put("PGCONNECT_TIMEOUT", Integer.toString(connectTimeout));
        }
        env.put("PGAPPNAME", "pgbackup");
        return env;
    }

    /** A JDBC URL and properties for the same server (TCP only). */
    public String jdbcUrl() {
        if (host.startsWith("/")) {
            throw new PgBackupException(ExitCode.CONFIG, "PGHOST is a unix socket directory (" + host + ")",
                    "pgbackup connects over TCP: set PGHOST to a host name or address, for example 127.0.0.1");
        }
        return "jdbc:postgresql://" + host + ":" + port + "/" + urlEncoded(database);
    }

    /**
     * A libpq connection string naming only {@code database}, for a tool's {@code -d}: a bare name holding
     * '=' would be read as a connection string itself.
     */
    public static String conninfoDbname(String database) {
        return "dbname='" + database.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** pgjdbc URL-decodes the database of its URL: a name with '%', '?', '&' or spaces is encoded. */
    public static String urlEncoded(String database) {
        return URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Properties jdbcProperties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", sslMode == null ? "prefer" : sslMode);
        if (sslRootCert != null) {
            p.setProperty("sslrootcert", sslRootCert);
        }
        p.setProperty("ApplicationName", "pgbackup");
        // connectTimeout bounds the TCP connect; loginTimeout the whole login (a server or proxy that
        // accepts the connection and never answers would otherwise hold the job until CI kills it)
        p.setProperty("connectTimeout", Integer.toString(connectTimeout));
        p.setProperty("loginTimeout", Integer.toString(connectTimeout));
        return p;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
