package io.pgbackup.testsupport.vault;

import java.util.Map;
import java.util.Set;

/**
 * One {@code path} block of a policy: its path (a trailing {@code *} makes it a prefix rule, a
 * {@code +} segment a segment-wildcard rule), capabilities, and parameter constraints (null: none
 * given; an empty value list: any value).
 */
record PathRule(String path, Set<String> capabilities, Map<String, java.util.List<String>> allowed,
                Map<String, java.util.List<String>> denied, java.util.List<String> required) {

    static PathRule of(String path, Set<String> capabilities, Map<String, java.util.List<String>> allowed,
                       Map<String, java.util.List<String>> denied, java.util.List<String> required) {
        return new PathRule(path, Set.copyOf(capabilities), allowed, denied, required);
    }

    boolean prefix() {
        return path.endsWith("*");
    }

    boolean segmentWildcards() {
        return path.equals("+") || path.startsWith("+/") || path.contains("/+/") || path.endsWith("/+")
                || path.contains("/+*");
    }
}
