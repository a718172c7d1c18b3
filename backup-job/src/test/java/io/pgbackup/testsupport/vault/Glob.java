package io.pgbackup.testsupport.vault;

/**
 * The glob of {@code github.com/ryanuber/go-glob}, which the JWT plugin uses for
 * {@code bound_claims_type = "glob"}: {@code *} matches any run of characters (slashes included),
 * nothing else is special; a pattern of only {@code *} matches everything.
 */
final class Glob {
    private Glob() {
    }

    static boolean matches(String pattern, String subject) {
        if (pattern.isEmpty()) {
            return subject.equals(pattern);
        }
        if (pattern.equals("*")) {
            return true;
        }
        String[] parts = pattern.split("\\*", -1);
        if (parts.length == 1) {
            return subject.equals(pattern);
        }
        boolean leadingGlob = pattern.startsWith("*");
        boolean trailingGlob = pattern.endsWith("*");
        int end = parts.length - 1;
        for (int i = 0; i < end; i++) {
            int idx = subject.indexOf(parts[i]);
            if (i == 0) {
                if (!leadingGlob && idx != 0) {
                    return false;
                }
            } else if (idx < 0) {
                return false;
            }
            subject = subject.substring(idx + parts[i].length());
        }
        return trailingGlob || subject.endsWith(parts[end]);
    }
}
