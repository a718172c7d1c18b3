package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.util.regex.Pattern;

/**
 * A bucket and a key prefix inside it, parsed from {@code s3://bucket/prefix}.
 *
 * @param bucket a valid S3 bucket name
 * @param prefix the key prefix without leading or trailing {@code /}; empty for the bucket root
 */
public record S3Location(String bucket, String prefix) {
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    static final String BUCKET_RULE = "bucket names are 3 to 63 lowercase letters, digits, dots and hyphens,"
            + " starting and ending with a letter or digit";

    /** Parses {@code s3://bucket[/prefix]}; throws {@code CONFIG} naming the fault. */
    public static S3Location parse(String uri) {
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : trimSlashes(rest.substring(slash + 1));
        String fault = bucketFault(bucket);
        if (fault != null) {
            throw new PgBackupException(ExitCode.CONFIG, "invalid bucket name in store " + uri + ": " + fault,
                    BUCKET_RULE, "give the store as s3://bucket/prefix, for example s3://acme-backups/app");
        }
        if (!prefix.isEmpty()) {
            try {
                Keys.check(prefix);
            } catch (IllegalArgumentException e) {
                throw new PgBackupException(ExitCode.CONFIG, "invalid key prefix in store " + uri,
                        "use path segments of letters, digits, '-', '_' and '.', separated by single '/',"
                                + " none starting with '.'");
            }
        }
        return new S3Location(bucket, prefix);
    }

    /** The full object key of {@code key} (a key relative to the store). */
    public String objectKey(String key) {
        Keys.check(key);
        return prefix.isEmpty() ? key : prefix + "/" + key;
    }

    /** The listing prefix for keys starting with {@code keyPrefix}. */
    String listPrefix(String keyPrefix) {
        String checked = Keys.checkPrefix(keyPrefix);
        return prefix.isEmpty() ? checked : prefix + "/" + checked;
    }

    /** The key relative to the store of an object key returned by a listing. */
    String relativeKey(String objectKey) {
        return prefix.isEmpty() ? objectKey : objectKey.substring(prefix.length() + 1);
    }

    @Override
    public String toString() {
        return prefix.isEmpty() ? "s3://" + bucket : "s3://" + bucket + "/" + prefix;
    }

    private static String bucketFault(String bucket) {
        if (bucket.isEmpty()) {
            return "the bucket name is empty";
        }
        if (bucket.length() < 3 || bucket.length() > 63) {
            return "'" + bucket + "' has " + bucket.length() + " characters";
        }
        if (!BUCKET.matcher(bucket).matches()) {
            return "'" + bucket + "' contains characters other than lowercase letters, digits, '.' and '-',"
                    + " or does not start and end with a letter or digit";
        }
        if (bucket.contains("..") || IP_ADDRESS.matcher(bucket).matches()) {
            return "'" + bucket + "' has two adjacent dots or looks like an ip address";
        }
        return null;
    }

    private static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }
}
