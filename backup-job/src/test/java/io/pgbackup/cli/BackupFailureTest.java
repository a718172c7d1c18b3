package io.pgbackup.cli;

import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed dump never becomes a backup: exact message, exit code, and an empty store. */
class BackupFailureTest {
    @TempDir
    Path store;

    @Test
    void unknownDatabase() {
        Cli.Result r = Fixtures.cli("no_such_db", store).run("backup");
        assertThat(r.code()).isEqualTo(20);
        assertThat(r.err()).contains("error: database no_such_db does not exist on 127.0.0.1:"
                + PostgresFixture.server().port() + "\nHINT: check PGDATABASE (or --dbname)");
        assertStoreEmpty();
    }

    @Test
    void connectionRefused() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Cli.Result r = Fixtures.cli("postgres", store).env("PGPORT", Integer.toString(closedPort)).run("backup");
        assertThat(r.code()).isEqualTo(22);
        assertThat(r.err()).startsWith("error: cannot connect to the database server at 127.0.0.1:" + closedPort)
                .contains("HINT: check PGHOST/PGPORT (or --host/--port) and that the server accepts TCP connections");
        assertStoreEmpty();
    }

    @Test
    void permissionDenied() {
        String db = Fixtures.sampleDatabase("perm");
        PostgresFixture.server().psql(db, "DROP ROLE IF EXISTS nobody_reader; CREATE ROLE nobody_reader LOGIN");
        Cli.Result r = Fixtures.cli(db, store).env("PGUSER", "nobody_reader").run("backup");
        assertThat(r.code()).isEqualTo(20);
        assertThat(r.err()).contains("error: pg_dump was denied access as user nobody_reader:")
                .contains("permission denied for table")
                .contains("HINT: the backup account needs pg_read_all_data");
        assertStoreEmpty();
    }

    @Test
    void missingPassphraseIsRefusedBeforeAnythingHappens() {
        Cli cli = Fixtures.cli("postgres", store);
        cli.env().remove("ENCRYPTION_KEY");
        Cli.Result r = cli.run("backup");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: no encryption passphrase\nHINT: set ENCRYPTION_KEY, or pass "
                + "--passphrase-file FILE, or read it from Vault with --vault-group\n");
        assertStoreEmpty();
    }

    @Test
    void passphraseIsNotAcceptedAsAnArgument() {
        Cli.Result r = Fixtures.cli("postgres", store).run("backup", "--passphrase", "hunter2hunter2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--passphrase'").doesNotContain("hunter2hunter2");
    }

    @Test
    void pgDumpOptionsOtherThanSelectionAreRefused() {
        Cli.Result r = Fixtures.cli("postgres", store).run("backup", "--", "--file=/tmp/x.sql");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: pg_dump option --file cannot be passed through\nHINT: only selection options");
        assertStoreEmpty();
    }

    @Test
    void selectionOptionsArePassedToPgDump() throws Exception {
        String db = Fixtures.sampleDatabase("sel");
        Cli cli = Fixtures.cli(db, store);
        Cli.Result r = cli.run("backup", "--", "--exclude-table-data=events");
        assertThat(r.code()).as(r.err()).isZero();
        Cli.Result restore = cli.run("restore", "--backup", r.out().strip(), "--target-database", db + "_sel");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(PostgresFixture.server().psql(db + "_sel", "SELECT count(*) FROM events")).isEqualTo("0");
        assertThat(PostgresFixture.server().psql(db + "_sel", "SELECT count(*) FROM orders")).isEqualTo("20000");
    }

    private void assertStoreEmpty() {
        try (Stream<Path> files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
