package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.demo.SampleData;
import io.pgbackup.error.ExitCode;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Keytool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that accepts only TLS connections ({@code hostssl} in pg_hba.conf) with a certificate
 * signed by a CA of its own, as managed PostgreSQL services do: with {@code PGSSLMODE=verify-full}
 * and {@code PGSSLROOTCERT} naming that CA, backup and restore go through (the JDBC session and
 * pg_dump and psql all verify the server); without it, or with another CA, the job stops with
 * exit 22 and a HINT that names PGSSLROOTCERT.
 */
class VerifiedTlsTest {
    private static LocalPostgres pg;
    private static Path tls;

    @TempDir
    Path store;

    @BeforeAll
    static void serverWithItsOwnCa() throws Exception {
        tls = Files.createTempDirectory("pgbackup-tls-");
        Path server = tls.resolve("server.p12");
        Keytool.generate(server, "server", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost", "BC=ca:true");
        Keytool.exportCertificate(server, "server", tls.resolve("server.crt"));
        Keytool.exportPrivateKey(server, "server", tls.resolve("server.key"));
        Path other = tls.resolve("other.p12");
        Keytool.generate(other, "other", "CN=Some Other CA", "BC=ca:true");
        Keytool.exportCertificate(other, "other", tls.resolve("other-ca.crt"));

        pg = LocalPostgres.start();
        pg.psql("postgres", "ALTER SYSTEM SET ssl_cert_file = '" + tls.resolve("server.crt") + "'");
        pg.psql("postgres", "ALTER SYSTEM SET ssl_key_file = '" + tls.resolve("server.key") + "'");
        pg.psql("postgres", "ALTER SYSTEM SET ssl = on");
        Path hba = Path.of(pg.psql("postgres", "SHOW hba_file"));
        Files.writeString(hba, "local all all trust\nhostssl all all 127.0.0.1/32 trust\n");
        pg.psql("postgres", "SELECT pg_reload_conf()");
        pg.psql("postgres", "CREATE DATABASE app");
        SampleData.load(pg, "app");
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
        try (var files = Files.list(tls)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(tls);
    }

    @Test
    void backupAndRestoreVerifyTheServerWithTheRootCertificate() {
        Cli cli = cli().env("PGSSLROOTCERT", tls.resolve("server.crt").toString());
        Cli.Result backup = cli.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        Cli.Result restore = cli.run("restore", "--target-database", "app_copy", "--yes");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(pg.psql("app_copy", "SELECT count(*) FROM orders")).isEqualTo(pg.psql("app", "SELECT count(*) FROM orders"));
    }

    @Test
    void theServerRefusesConnectionsWithoutTls() {
        Cli.Result r = cli().env("PGSSLMODE", "disable").run("backup");
        assertThat(r.code()).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
        assertThat(r.err()).contains("no encryption");
    }

    @Test
    void withoutTheRootCertificateTheJobStopsAndNamesIt() {
        Cli.Result r = cli().env("HOME", store.toString()).run("backup");
        assertThat(r.code()).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
        assertThat(r.err()).contains("certificate").contains("HINT:").contains("PGSSLROOTCERT");
    }

    @Test
    void aCertificateOfAnotherCaIsRefused() {
        Cli.Result r = cli().env("PGSSLROOTCERT", tls.resolve("other-ca.crt").toString()).run("backup");
        assertThat(r.code()).isEqualTo(ExitCode.DATABASE_UNREACHABLE.code());
        assertThat(r.err()).contains("HINT:").contains("PGSSLROOTCERT");
    }

    private Cli cli() {
        return new Cli()
                .env("PGHOST", "127.0.0.1")
                .env("PGPORT", Integer.toString(pg.port()))
                .env("PGUSER", LocalPostgres.SUPERUSER)
                .env("PGDATABASE", "app")
                .env("PGSSLMODE", "verify-full")
                .env("PGBACKUP_STORE", store.toUri().toString())
                .env("ENCRYPTION_KEY", "tls-passphrase-" + UUID.randomUUID());
    }
}
