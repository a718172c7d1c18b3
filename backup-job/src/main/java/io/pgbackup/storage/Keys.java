package io.pgbackup.storage;

/** The rule every store applies to object keys, so that a key means the same in S3 and on disk. */
final class Keys {
    private Keys() {
    }

    /**
     * Returns {@code key} if it is relative, uses {@code /} between non-empty segments, and no
     * segment starts with a dot (dot files are the file store's temporary files). Keys come from
     * the catalog, not from users, so a bad one is a bug: {@link IllegalArgumentException}.
     */
    static String check(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("empty object key");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".") || segment.indexOf('\\') >= 0
                    || segment.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("invalid object key: " + key);
            }
        }
        return key;
    }

    /** Checks a listing prefix: empty, or a key prefix that may end with {@code /}. */
    static String checkPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        check(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        return prefix;
    }
}
