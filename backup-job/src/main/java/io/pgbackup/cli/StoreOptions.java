package io.pgbackup.cli;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.BackupStores;
import io.pgbackup.storage.S3Settings;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** Where backups live. Flags win over PGBACKUP_STORE and the SCW_* variables. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "URI",
            description = "s3://bucket/prefix or file:///dir (env PGBACKUP_STORE)")
    String store;

    @Option(names = "--s3-endpoint", paramLabel = "URL", description = "S3 endpoint (env SCW_S3_URL)")
    String endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION", description = "S3 region (env SCW_DEFAULT_REGION)")
    String region;

    @Option(names = "--s3-access-key", paramLabel = "KEY",
            description = "S3 access key (env SCW_ACCESS_KEY); the secret key is read from SCW_SECRET_KEY only")
    String accessKey;

    @Option(names = "--s3-path-style", description = "address the bucket in the URL path (env PGBACKUP_S3_PATH_STYLE)")
    Boolean pathStyle;

    /** Opens the configured store; validates the URI before any network call. */
    public BackupStore open(Context ctx) {
        String uri = store != null ? store : ctx.env(EnvVar.PGBACKUP_STORE);
        if (uri == null || uri.isBlank()) {
            throw new PgBackupException(ExitCode.CONFIG, "no store configured",
                    "pass --store s3://bucket/prefix (or file:///dir), or set PGBACKUP_STORE");
        }
        Map<String, String> env = new HashMap<>(ctx.env());
        putIfSet(env, EnvVar.SCW_S3_URL, endpoint);
        putIfSet(env, EnvVar.SCW_DEFAULT_REGION, region);
        putIfSet(env, EnvVar.SCW_ACCESS_KEY, accessKey);
        if (pathStyle != null) {
            env.put(EnvVar.PGBACKUP_S3_PATH_STYLE.name(), pathStyle.toString());
        }
        return BackupStores.open(uri, uri.startsWith("s3://") ? S3Settings.fromEnv(env) : null);
    }

    private static void putIfSet(Map<String, String> env, EnvVar var, String value) {
        if (value != null) {
            env.put(var.name(), value);
        }
    }
}
