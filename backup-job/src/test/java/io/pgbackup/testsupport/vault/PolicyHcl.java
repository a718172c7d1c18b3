package io.pgbackup.testsupport.vault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HCL of an ACL policy as Vault's {@code vault/policy.go} does for what a policy may say:
 * {@code path "..." { capabilities = [...], allowed_parameters = {...}, denied_parameters = {...},
 * required_parameters = [...] }}. Anything else (an unknown capability or key, a syntax error) is
 * refused, as Vault refuses to store such a policy.
 */
final class PolicyHcl {
    static final Set<String> CAPABILITIES =
            Set.of("create", "read", "update", "delete", "list", "sudo", "deny", "patch");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|#[^\\n]*|//[^\\n]*|\"((?:[^\"\\\\]|\\\\.)*)\"|([A-Za-z_][A-Za-z0-9_-]*)|([{}\\[\\]=,])");

    private final List<String> tokens = new ArrayList<>();
    private int next;

    private PolicyHcl(String hcl) {
        Matcher m = TOKEN.matcher(hcl);
        int at = 0;
        while (at < hcl.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("failed to parse policy: unexpected text at " + at + ": "
                        + hcl.substring(at, Math.min(hcl.length(), at + 20)));
            }
            if (m.group(1) != null) {
                tokens.add("\"" + m.group(1).replace("\\\"", "\""));
            } else if (m.group(2) != null || m.group(3) != null) {
                tokens.add(m.group(2) != null ? m.group(2) : m.group(3));
            }
            at = m.end();
        }
    }

    static List<PathRule> parse(String hcl) {
        PolicyHcl p = new PolicyHcl(hcl);
        List<PathRule> rules = new ArrayList<>();
        while (p.next < p.tokens.size()) {
            p.expect("path");
            String path = p.string();
            p.expect("{");
            rules.add(p.body(path));
        }
        return rules;
    }

    private PathRule body(String path) {
        Set<String> capabilities = new LinkedHashSet<>();
        Map<String, List<String>> allowed = null;
        Map<String, List<String>> denied = null;
        List<String> required = List.of();
        while (!peek().equals("}")) {
            String key = take();
            expect("=");
            switch (key) {
                case "capabilities" -> {
                    for (String c : list()) {
                        if (!CAPABILITIES.contains(c)) {
                            throw new IllegalArgumentException("failed to parse policy: path \"" + path
                                    + "\": invalid capability \"" + c + "\"");
                        }
                        capabilities.add(c);
                    }
                }
                case "allowed_parameters" -> allowed = object();
                case "denied_parameters" -> denied = object();
                case "required_parameters" -> required = list();
                default -> throw new IllegalArgumentException("failed to parse policy: path \"" + path
                        + "\": invalid key \"" + key + "\"");
            }
            skip(",");
        }
        expect("}");
        return PathRule.of(path, capabilities, allowed, denied, required);
    }

    private Map<String, List<String>> object() {
        expect("{");
        Map<String, List<String>> out = new LinkedHashMap<>();
        while (!peek().equals("}")) {
            String key = take();
            key = key.startsWith("\"") ? key.substring(1) : key;
            expect("=");
            out.put(key.toLowerCase(java.util.Locale.ROOT), list());
            skip(",");
        }
        expect("}");
        return out;
    }

    private List<String> list() {
        expect("[");
        List<String> out = new ArrayList<>();
        while (!peek().equals("]")) {
            out.add(string());
            skip(",");
        }
        expect("]");
        return out;
    }

    private String string() {
        String t = take();
        if (!t.startsWith("\"")) {
            throw new IllegalArgumentException("failed to parse policy: expected a string, got " + t);
        }
        return t.substring(1);
    }

    private String peek() {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("failed to parse policy: unexpected end");
        }
        return tokens.get(next);
    }

    private String take() {
        String t = peek();
        next++;
        return t;
    }

    private void expect(String token) {
        String t = take();
        if (!t.equals(token)) {
            throw new IllegalArgumentException("failed to parse policy: expected " + token + ", got " + t);
        }
    }

    private void skip(String token) {
        if (next < tokens.size() && tokens.get(next).equals(token)) {
            next++;
        }
    }
}
