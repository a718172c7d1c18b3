package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.net.SocketTimeoutException;
import java.sql.SQLException;

/** Turns what the server or libpq said into one operator message with its fix. */
final class DatabaseErrors {
    private DatabaseErrors() {
    }

    /** A JDBC failure while connecting or inspecting. */
    static PgBackupException fromJdbc(PgConnection conn, SQLException e, ExitCode otherwise) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = firstLine(e.getMessage());
        if (tlsProblem(detail)) {
            return tlsFailed(conn, detail);
        }
        if (timedOut(e)) {
            return timeout(conn, detail);
        }
        if (state.startsWith("08")) {
            return new PgBackupException(ExitCode.DATABASE_UNREACHABLE,
                    "cannot connect to the database server at " + conn.host() + ":" + conn.port() + ": " + detail,
                    "check PGHOST/PGPORT (or --host/--port) and that the server accepts TCP connections");
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new PgBackupException(ExitCode.DATABASE_UNREACHABLE,
                    "the database server refused the login of user " + conn.user() + ": " + detail,
                    "check PGUSER/PGPASSWORD, or the Vault database role that issues the account");
        }
        if (state.equals("3D000")) {
            return new PgBackupException(otherwise, "database " + conn.database() + " does not exist on "
                    + conn.host() + ":" + conn.port(), "check PGDATABASE (or --dbname)");
        }
        if (state.equals("42501")) {
            return new PgBackupException(otherwise, "permission denied for user " + conn.user() + ": " + detail,
                    "the backup account needs pg_read_all_data; the restore account must be a member of the owner role");
        }
        return new PgBackupException(otherwise, "database error (" + state + ") failed: " + detail, e,
                "run again with --verbose for details");
    }

    /** A pg_dump or psql failure, from the last lines it wrote on stderr. */
    static PgBackupException fromTool(String tool, PgConnection conn, int exit, String stderr, ExitCode otherwise) {
        String text = stderr == null ? "" : stderr.strip();
        String last = lastErrorLine(text);
        String lower = text.toLowerCase();
        if (tlsProblem(text)) {
            return tlsFailed(conn, tool + ": " + last);
        }
        if (lower.contains("timeout expired")) {
            return timeout(conn, tool + ": " + last);
        }
        if (lower.contains("connection refused") || lower.contains("could not translate host name")
                || lower.contains("no route to host")) {
            return new PgBackupException(ExitCode.DATABASE_UNREACHABLE, tool + " cannot connect to the database server at "
                    + conn.host() + ":" + conn.port() + ": " + last,
                    "check PGHOST/PGPORT (or --host/--port) and that the server is running");
        }
        if (lower.contains("password authentication failed") || lower.contains("no password supplied")
                || lower.contains("no pg_hba.conf entry")) {
            return new PgBackupException(ExitCode.DATABASE_UNREACHABLE, "the database server refused the login of user "
                    + conn.user() + ": " + last, "check PGUSER/PGPASSWORD, or the Vault database role that issues the account");
        }
        if (lower.contains("database \"" + conn.database().toLowerCase() + "\" does not exist")) {
            return new PgBackupException(otherwise, "database " + conn.database() + " does not exist on "
                    + conn.host() + ":" + conn.port(), "check PGDATABASE (or --dbname)");
        }
        if (lower.contains("permission denied")) {
            return new PgBackupException(otherwise, tool + " was denied access as user " + conn.user() + ": " + last,
                    "the backup account needs pg_read_all_data; the restore account must be a member of the owner role");
        }
        return new PgBackupException(otherwise, tool + " failed with exit code " + exit + ": " + last,
                "run again with --verbose to see all of " + tool + "'s messages");
    }

    /** pgjdbc's login timeout, or a socket timeout (TCP connect, TLS answer) anywhere in the causes. */
    private static boolean timedOut(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || (t.getMessage() != null && t.getMessage().contains("timed out"))) {
                return true;
            }
        }
        return false;
    }

    /** Connecting or logging in took longer than PGCONNECT_TIMEOUT (or pgjdbc's TLS answer wait). */
    private static PgBackupException timeout(PgConnection conn, String detail) {
        String limit = conn.connectTimeout() > 0 ? "now " + conn.connectTimeout() + " s" : "now unlimited";
        return new PgBackupException(ExitCode.DATABASE_UNREACHABLE, "the database server at " + conn.host() + ":"
                + conn.port() + " did not answer in time: " + detail,
                "check that PostgreSQL, or the proxy or load balancer in front of it, is up and answers from here"
                        + " (a firewall that drops packets looks the same); PGCONNECT_TIMEOUT (" + limit
                        + ") gives a slow server longer");
    }

    /**
     * TLS: the server's certificate could not be checked (no root certificate, another CA, another
     * host name) or the server wants TLS that was turned off (pg_hba.conf {@code hostssl}).
     */
    private static boolean tlsProblem(String text) {
        String lower = text.toLowerCase();
        return lower.contains("root certificate") || lower.contains("server certificate")
                || lower.contains("certificate verify failed") || lower.contains("ssl error") || lower.contains("pkix")
                || lower.contains("hostnameverifier") || lower.contains("no encryption");
    }

    private static PgBackupException tlsFailed(PgConnection conn, String detail) {
        return new PgBackupException(ExitCode.DATABASE_UNREACHABLE, "the TLS connection to "
                + conn.host() + ":" + conn.port() + " (PGSSLMODE=" + (conn.sslMode() == null ? "prefer" : conn.sslMode())
                + ") failed: " + detail,
                "set PGSSLROOTCERT to the PEM file of the CA that signed the server's certificate (your database"
                        + " provider's CA), with PGSSLMODE=verify-full; PGSSLMODE=require encrypts without verifying the server");
    }

    private static String lastErrorLine(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains("error:") || lines[i].contains("ERROR:") || lines[i].contains("FATAL:")) {
                return lines[i].strip();
            }
        }
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
