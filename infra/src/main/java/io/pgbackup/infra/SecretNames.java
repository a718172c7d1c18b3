package io.pgbackup.infra;

import io.pgbackup.infra.settings.EnvironmentSettings;

/**
 * The KV v2 secret names (under the mount) of one environment: the policies of the stacks grant
 * them, the bootstrap writes them, the jobs read them.
 */
public record SecretNames(String mount, String s3, String passphrase, String trigger) {

    public static SecretNames of(EnvironmentSettings settings) {
        String path = settings.vault().secretsPath();
        return new SecretNames(settings.vault().kvMount(), path + "/scaleway_s3_backup", path + "/passphrase_s3_backup",
                path + "/gitlab_restore_trigger");
    }
}
