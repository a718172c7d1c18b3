package io.pgbackup.secrets;

import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table with row-level security and the Vault backup account (pg_read_all_data, no BYPASSRLS):
 * pg_dump would fail on it midway; the backup stops before dumping, with the fix, and writes nothing.
 */
class RowSecurityBackupTest {
    private VaultCliWorld w;

    @BeforeEach
    void start() {
        w = new VaultCliWorld();
        PostgresFixture.server().psql(w.db, "SET ROLE " + VaultWorld.OWNER + ";\n"
                + "CREATE TABLE tenant_notes (tenant text, note text);\n"
                + "INSERT INTO tenant_notes VALUES ('a', 'x');\n"
                + "ALTER TABLE tenant_notes ENABLE ROW LEVEL SECURITY;\n"
                + "CREATE POLICY own_tenant ON tenant_notes USING (tenant = current_user);");
    }

    @AfterEach
    void stop() {
        w.close();
    }

    @Test
    void aBackupAccountWithoutBypassrlsStopsBeforeDumpingATableWithRowSecurity() {
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "prd");
        assertThat(r.code()).as(r.err()).isEqualTo(20);
        String account = VaultCliWorld.account(r.err())[0];
        assertThat(r.err()).endsWith("error: the account " + account + " cannot dump public.tenant_notes: row-level"
                + " security applies to it, and pg_dump reads with row_security off; nothing was dumped\n"
                + "HINT: give the backup account BYPASSRLS: ALTER ROLE ... BYPASSRLS needs a superuser (PostgreSQL 16+:"
                + " a CREATEROLE user that has BYPASSRLS itself); with Vault, add BYPASSRLS to the backup role's CREATE"
                + " ROLE in infra/ where the platform allows it\n"
                + "HINT: or leave those tables' rows out: pgbackup backup ... -- --exclude-table-data=public.tenant_notes\n");
        assertThat(r.err()).doesNotContain("pg_dump: error");
        assertThat(w.storedObjects()).isZero();
        assertThat(VaultWorld.roleExists(account)).isFalse();
    }

    @Test
    void withTheTablesRowsLeftOutTheBackupIsTaken() {
        Cli.Result r = w.cli().run("backup", "--vault-group", "7", "--environment", "prd",
                "--", "--exclude-table-data=public.tenant_notes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(w.storedObjects()).isPositive();
    }

    @Test
    void theTablesOwnerIsNotStopped() {
        Cli.Result r = w.cli().env("VAULT_TOKEN", "").env("VAULT_ADDR", "").env("PGUSER", "postgres")
                .env("ENCRYPTION_KEY", w.world.passphrase).env("SCW_ACCESS_KEY", w.world.s3.get("SCW_ACCESS_KEY"))
                .env("SCW_SECRET_KEY", w.world.s3.get("SCW_SECRET_KEY")).env("SCW_DEFAULT_REGION", "fr-par")
                .env("SCW_S3_URL", w.world.s3.get("SCW_S3_URL"))
                .run("backup");
        assertThat(r.code()).as(r.err()).isZero();
    }
}
