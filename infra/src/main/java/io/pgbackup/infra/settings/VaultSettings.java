package io.pgbackup.infra.settings;

/**
 * The Vault side of one environment.
 *
 * @param kvMount                   mount of the KV version 2 engine, e.g. {@code secret}
 * @param secretsPath               where this environment's secrets live under the mount, e.g.
 *                                  {@code groupe-7} (the job's default paths read
 *                                  {@code secret/groupe-<N>/...})
 * @param databaseMount             mount of the database secrets engine, e.g. {@code database}
 * @param databaseConnection        name of the existing database connection the roles use
 * @param ownerRole                 the application's owner role, granted to the restore account
 * @param credentialDefaultTtl      default lease of a database account, in seconds
 * @param credentialMaxTtl          longest lease of a database account, in seconds
 * @param jwtMount                  mount of the JWT auth method GitLab CI logs in with
 * @param tokenTtl                  TTL of the Vault token a CI job gets, in seconds
 * @param tokenMaxTtl               longest life of that token, in seconds
 */
public record VaultSettings(String kvMount, String secretsPath, String databaseMount,
        String databaseConnection, String ownerRole, int credentialDefaultTtl, int credentialMaxTtl,
        String jwtMount, int tokenTtl, int tokenMaxTtl) {

    /** No lease nor token of these jobs may live longer than a day. */
    public static final int LONGEST_TTL = 24 * 3600;

    public VaultSettings withSecretsPath(String path) {
        return new VaultSettings(kvMount, path, databaseMount, databaseConnection, ownerRole,
                credentialDefaultTtl, credentialMaxTtl, jwtMount, tokenTtl, tokenMaxTtl);
    }

    public VaultSettings withCredentialTtls(int defaultTtl, int maxTtl) {
        return new VaultSettings(kvMount, secretsPath, databaseMount, databaseConnection, ownerRole,
                defaultTtl, maxTtl, jwtMount, tokenTtl, tokenMaxTtl);
    }

    public VaultSettings withTokenTtls(int ttl, int maxTtl) {
        return new VaultSettings(kvMount, secretsPath, databaseMount, databaseConnection, ownerRole,
                credentialDefaultTtl, credentialMaxTtl, jwtMount, ttl, maxTtl);
    }
}
