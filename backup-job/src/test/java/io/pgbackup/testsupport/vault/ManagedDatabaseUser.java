package io.pgbackup.testsupport.vault;

import io.pgbackup.demo.LocalPostgres;

/**
 * Vault's database user as a managed PostgreSQL (Scaleway's, say) gives it: LOGIN CREATEROLE, no
 * superuser, a member of the application's owner roles and of {@code pg_signal_backend}, nothing
 * else: what the README's "before the first apply" asks for. The stand-in's database engine
 * connects as it, so every creation and revocation statement runs with these rights only.
 */
public final class ManagedDatabaseUser {
    public static final String NAME = "pgbackup_vault_admin";

    private ManagedDatabaseUser() {
    }

    /** Creates the user if needed, grants it the owner roles; returns the JDBC URL Vault's connection uses. */
    public static synchronized String jdbcUrl(LocalPostgres pg, String... ownerRoles) {
        StringBuilder sql = new StringBuilder("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + NAME
                + "') THEN CREATE ROLE " + NAME + " LOGIN CREATEROLE NOSUPERUSER NOCREATEDB; END IF; END $$;\n"
                + "GRANT pg_signal_backend TO " + NAME + ";\n");
        for (String owner : ownerRoles) {
            sql.append("GRANT \"").append(owner).append("\" TO ").append(NAME).append(";\n");
        }
        pg.psql("postgres", sql.toString());
        return "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/postgres?user=" + NAME;
    }
}
