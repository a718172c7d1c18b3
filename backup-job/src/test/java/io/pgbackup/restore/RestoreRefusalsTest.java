package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What PostgreSQL ties to a database and a rename would break: a logical replication slot stays with
 * the old database, a prepared transaction holds it. The restore refuses both before it changes
 * anything; a publication, being in the dump, comes back with the restored database.
 */
class RestoreRefusalsTest {
    @TempDir
    Path store;

    private final LocalPostgres pg = PostgresFixture.server();

    @Test
    void aLogicalReplicationSlotOnTheTargetIsRefusedWithNothingChanged() {
        String db = Fixtures.sampleDatabase("rfs");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        pg.psql(db, "CREATE TABLE later(x int)");
        String slot = db + "_cdc";
        pg.psql(db, "SELECT pg_create_logical_replication_slot('" + slot + "', 'pgoutput')");
        try {
            String before = DumpCompare.dump(pg, db);
            Cli.Result r = cli.run("restore", "--yes");
            assertThat(r.code()).as(r.err()).isEqualTo(21);
            assertThat(r.err()).contains("has logical replication slots (" + slot + ")").contains("nothing was changed")
                    .contains("HINT: drop them");
            assertThat(DumpCompare.dump(pg, db)).isEqualTo(before);
            assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname LIKE 'pgbackup_%'"
                    + " AND starts_with(datname, 'pgbackup_new_')")).isEqualTo("0");
        } finally {
            pg.psql(db, "SELECT pg_drop_replication_slot('" + slot + "')");
        }
        assertThat(cli.run("restore", "--yes").code()).isZero();
    }

    @Test
    void aPreparedTransactionOnTheTargetIsRefusedWithNothingChanged() throws Exception {
        String db = Fixtures.sampleDatabase("rfp");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        String gid = db + "_tx";
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(db)); Statement st = c.createStatement()) {
            st.execute("BEGIN; INSERT INTO orders SELECT * FROM orders LIMIT 0; PREPARE TRANSACTION '" + gid + "'");
        }
        try {
            String before = DumpCompare.dump(pg, db);
            Cli.Result r = cli.run("restore", "--yes");
            assertThat(r.code()).as(r.err()).isEqualTo(21);
            assertThat(r.err()).contains("has 1 prepared transaction(s)").contains("nothing was changed")
                    .contains("HINT: finish them with COMMIT PREPARED or ROLLBACK PREPARED");
            assertThat(DumpCompare.dump(pg, db)).isEqualTo(before);
        } finally {
            pg.psql(db, "ROLLBACK PREPARED '" + gid + "'");
        }
    }

    @Test
    void aPublicationComesBackWithTheRestoredDatabase() {
        String db = Fixtures.sampleDatabase("rfu");
        pg.psql(db, "CREATE PUBLICATION shop_pub FOR TABLE orders");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        pg.psql(db, "DROP PUBLICATION shop_pub");
        Cli.Result r = cli.run("restore", "--yes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pg.psql(db, "SELECT pubname || ':' || tablename FROM pg_publication_tables")).isEqualTo("shop_pub:orders");
    }
}
