package io.pgbackup.testsupport.vault;

import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * KV secrets engines: {@code secret/} is KV v2 (as in a dev server), more v1 or v2 mounts can be
 * added. Reads answer with Vault's shapes: v1 {@code data} is the secret, v2 {@code data.data} and
 * {@code data.metadata}; a missing secret is a 404 with an empty {@code errors} list.
 */
final class KvEngine {
    /** A mounted KV engine: its path with a trailing slash, its version, its secrets by sub-path. */
    record Mount(String path, int version, Map<String, Map<String, String>> secrets, String accessor) {
    }

    private final Map<String, Mount> mounts = new ConcurrentHashMap<>();

    KvEngine() {
        mount("secret", 2);
    }

    void mount(String path, int version) {
        String p = path.replaceAll("^/+|/+$", "") + "/";
        mounts.put(p, new Mount(p, version, new ConcurrentHashMap<>(), "kv_" + Json.random(8).toLowerCase()));
    }

    /** Stores a secret at the user path ({@code secret/groupe-7/x}), on whatever mount holds it. */
    void put(String userPath, Map<String, String> data) {
        String p = userPath.replaceAll("^/+|/+$", "");
        Mount m = mountOf(p).orElseThrow(() -> new IllegalArgumentException("no KV mount for " + userPath));
        m.secrets().put(p.substring(m.path().length()), Map.copyOf(data));
    }

    void delete(String userPath) {
        String p = userPath.replaceAll("^/+|/+$", "");
        mountOf(p).ifPresent(m -> m.secrets().remove(p.substring(m.path().length())));
    }

    Optional<Mount> mountOf(String path) {
        return mounts.values().stream()
                .filter(m -> (path + "/").startsWith(m.path()))
                .max((a, b) -> Integer.compare(a.path().length(), b.path().length()));
    }

    /** The {@code data} of {@code sys/internal/ui/mounts/<path>} for a KV mount. */
    ObjectNode mountInfo(Mount m) {
        ObjectNode d = Json.object();
        d.put("accessor", m.accessor());
        ObjectNode config = d.putObject("config");
        config.put("default_lease_ttl", 0);
        config.put("force_no_cache", false);
        config.put("max_lease_ttl", 0);
        d.put("description", "key/value secret storage");
        d.put("external_entropy_access", false);
        d.put("local", false);
        if (m.version() == 2) {
            d.putObject("options").put("version", "2");
        } else {
            d.putNull("options");
        }
        d.put("path", m.path());
        d.put("plugin_version", "");
        d.put("running_plugin_version", "v0.20.0+builtin");
        d.put("seal_wrap", false);
        d.put("type", "kv");
        d.put("uuid", java.util.UUID.randomUUID().toString());
        return d;
    }

    /** Answers a read of an API path on a mount: status and body. */
    StandInReply read(Mount m, String apiPath) {
        String rest = apiPath.substring(m.path().length());
        if (m.version() == 2) {
            if (!rest.startsWith("data/")) {
                ObjectNode body = Json.errors();
                body.putArray("warnings").add("Invalid path for a versioned K/V secrets engine. See the API docs for"
                        + " the appropriate API endpoints to use. If using the Vault CLI, use 'vault kv get' for this operation.");
                return new StandInReply(404, body);
            }
            rest = rest.substring("data/".length());
        }
        Map<String, String> secret = m.secrets().get(rest);
        if (secret == null) {
            return new StandInReply(404, Json.errors());
        }
        ObjectNode body = Json.envelope();
        ObjectNode values = Json.object();
        secret.forEach(values::put);
        if (m.version() == 2) {
            ObjectNode data = body.putObject("data");
            data.set("data", values);
            ObjectNode meta = data.putObject("metadata");
            meta.put("created_time", Instant.now().toString());
            meta.putNull("custom_metadata");
            meta.put("deletion_time", "");
            meta.put("destroyed", false);
            meta.put("version", 1);
        } else {
            body.set("data", values);
            body.put("lease_duration", 2764800);
        }
        body.put("mount_type", "kv");
        return new StandInReply(200, body);
    }
}
