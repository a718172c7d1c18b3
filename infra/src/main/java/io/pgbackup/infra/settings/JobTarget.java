package io.pgbackup.infra.settings;

/**
 * What the pgbackup jobs of one environment connect to. These become that environment's
 * environment-scoped CI/CD variables (PGHOST, PGPORT, PGDATABASE, VAULT_ADDR), so no job reads them
 * from the YAML and a staging job can only ever see staging's.
 *
 * @param pgHost     the PostgreSQL server of the environment
 * @param pgPort     its port
 * @param pgDatabase the database backed up (and restored), e.g. {@code app}
 * @param vaultAddr  the Vault the jobs log in to, e.g. {@code https://vault.example.com}
 */
public record JobTarget(String pgHost, int pgPort, String pgDatabase, String vaultAddr) {
}
