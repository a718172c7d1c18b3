package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS failures are told from other failures by libpq's own words, not by any mention of a
 * certificate: a table named {@code certificates} is not a TLS problem. (VerifiedTlsTest shows the
 * real failures against a real server.)
 */
class DatabaseErrorsTest {
    private static final PgConnection CONN = new PgConnection("db.internal", 5432, "backup", "app", null, "verify-full");

    @Test
    void libpqRootCertificateMessageIsATlsFailure() {
        PgBackupException e = DatabaseErrors.fromTool("pg_dump", CONN, 1, "pg_dump: error: connection to server at"
                + " \"db.internal\" (10.0.0.5), port 5432 failed: root certificate file \"/root/.postgresql/root.crt\""
                + " does not exist", ExitCode.DUMP_FAILED);
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE_UNREACHABLE);
        assertThat(e.render()).contains("PGSSLMODE=verify-full").contains("HINT:").contains("PGSSLROOTCERT");
    }

    @Test
    void aTableNamedCertificatesIsNotATlsFailure() {
        PgBackupException e = DatabaseErrors.fromTool("pg_dump", CONN, 1, "pg_dump: error: query failed: ERROR:"
                + "  permission denied for table certificates", ExitCode.DUMP_FAILED);
        assertThat(e.exitCode()).isEqualTo(ExitCode.DUMP_FAILED);
        assertThat(e.render()).contains("was denied access").doesNotContain("PGSSLROOTCERT");
    }

    @Test
    void libpqTimeoutIsATimeoutWithTheLimitInTheHint() {
        PgBackupException e = DatabaseErrors.fromTool("pg_dump", CONN, 1, "pg_dump: error: connection to server at"
                + " \"db.internal\" (10.0.0.5), port 5432 failed: timeout expired", ExitCode.DUMP_FAILED);
        assertThat(e.exitCode()).isEqualTo(ExitCode.DATABASE_UNREACHABLE);
        assertThat(e.render()).startsWith("error: the database server at db.internal:5432 did not answer in time: pg_dump:")
                .contains("HINT:").contains("PGCONNECT_TIMEOUT (now 30 s)");
    }

    @Test
    void theTimeoutReachesLibpqAndPgjdbcAndZeroMeansForever() {
        PgConnection fromEnv = PgConnection.fromEnv(java.util.Map.of("PGHOST", "db.internal", "PGCONNECT_TIMEOUT", "7"));
        assertThat(fromEnv.libpqEnvironment()).containsEntry("PGCONNECT_TIMEOUT", "7");
        assertThat(fromEnv.jdbcProperties()).containsEntry("loginTimeout", "7").containsEntry("connectTimeout", "7");
        assertThat(CONN.libpqEnvironment()).containsEntry("PGCONNECT_TIMEOUT", "30");
        PgConnection forever = PgConnection.fromEnv(java.util.Map.of("PGHOST", "db.internal", "PGCONNECT_TIMEOUT", "0"));
        assertThat(forever.libpqEnvironment()).doesNotContainKey("PGCONNECT_TIMEOUT");
        assertThat(forever.jdbcProperties()).containsEntry("loginTimeout", "0");
    }
}
