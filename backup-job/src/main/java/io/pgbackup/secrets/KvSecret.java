package io.pgbackup.secrets;

import java.util.Map;
import java.util.TreeSet;

/**
 * A secret read from a KV mount.
 *
 * @param path      the path as the user writes it ({@code secret/groupe-7/passphrase_s3_backup})
 * @param version   the KV engine version of its mount (1 or 2)
 * @param apiPath   the API path actually read ({@code secret/data/groupe-7/...} for KV v2)
 * @param values    the key/value pairs. Values are secrets: never log them; {@link #toString()} shows keys only
 */
public record KvSecret(String path, int version, String apiPath, Map<String, String> values) {
    @Override
    public String toString() {
        return "KvSecret[path=" + path + ", version=" + version + ", keys=" + new TreeSet<>(values.keySet()) + "]";
    }
}
