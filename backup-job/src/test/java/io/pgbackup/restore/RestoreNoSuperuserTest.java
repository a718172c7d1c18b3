package io.pgbackup.restore;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.Shell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Managed PostgreSQL, where nobody is superuser. The cluster's superuser only creates a
 * {@code CREATEROLE CREATEDB} admin (what Scaleway's managed PostgreSQL hands out); the admin creates
 * the owner role, the application's account and the restore account (CREATEDB, member of the owner
 * role and of pg_signal_backend: what infra's Vault restore role grants), and the owner role creates
 * the wide schema. The restore works with those; an account missing one privilege is refused before
 * anything is touched (exit 24 and a HINT naming the GRANT).
 */
class RestoreNoSuperuserTest {
    @TempDir
    static Path store;

    static final String SUFFIX = "_" + ProcessHandle.current().pid();
    static final String ADMIN = "admin" + SUFFIX;
    static final String OWNER = "app_owner" + SUFFIX;
    static final String APP = "app" + SUFFIX;
    static final String RESTORER = "restorer" + SUFFIX;
    static final String DB = "managed" + SUFFIX;

    static String atBackup;
    static String id;

    @BeforeAll
    static void theAdminBuildsTheDatabaseAndItsRoles() {
        LocalPostgres pg = PostgresFixture.server();
        WideSchema.ensureRole(pg, WideSchema.READER);
        pg.psql("postgres", "CREATE ROLE " + ADMIN + " LOGIN CREATEROLE CREATEDB");
        as(ADMIN, "postgres", "CREATE ROLE " + OWNER + " NOLOGIN; GRANT " + OWNER + " TO " + ADMIN
                + "; CREATE ROLE " + APP + " LOGIN"
                + "; CREATE ROLE " + RESTORER + " LOGIN CREATEDB IN ROLE " + OWNER + ", pg_signal_backend");
        as(ADMIN, "postgres", "CREATE DATABASE " + DB + " OWNER " + OWNER);
        as(ADMIN, DB, "SET ROLE " + OWNER + "; " + WideSchema.sql()
                + "; GRANT USAGE ON SCHEMA app, billing TO " + APP + "; GRANT SELECT ON ALL TABLES IN SCHEMA public, app, billing TO " + APP);
        assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_roles WHERE rolsuper AND rolname IN ('" + ADMIN
                + "', '" + OWNER + "', '" + APP + "', '" + RESTORER + "')")).isEqualTo("0");
        Cli.Result r = restorer(RESTORER).run("backup");
        assertThat(r.code()).as(r.err()).isZero();
        id = r.out().strip();
        atBackup = DumpCompare.normalised(pg, DB);
    }

    @Test
    void theRestoreAccountRestoresOverAMigratedDatabaseWithoutSuperuser() {
        LocalPostgres pg = PostgresFixture.server();
        migrate();
        Cli.Result r = restorer(RESTORER).run("restore", "--backup", id, "--owner-role", OWNER, "--yes");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DumpCompare.normalised(pg, DB)).isEqualTo(atBackup);
        assertThat(pg.psql("postgres", "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + DB + "'"))
                .isEqualTo(OWNER);
        assertThat(pg.psql(DB, "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE nspname IN ('public', 'app', 'billing')")).isEqualTo(OWNER);
        assertThat(as(APP, DB, "SELECT count(*) FROM orders")).isEqualTo("200");
    }

    @Test
    void anAccountWithoutCreatedbIsRefusedBeforeAnythingIsTouched() {
        String who = "nocreatedb" + SUFFIX;
        as(ADMIN, "postgres", "CREATE ROLE " + who + " LOGIN IN ROLE " + OWNER + ", pg_signal_backend");
        refused(who, "cannot create databases", "ALTER ROLE \"" + who + "\" CREATEDB");
    }

    @Test
    void anAccountOutsideTheOwnerRoleIsRefusedBeforeAnythingIsTouched() {
        String who = "outsider" + SUFFIX;
        as(ADMIN, "postgres", "CREATE ROLE " + who + " LOGIN CREATEDB IN ROLE pg_signal_backend");
        refused(who, "is not a member of --owner-role", "GRANT \"" + OWNER + "\" TO \"" + who + "\"");
    }

    @Test
    void anAccountThatCannotEndSessionsIsRefusedBeforeAnythingIsTouched() {
        String who = "nosignal" + SUFFIX;
        as(ADMIN, "postgres", "CREATE ROLE " + who + " LOGIN CREATEDB IN ROLE " + OWNER);
        refused(who, "pg_signal_backend", "GRANT pg_signal_backend TO \"" + who + "\"");
    }

    private void refused(String who, String problem, String hint) {
        LocalPostgres pg = PostgresFixture.server();
        String before = DumpCompare.normalised(pg, DB);
        String databases = pg.psql("postgres", "SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database");

        Cli.Result r = restorer(who).run("restore", "--backup", id, "--owner-role", OWNER, "--yes");

        assertThat(r.code()).as(r.err()).isEqualTo(24);
        assertThat(r.err()).contains(problem).contains("nothing was changed").contains("HINT: grant it: " + hint);
        assertThat(DumpCompare.normalised(pg, DB)).isEqualTo(before);
        assertThat(pg.psql("postgres", "SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database"))
                .isEqualTo(databases);
    }

    private static void migrate() {
        as(ADMIN, DB, "SET ROLE " + OWNER + "; CREATE TABLE order_notes(id int PRIMARY KEY, order_id int REFERENCES"
                + " orders(id), note text); DROP VIEW big_new_orders; INSERT INTO schema_migrations(version) VALUES ('003')");
        assertThat(DumpCompare.normalised(PostgresFixture.server(), DB)).isNotEqualTo(atBackup);
    }

    private static Cli restorer(String role) {
        return Fixtures.cli(DB, store).env("PGUSER", role).env("ENCRYPTION_KEY", "managed-passphrase");
    }

    private static String as(String role, String db, String sql) {
        LocalPostgres pg = PostgresFixture.server();
        return Shell.runOk("exec \"$PSQL\" -X -q -At -v ON_ERROR_STOP=1 -h \"$H\" -p \"$P\" -U \"$U\" -d \"$D\" -c \"$SQL\"",
                Map.of("PSQL", pg.tools().tool("psql"), "H", pg.host(), "P", Integer.toString(pg.port()), "U", role,
                        "D", db, "SQL", sql)).strip();
    }
}
