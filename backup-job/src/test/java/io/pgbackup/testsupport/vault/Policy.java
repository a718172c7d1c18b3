package io.pgbackup.testsupport.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A named ACL policy: its path rules, parsed from HCL ({@link PolicyHcl}). {@link #DEFAULT} is
 * Vault's built-in default policy, which every token also carries ({@link Acl}).
 */
record Policy(String name, List<PathRule> rules) {
    static final Policy DEFAULT = parse("default", resource("default-policy.hcl"));

    static Policy parse(String name, String hcl) {
        return new Policy(name, List.copyOf(PolicyHcl.parse(hcl)));
    }

    /** For tests that need a token and no particular policy: every capability but sudo on each path. */
    static Policy granting(List<String> paths) {
        return new Policy("test", paths.stream()
                .map(p -> PathRule.of(p, Set.of("create", "read", "update", "delete", "list"), null, null, List.of()))
                .toList());
    }

    private static String resource(String name) {
        try (InputStream in = Policy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
