package io.pgbackup.secrets;

import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.vault.ManagedDatabaseUser;
import io.pgbackup.testsupport.vault.VaultStandIn;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The team's Vault layout for group 7 / prd on a stand-in backed by the shared real PostgreSQL:
 * S3 settings and passphrase on {@code secret/} (KV v2), backup and restore database roles owned
 * by {@link #OWNER}, and helpers to look at PostgreSQL's roles.
 */
final class VaultWorld {
    static final String OWNER = "app_owner_vault";
    static final String S3_PATH = "secret/groupe-7/scaleway_s3_backup";
    static final String PASSPHRASE_PATH = "secret/groupe-7/passphrase_s3_backup";
    static final String BACKUP_ROLE = "backup-groupe-7-prd";
    static final String RESTORE_ROLE = "restore-groupe-7-prd";
    static final String VERIFY_ROLE = "verify-groupe-7-prd";
    static final String[] JOB_POLICY = {"secret/data/groupe-7/*", "database/creds/backup-groupe-7-prd",
        "database/creds/restore-groupe-7-prd", "database/creds/verify-groupe-7-prd", "sys/leases/revoke"};

    final VaultStandIn vault;
    final Map<String, String> s3 = new LinkedHashMap<>();
    final String passphrase = "pass-" + UUID.randomUUID();

    private VaultWorld(VaultStandIn vault) {
        this.vault = vault;
    }

    static VaultWorld start() {
        return start(Duration.ofMinutes(5));
    }

    static VaultWorld start(Duration dbTtl) {
        ensureRole(OWNER);
        VaultWorld w = new VaultWorld(VaultStandIn.start(vaultUserUrl()));
        w.populate(dbTtl);
        return w;
    }

    static VaultWorld startTls() {
        ensureRole(OWNER);
        VaultWorld w = new VaultWorld(VaultStandIn.startTls(vaultUserUrl()));
        w.populate(Duration.ofMinutes(5));
        return w;
    }

    private void populate(Duration dbTtl) {
        s3.put("SCW_ACCESS_KEY", "SCWACCESS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        s3.put("SCW_SECRET_KEY", "s3secret-" + UUID.randomUUID());
        s3.put("SCW_DEFAULT_ZONE", "fr-par-1");
        s3.put("SCW_DEFAULT_REGION", "fr-par");
        s3.put("SCW_S3_URL", "https://s3.fr-par.scw.cloud");
        vault.kvV2Put(S3_PATH, s3)
                .kvV2Put(PASSPHRASE_PATH, Map.of("passphrase", passphrase))
                .databaseRole(BACKUP_ROLE, DatabaseRoleStatements.Kind.BACKUP, OWNER, dbTtl)
                .databaseRole(RESTORE_ROLE, DatabaseRoleStatements.Kind.RESTORE, OWNER, dbTtl)
                .databaseRole(VERIFY_ROLE, DatabaseRoleStatements.Kind.VERIFY, OWNER, dbTtl);
    }

    /** A token with the job's policy. */
    String jobToken() {
        return vault.token(JOB_POLICY);
    }

    Map<String, String> tokenEnv(String token) {
        Map<String, String> env = new HashMap<>();
        env.put("VAULT_ADDR", vault.url());
        env.put("VAULT_TOKEN", token);
        return env;
    }

    /** Vault's connection: a CREATEROLE non-superuser, as on a managed database. */
    static String vaultUserUrl() {
        return ManagedDatabaseUser.jdbcUrl(PostgresFixture.server(), OWNER);
    }

    static String jdbcUrl() {
        return PostgresFixture.server().jdbcUrl("postgres");
    }

    static synchronized void ensureRole(String role) {
        query("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE \""
                + role + "\" NOLOGIN; END IF; END $$");
    }

    static boolean roleExists(String role) {
        return "1".equals(query("SELECT count(*) FROM pg_roles WHERE rolname = '" + role + "'"));
    }

    /** Runs SQL as the superuser; returns the first column of the first row, if any. */
    static String query(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement()) {
            if (st.execute(sql)) {
                try (ResultSet rs = st.getResultSet()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a connection as the temporary account, with its password, over TCP (password auth). */
    static Connection connectAs(String user, char[] password, String database) throws SQLException {
        var pg = PostgresFixture.server();
        return DriverManager.getConnection("jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + database,
                user, new String(password));
    }
}
