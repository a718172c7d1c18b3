package io.pgbackup.secrets;

import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.vault.ManagedDatabaseUser;
import io.pgbackup.testsupport.vault.StandInLease;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The temporary accounts on the real PostgreSQL: what the team's role statements grant, and that
 * revocation (explicit or at TTL) drops them. Reading creds runs the statements through the stand-in.
 */
class DatabaseCredsTest {
    private VaultWorld world;
    private VaultClient client;

    @BeforeEach
    void start() {
        world = VaultWorld.start();
        client = VaultClient.login(VaultConfig.fromEnv(world.tokenEnv(world.jobToken())));
    }

    @AfterEach
    void stop() {
        world.vault.close();
    }

    private static List<String> memberships(String role) {
        List<String> out = new ArrayList<>();
        try (Connection c = java.sql.DriverManager.getConnection(VaultWorld.jdbcUrl());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                     + " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '" + role + "' ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void backupAccountLogsInReadsEverythingAndCannotWrite() throws SQLException {
        String db = PostgresFixture.newDatabase("vcreds");
        PostgresFixture.server().psql(db, "CREATE TABLE t(x int); INSERT INTO t VALUES (1), (2)");
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.BACKUP_ROLE);

        assertThat(creds.username()).startsWith("v-token-backup-g-").hasSizeLessThanOrEqualTo(63);
        assertThat(creds.toString()).doesNotContain(new String(creds.password()));
        assertThat(VaultWorld.roleExists(creds.username())).isTrue();
        assertThat(memberships(creds.username())).containsExactly("pg_read_all_data");
        assertThat(VaultWorld.query("SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls FROM pg_roles"
                + " WHERE rolname = '" + creds.username() + "'")).isEqualTo("f");
        assertThat(VaultWorld.query("SELECT rolvaliduntil > now() FROM pg_roles WHERE rolname = '" + creds.username() + "'"))
                .isEqualTo("t");
        try (Connection c = VaultWorld.connectAs(creds.username(), creds.password(), db); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT sum(x) FROM t");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(3);
            SQLException insert = catchThrowableOfType(SQLException.class, () -> st.execute("INSERT INTO t VALUES (3)"));
            assertThat(insert.getSQLState()).isEqualTo("42501");
            SQLException create = catchThrowableOfType(SQLException.class, () -> st.execute("CREATE TABLE u(y int)"));
            assertThat(create.getSQLState()).isEqualTo("42501");
        }

        client.revoke(creds.lease().id());
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
        assertThat(world.vault.activeLeases()).isEmpty();
    }

    @Test
    void vaultsDatabaseUserIsACreateroleNonSuperuser() {
        assertThat(VaultWorld.query("SELECT rolsuper::text || ' ' || rolcreaterole::text || ' ' || rolcreatedb::text"
                + " FROM pg_roles WHERE rolname = '" + ManagedDatabaseUser.NAME + "'")).isEqualTo("false true false");
        assertThat(world.vault.toString()).isNotNull();
    }

    /**
     * A restore account that created a database as itself (a restore killed before its switch): as a
     * non-superuser, Vault's user can give it to the owner role (REASSIGN OWNED reaches shared objects)
     * and drop the account only because the creation made it a member of the account (PostgreSQL
     * 15+), and end its session with pg_signal_backend. Objects in another database than Vault's
     * connection database stay the limit shown by the test below.
     */
    @Test
    void aNonSuperuserVaultRevokesARestoreAccountThatOwnsObjectsAndASession() throws SQLException {
        String db = PostgresFixture.newDatabase("vowned");
        PostgresFixture.server().psql(db, "ALTER DATABASE " + db + " OWNER TO " + VaultWorld.OWNER
                + "; ALTER SCHEMA public OWNER TO " + VaultWorld.OWNER);
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.RESTORE_ROLE);
        String scratch = "vowned_scratch_" + System.nanoTime();
        try (Connection c = VaultWorld.connectAs(creds.username(), creds.password(), db); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + scratch);
            assertThat(VaultWorld.query("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + creds.username() + "'"))
                    .isEqualTo("1");
            client.revoke(creds.lease().id());
            assertThat(c.isValid(2)).as("its session was ended").isFalse();
        }
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
        assertThat(VaultWorld.query("SELECT count(*) FROM pg_stat_activity WHERE usename = '" + creds.username() + "'"))
                .isEqualTo("0");
        assertThat(VaultWorld.query("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + scratch + "'"))
                .isEqualTo(VaultWorld.OWNER);
        assertThat(world.vault.activeLeases()).isEmpty();
        PostgresFixture.server().psql("postgres", "DROP DATABASE " + scratch);
    }

    @Test
    void theVerifyAccountMayCreateItsScratchDatabaseButNotEndSessionsNorReadAsTheRestoreAccount() throws SQLException {
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.VERIFY_ROLE);
        assertThat(creds.username()).startsWith("v-token-verify-g-");
        assertThat(memberships(creds.username())).containsExactly(VaultWorld.OWNER);
        assertThat(VaultWorld.query("SELECT rolcreatedb::text || ' ' || rolsuper::text || ' ' || rolbypassrls::text"
                + " FROM pg_roles WHERE rolname = '" + creds.username() + "'")).isEqualTo("true false false");
        client.revoke(creds.lease().id());
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
    }

    @Test
    void revocationEndsTheAccountsOpenSessionsAndDropsIt() throws SQLException {
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.BACKUP_ROLE);
        try (Connection held = VaultWorld.connectAs(creds.username(), creds.password(), "postgres")) {
            client.revoke(creds.lease().id());
            assertThat(VaultWorld.roleExists(creds.username())).isFalse();
            assertThat((Throwable) catchThrowableOfType(SQLException.class, () -> held.createStatement().execute("SELECT 1"))).isNotNull();
        }
    }

    @Test
    void restoreAccountRecreatesTheSchemaAsTheOwnerRole() throws SQLException {
        String db = PostgresFixture.newDatabase("vrestore");
        PostgresFixture.server().psql(db, "ALTER DATABASE " + db + " OWNER TO " + VaultWorld.OWNER
                + "; ALTER SCHEMA public OWNER TO " + VaultWorld.OWNER);
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.RESTORE_ROLE);
        assertThat(creds.username()).startsWith("v-token-restore-");
        assertThat(memberships(creds.username())).containsExactly(VaultWorld.OWNER, "pg_read_all_data", "pg_signal_backend");
        try (Connection c = VaultWorld.connectAs(creds.username(), creds.password(), db); Statement st = c.createStatement()) {
            st.execute("SET ROLE " + VaultWorld.OWNER);
            st.execute("CREATE TABLE restored(x int)");
            st.execute("INSERT INTO restored VALUES (1)");
        }
        assertThat(PostgresFixture.server().psql(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'restored'"))
                .isEqualTo(VaultWorld.OWNER);
        client.revoke(creds.lease().id());
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
        assertThat(PostgresFixture.server().psql(db, "SELECT count(*) FROM restored")).isEqualTo("1");
    }

    /**
     * The restore role's statements are all a restore over a live database needs: the account loads
     * beside the target, ends the application's session at the switch and renames, with no superuser.
     */
    @Test
    void theRestoreAccountRestoresOverALiveDatabaseAndEndsItsSessions(@TempDir Path store) throws SQLException {
        String db = liveDatabase("vover");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        PostgresFixture.server().psql(db, "SET ROLE " + VaultWorld.OWNER
                + "; CREATE TABLE order_notes(id int REFERENCES orders(id))");
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.RESTORE_ROLE);
        try (Connection app = VaultWorld.connectAs(db + "_app", "app-password".toCharArray(), db)) {
            Cli.Result r = restoreAs(cli, creds, "--yes");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("ending session").contains("user " + db + "_app");
            assertThat(app.isValid(2)).isFalse();
        }
        assertThat(PostgresFixture.server().psql(db, "SELECT to_regclass('order_notes') IS NULL")).isEqualTo("t");
        assertThat(PostgresFixture.server().psql(db, "SELECT count(*) FROM orders")).isEqualTo("50");
        assertThat(VaultWorld.query("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + db + "'"))
                .isEqualTo(VaultWorld.OWNER);
        client.revoke(creds.lease().id());
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
    }

    /** A superuser's session on the target cannot be ended by the restore account: nothing changes. */
    @Test
    void aSuperusersSessionOnTheTargetFailsTheSwitchWithNothingChanged(@TempDir Path store) throws SQLException {
        String db = liveDatabase("vsup");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        PostgresFixture.server().psql(db, "SET ROLE " + VaultWorld.OWNER + "; CREATE TABLE later(x int)");
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.RESTORE_ROLE);
        try (Connection dba = java.sql.DriverManager.getConnection(PostgresFixture.server().jdbcUrl(db))) {
            int pid;
            try (Statement st = dba.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            Cli.Result r = restoreAs(cli, creds, "--yes", "--switch-timeout", "2");
            assertThat(r.code()).as(r.err()).isEqualTo(21);
            assertThat(r.err()).contains("the restore account may not end session(s) " + pid)
                    .contains("is unchanged").contains("HINT: end them as a superuser");
            assertThat(dba.isValid(2)).isTrue();
        }
        assertThat(PostgresFixture.server().psql(db, "SELECT to_regclass('later') IS NOT NULL")).isEqualTo("t");
        assertThat(VaultWorld.query("SELECT count(*) FROM pg_database WHERE datname LIKE 'pgbackup\\_new\\_%'"))
                .isEqualTo("0");
        client.revoke(creds.lease().id());
    }

    /** A database owned by the owner role, with a table of 50 rows and an application login role. */
    private static String liveDatabase(String prefix) {
        String db = PostgresFixture.newDatabase(prefix);
        PostgresFixture.server().psql("postgres", "CREATE ROLE " + db + "_app LOGIN PASSWORD 'app-password' IN ROLE "
                + VaultWorld.OWNER);
        PostgresFixture.server().psql("postgres", "ALTER DATABASE " + db + " OWNER TO " + VaultWorld.OWNER);
        PostgresFixture.server().psql(db, "ALTER SCHEMA public OWNER TO " + VaultWorld.OWNER + "; SET ROLE "
                + VaultWorld.OWNER + "; CREATE TABLE orders(id int PRIMARY KEY); INSERT INTO orders"
                + " SELECT generate_series(1, 50)");
        return db;
    }

    private static Cli.Result restoreAs(Cli cli, DbCredentials creds, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "restore";
        all[1] = "--owner-role";
        all[2] = VaultWorld.OWNER;
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.env("PGUSER", creds.username()).env("PGPASSWORD", new String(creds.password())).run(all);
    }

    @Test
    void aDatabaseCreatedByTheRestoreAccountItselfIsHandedToTheOwnerOnRevocation() throws SQLException {
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.RESTORE_ROLE);
        String db = "vcreated_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        try (Connection c = VaultWorld.connectAs(creds.username(), creds.password(), "postgres")) {
            c.createStatement().execute("CREATE DATABASE " + db);
        }
        client.revoke(creds.lease().id());
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
        assertThat(VaultWorld.query("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + db + "'"))
                .isEqualTo(VaultWorld.OWNER);
    }

    @Test
    void anAccountThatStillOwnsATableElsewhereCannotBeDroppedAndTheLeaseStays() throws SQLException {
        String db = PostgresFixture.newDatabase("vtrap");
        PostgresFixture.server().psql(db, "ALTER SCHEMA public OWNER TO " + VaultWorld.OWNER);
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.RESTORE_ROLE);
        try (Connection c = VaultWorld.connectAs(creds.username(), creds.password(), db)) {
            c.createStatement().execute("CREATE TABLE owned_by_temp(x int)"); // no SET ROLE: the known trap
        }
        VaultRequestException e = catchThrowableOfType(VaultRequestException.class, () -> client.revoke(creds.lease().id()));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.vaultError()).startsWith("failed to revoke entry: ERROR: role \"" + creds.username()
                + "\" cannot be dropped because some objects depend on it");
        assertThat(VaultWorld.roleExists(creds.username())).isTrue();
        assertThat(world.vault.activeLeases()).extracting(StandInLease::id).containsExactly(creds.lease().id());

        PostgresFixture.server().psql(db, "DROP TABLE owned_by_temp");
        client.revoke(creds.lease().id());
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
    }

    @Test
    void withoutRenewalTheAccountIsDroppedWhenItsLeaseExpires() throws InterruptedException {
        world.vault.databaseRole("short", DatabaseRoleStatements.Kind.BACKUP, VaultWorld.OWNER, Duration.ofSeconds(2));
        VaultClient c = VaultClient.login(VaultConfig.fromEnv(world.tokenEnv(world.vault.token("database/creds/short"))));
        DbCredentials creds = c.readDatabaseCreds("database/creds/short");
        assertThat(creds.lease().duration()).isEqualTo(Duration.ofSeconds(2));
        assertThat(creds.lease().renewable()).isTrue();
        assertThat(VaultWorld.roleExists(creds.username())).isTrue();
        long deadline = System.currentTimeMillis() + 6000;
        while (VaultWorld.roleExists(creds.username()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(VaultWorld.roleExists(creds.username())).isFalse();
        assertThat(world.vault.activeLeases()).isEmpty();
    }

    @Test
    void renewalExtendsTheLeaseAndThePasswordValidity() {
        DbCredentials creds = client.readDatabaseCreds("database/creds/" + VaultWorld.BACKUP_ROLE);
        Lease renewed = client.renew(creds.lease().id(), Duration.ofHours(2));
        assertThat(renewed.id()).isEqualTo(creds.lease().id());
        assertThat(renewed.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(VaultWorld.query("SELECT rolvaliduntil > now() + interval '110 minutes' FROM pg_roles WHERE rolname = '"
                + creds.username() + "'")).isEqualTo("t");
        client.revoke(creds.lease().id());
        VaultRequestException gone = catchThrowableOfType(VaultRequestException.class,
                () -> client.renew(creds.lease().id(), Duration.ofHours(1)));
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.vaultError()).isEqualTo("lease not found");
    }
}
