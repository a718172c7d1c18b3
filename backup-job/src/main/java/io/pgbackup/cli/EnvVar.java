package io.pgbackup.cli;

/**
 * The one list of environment variables pgbackup reads (besides libpq's own, which pg_dump and psql
 * read too). The README's table is this list; a flag always wins over its variable.
 */
public enum EnvVar {
    PGBACKUP_STORE("--store", "where backups live: s3://bucket/prefix or file:///dir"),
    PGHOST("--host", "database server host (TCP)"),
    PGPORT("--port", "database server port"),
    PGUSER("--username", "database user (replaced by the Vault account with --vault-group)"),
    PGPASSWORD("", "database password (replaced by the Vault account with --vault-group)"),
    PGDATABASE("--dbname", "database to back up; for restore, whose backups to look in"),
    PGSSLMODE("", "libpq sslmode (disable, prefer, require, verify-full...)"),
    PGSSLROOTCERT("", "CA certificate (PEM) that signed the server's, for PGSSLMODE=verify-full"),
    PGCONNECT_TIMEOUT("", "seconds that connecting and logging in to the server may take (default 30; 0 waits forever)"),
    ENCRYPTION_KEY("--passphrase-file", "encryption passphrase (never on the command line)"),
    SCW_S3_URL("--s3-endpoint", "S3 endpoint, for example https://s3.fr-par.scw.cloud"),
    SCW_DEFAULT_REGION("--s3-region", "S3 region, for example fr-par"),
    SCW_ACCESS_KEY("--s3-access-key", "S3 access key"),
    SCW_SECRET_KEY("", "S3 secret key (never on the command line)"),
    PGBACKUP_S3_PATH_STYLE("--s3-path-style", "true to address the bucket in the path (S3Proxy, MinIO)"),
    PGBACKUP_PG_BIN("", "directory of pg_dump and psql (default: newest /usr/lib/postgresql/*/bin, then PATH)"),
    PGBACKUP_COMPRESS_LEVEL("--compress-level", "gzip level 1..9"),
    PGBACKUP_COMPRESSOR("--compressor", "auto (igzip when installed, else zlib), igzip or zlib"),
    PGBACKUP_IGZIP("", "path of ISA-L's igzip when it is not on the PATH"),
    PGBACKUP_IGZIP_BATCH("", "false to run the backup's igzip with the normal scheduling policy (default: SCHED_BATCH when allowed)"),
    PGBACKUP_PUSHGATEWAY("--pushgateway", "Prometheus Pushgateway that backup and verify push their metrics to"),
    PGBACKUP_PING_URL("--ping-url", "dead man's switch URL (healthchecks.io style) pinged by backup and verify"),
    VAULT_ADDR("", "Vault's URL (used with --vault-group)"),
    VAULT_TOKEN("", "Vault token (never on the command line); when unset, the ID token login below is used"),
    VAULT_ID_TOKEN("", "GitLab CI ID token (id_tokens:) exchanged for a Vault token; VAULT_ID_TOKEN_VAR renames it"),
    VAULT_AUTH_ROLE("", "Vault JWT role of the ID token login"),
    VAULT_AUTH_MOUNT("", "Vault JWT auth mount (default jwt)"),
    VAULT_NAMESPACE("", "Vault namespace (Vault Enterprise, HCP)"),
    VAULT_CACERT("", "PEM bundle of the CAs that signed Vault's TLS certificate"),
    CI_PIPELINE_SOURCE("--reason", "GitLab CI: schedule gives reason schedule; a push to the default branch gives deploy");

    private final String flag;
    private final String meaning;

    EnvVar(String flag, String meaning) {
        this.flag = flag;
        this.meaning = meaning;
    }

    public String flag() {
        return flag;
    }

    public String meaning() {
        return meaning;
    }

    /** The ENVIRONMENT block of the help pages. */
    public static String helpTable() {
        StringBuilder sb = new StringBuilder();
        for (EnvVar v : values()) {
            sb.append(String.format("  %-24s %s%s%n", v.name(), v.meaning(), v.flag.isEmpty() ? "" : " (" + v.flag + ")"));
        }
        return sb.toString();
    }
}
