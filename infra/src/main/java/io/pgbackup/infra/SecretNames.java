package io.pgbackup.infra;

import io.pgbackup.infra.settings.EnvironmentSettings;
import io.pgbackup.secrets.Conventions;

/**
 * The KV v2 secret names (under the mount) of one environment: the policies of the stacks grant
 * them, the bootstrap writes them, the jobs read them.
 */
public record SecretNames(String mount, String s3, String passphrase, String trigger) {

    public static SecretNames of(EnvironmentSettings settings) {
        String path = settings.vault().secretsPath();
        return new SecretNames(settings.vault().kvMount(), path + "/" + Conventions.S3_SECRET,
                path + "/" + Conventions.PASSPHRASE_SECRET, path + "/" + Conventions.TRIGGER_SECRET);
    }
}
