package io.pgbackup.testsupport.vault;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A token's ACL as Vault's {@code vault/acl.go} builds and checks it: the policies' path rules
 * merged by path (capabilities united, {@code deny} wins, {@code allowed_parameters} merged, so that
 * a rule with parameters also restricts the same path of the default policy), then for a request
 * the exact rule, else the best of the longest prefix rule and the matching {@code +} rules (in
 * Vault's priority order), then the capability of the operation and the request's parameters
 * against {@code allowed_parameters}/{@code denied_parameters} (values globbed with a leading or
 * trailing {@code *}).
 */
final class Acl {
    private static final class Perms {
        final Set<String> capabilities = new HashSet<>();
        Map<String, List<String>> allowed;
        Map<String, List<String>> denied;
        final List<String> required = new ArrayList<>();
    }

    private final Map<String, Perms> exact = new LinkedHashMap<>();
    private final Map<String, Perms> prefix = new LinkedHashMap<>();
    private final Map<String, Perms> segment = new LinkedHashMap<>();

    Acl(List<Policy> policies) {
        for (Policy policy : policies) {
            for (PathRule rule : policy.rules()) {
                Map<String, Perms> tree = rule.segmentWildcards() ? segment : rule.prefix() ? prefix : exact;
                String key = rule.prefix() && !rule.segmentWildcards()
                        ? rule.path().substring(0, rule.path().length() - 1) : rule.path();
                merge(tree.computeIfAbsent(key, k -> new Perms()), rule);
            }
        }
    }

    private static void merge(Perms p, PathRule rule) {
        if (p.capabilities.contains("deny")) {
            return;
        }
        if (rule.capabilities().contains("deny")) {
            p.capabilities.clear();
            p.capabilities.add("deny");
            p.allowed = null;
            p.denied = null;
            return;
        }
        p.capabilities.addAll(rule.capabilities());
        p.allowed = mergeParameters(p.allowed, rule.allowed());
        p.denied = mergeParameters(p.denied, rule.denied());
        for (String r : rule.required()) {
            if (!p.required.contains(r)) {
                p.required.add(r);
            }
        }
    }

    private static Map<String, List<String>> mergeParameters(Map<String, List<String>> existing,
                                                             Map<String, List<String>> added) {
        if (added == null || added.isEmpty()) {
            return existing;
        }
        if (existing == null) {
            return new LinkedHashMap<>(added);
        }
        for (Map.Entry<String, List<String>> e : added.entrySet()) {
            List<String> old = existing.get(e.getKey());
            if (e.getValue().isEmpty() || (old != null && old.isEmpty())) {
                existing.put(e.getKey(), List.of());
            } else {
                List<String> both = new ArrayList<>(e.getValue());
                if (old != null) {
                    both.addAll(old);
                }
                existing.put(e.getKey(), both);
            }
        }
        return existing;
    }

    /** Whether {@code capability} (read for GET, update for POST/PUT) on {@code path} with {@code data} is allowed. */
    boolean allows(String path, String capability, JsonNode data) {
        Perms p = exact.get(path);
        if (p == null) {
            p = nonExact(path);
        }
        if (p == null || p.capabilities.contains("deny") || !p.capabilities.contains(capability)) {
            return false;
        }
        return parametersAllowed(p, data);
    }

    private Perms nonExact(String path) {
        record Candidate(int firstWildcard, boolean isPrefix, int wildcards, String path, Perms perms) {
        }
        List<Candidate> candidates = new ArrayList<>();
        String longest = null;
        for (String key : prefix.keySet()) {
            if (path.startsWith(key) && (longest == null || key.length() > longest.length())) {
                longest = key;
            }
        }
        if (longest != null) {
            candidates.add(new Candidate(longest.length(), true, 0, longest, prefix.get(longest)));
        }
        String[] parts = path.split("/", -1);
        for (Map.Entry<String, Perms> e : segment.entrySet()) {
            String wc = e.getKey();
            boolean isPrefix = wc.endsWith("*");
            String body = isPrefix ? wc.substring(0, wc.length() - 1) : wc;
            String[] acl = body.split("/", -1);
            if (parts.length < acl.length || (!isPrefix && acl.length != parts.length)) {
                continue;
            }
            int wildcards = 0;
            boolean match = true;
            for (int i = 0; i < acl.length && match; i++) {
                if (acl[i].equals("+")) {
                    wildcards++;
                } else if (!acl[i].equals(parts[i])
                        && !(isPrefix && i == acl.length - 1 && parts[i].startsWith(acl[i]))) {
                    match = false;
                }
            }
            if (match) {
                candidates.add(new Candidate(wc.indexOf('+'), isPrefix, wildcards, body, e.getValue()));
            }
        }
        return candidates.stream().max(Comparator.comparingInt(Candidate::firstWildcard)
                .thenComparing(c -> !c.isPrefix())
                .thenComparing(c -> -c.wildcards())
                .thenComparingInt(c -> c.path().length())
                .thenComparing(Candidate::path)).map(Candidate::perms).orElse(null);
    }

    private static boolean parametersAllowed(Perms p, JsonNode data) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        if (data != null && data.isObject()) {
            data.properties().forEach(e -> params.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
        }
        for (String r : p.required) {
            if (!params.containsKey(r.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (params.isEmpty()) {
            return true;
        }
        if (p.denied != null && !p.denied.isEmpty()) {
            if (p.denied.containsKey("*")) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : params.entrySet()) {
                List<String> values = p.denied.get(e.getKey());
                if (values != null && (values.isEmpty() || inList(e.getValue(), values))) {
                    return false;
                }
            }
        }
        if (p.allowed == null || p.allowed.isEmpty()) {
            return true;
        }
        boolean allowedAll = p.allowed.containsKey("*");
        if (allowedAll && p.allowed.size() == 1) {
            return true;
        }
        for (Map.Entry<String, JsonNode> e : params.entrySet()) {
            List<String> values = p.allowed.get(e.getKey());
            if (values == null && !allowedAll) {
                return false;
            }
            if (values != null && !values.isEmpty() && !inList(e.getValue(), values)) {
                return false;
            }
        }
        return true;
    }

    /** valueInParameterList: a string value against globbed strings (a comma list: every item); other JSON values never match a string. */
    private static boolean inList(JsonNode value, List<String> list) {
        if (!value.isString()) {
            return false;
        }
        String v = value.stringValue();
        if (list.stream().anyMatch(el -> globbed(el, v))) {
            return true;
        }
        String[] items = v.split(",");
        return items.length > 1 && java.util.Arrays.stream(items).map(String::strip)
                .allMatch(item -> list.stream().anyMatch(el -> globbed(el, item)));
    }

    /** strutil.GlobbedStringsMatch: a leading and/or trailing {@code *} only. */
    static boolean globbed(String item, String val) {
        if (item.length() < 2) {
            return item.equals(val) || item.equals("*");
        }
        boolean start = item.startsWith("*");
        boolean end = item.endsWith("*");
        if (start && end) {
            return val.contains(item.substring(1, item.length() - 1));
        }
        if (start) {
            return val.endsWith(item.substring(1));
        }
        if (end) {
            return val.startsWith(item.substring(0, item.length() - 1));
        }
        return item.equals(val);
    }

    /** Vault's hasMountAccess: some rule gives a non-deny capability on the mount or under it. */
    boolean hasMountAccess(String mountPath) {
        Perms direct = exact.get(mountPath);
        if (direct == null) {
            direct = nonExact(mountPath);
        }
        if (direct != null && !direct.capabilities.contains("deny") && !direct.capabilities.isEmpty()) {
            return true;
        }
        for (Map<String, Perms> tree : List.of(exact, prefix)) {
            for (Map.Entry<String, Perms> e : tree.entrySet()) {
                if (e.getKey().startsWith(mountPath) && !e.getValue().capabilities.contains("deny")
                        && !e.getValue().capabilities.isEmpty()) {
                    return true;
                }
            }
        }
        for (Map.Entry<String, Perms> e : segment.entrySet()) {
            String literal = e.getKey().substring(0, e.getKey().indexOf('+'));
            if ((literal.startsWith(mountPath) || mountPath.startsWith(literal))
                    && !e.getValue().capabilities.contains("deny")) {
                return true;
            }
        }
        return false;
    }
}
