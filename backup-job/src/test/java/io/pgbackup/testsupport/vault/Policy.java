package io.pgbackup.testsupport.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A token's ACL as Vault evaluates it, simplified: each rule is a policy path (a trailing {@code *}
 * matches any suffix, {@code +} one path segment) that grants every capability. Every token also
 * has Vault's {@code default} policy paths: lookup-self, revoke-self, renew a lease (not revoke one:
 * like real Vault, revoking needs an explicit {@code sys/leases/revoke} rule).
 */
final class Policy {
    static final List<String> DEFAULT_PATHS = List.of(
            "auth/token/lookup-self", "auth/token/revoke-self", "auth/token/renew-self",
            "sys/leases/renew", "sys/leases/lookup", "sys/capabilities-self");

    private final List<String> paths;
    private final List<Pattern> patterns = new ArrayList<>();

    Policy(List<String> granted) {
        this.paths = new ArrayList<>(DEFAULT_PATHS);
        this.paths.addAll(granted);
        for (String p : paths) {
            patterns.add(toRegex(p));
        }
    }

    private static Pattern toRegex(String policyPath) {
        StringBuilder re = new StringBuilder();
        String body = policyPath.endsWith("*") ? policyPath.substring(0, policyPath.length() - 1) : policyPath;
        for (String part : body.split("(?=\\+)|(?<=\\+)")) {
            re.append(part.equals("+") ? "[^/]+" : Pattern.quote(part));
        }
        if (policyPath.endsWith("*")) {
            re.append(".*");
        }
        return Pattern.compile(re.toString());
    }

    boolean allows(String path) {
        return patterns.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** Vault's hasMountAccess: some rule reaches under the mount. */
    boolean reachesUnder(String mountPath) {
        for (String p : paths) {
            String literal = p.split("[+*]", 2)[0];
            if (literal.startsWith(mountPath) || mountPath.startsWith(literal)) {
                return true;
            }
        }
        return false;
    }

    List<String> grantedPaths() {
        return List.copyOf(paths.subList(DEFAULT_PATHS.size(), paths.size()));
    }
}
