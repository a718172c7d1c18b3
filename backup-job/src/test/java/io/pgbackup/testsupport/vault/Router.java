package io.pgbackup.testsupport.vault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Routes {@code /v1/...} requests like Vault: namespace, then login (unauthenticated), then the
 * token, the ACL, and the engine of the path. Answers carry Vault's JSON shapes and error bodies.
 */
final class Router implements HttpHandler {
    private final VaultStandIn vault;

    Router(VaultStandIn vault) {
        this.vault = vault;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getRawPath();
            vault.record(new RecordedRequest(method, ex.getRequestURI().toString(), ex.getRequestHeaders(), body));
            Integer fault = vault.faults().take();
            if (fault != null && fault == 307) {
                ex.getResponseHeaders().set("Location", vault.url().replace("127.0.0.1", "localhost")
                        + ex.getRequestURI().toString());
                ex.sendResponseHeaders(307, -1);
                return;
            }
            StandInReply reply;
            try {
                reply = fault != null ? StandInReply.error(fault, Faults.error(fault, path.replaceFirst("^/v1/", "")))
                        : route(method, path, ex, Json.parse(body));
            } catch (RuntimeException e) {
                reply = StandInReply.error(400, "failed to parse JSON input: " + e.getMessage());
            }
            byte[] out = reply.body() == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(reply.body());
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(reply.status(), reply.status() == 204 ? -1 : out.length);
            if (reply.status() != 204) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    private StandInReply route(String method, String rawPath, HttpExchange ex, JsonNode body) {
        if (!rawPath.startsWith("/v1/")) {
            return StandInReply.error(404);
        }
        if (vault.sealed()) {
            return StandInReply.error(503, "Vault is sealed");
        }
        String path = rawPath.substring(4).replaceAll("/+$", "");
        String ns = Optional.ofNullable(ex.getRequestHeaders().getFirst("X-Vault-Namespace")).orElse("")
                .replaceAll("^/+|/+$", "");
        boolean write = method.equals("POST") || method.equals("PUT");
        if (!ns.equals(vault.namespace())) {
            return path.startsWith("auth/") && path.endsWith("/login")
                    ? noHandler(path) : StandInReply.error(403, "permission denied");
        }
        if (write && path.equals(vault.jwt().loginPath())) {
            return login(body);
        }
        Token token = vault.tokenFor(ex.getRequestHeaders().getFirst("X-Vault-Token"));
        if (token == null) {
            return StandInReply.error(403, "permission denied");
        }
        if (path.startsWith("sys/internal/ui/mounts/") && method.equals("GET")) {
            return preflight(token, path.substring("sys/internal/ui/mounts/".length()));
        }
        if (!token.acl().allows(path, method.equals("GET") ? "read" : "update", body)) {
            return StandInReply.permissionDenied();
        }
        return engine(method, write, path, token, body);
    }

    private StandInReply engine(String method, boolean write, String path, Token token, JsonNode body) {
        if (path.equals("auth/token/lookup-self") && method.equals("GET")) {
            return lookupSelf(token);
        }
        if (path.equals("auth/token/renew-self") && write) {
            return vault.tokens().renew(token, body.path("increment").asLong(0));
        }
        if (path.equals("auth/token/revoke-self") && write) {
            vault.revokeToken(token);
            return StandInReply.noContent();
        }
        if (path.equals("sys/leases/renew") && write) {
            return vault.database().renew(body.path("lease_id").asString(""), body.path("increment").asLong(0));
        }
        if (path.equals("sys/leases/revoke") && write) {
            return vault.database().revoke(body.path("lease_id").asString(""));
        }
        if (path.startsWith(DatabaseEngine.MOUNT + "creds/") && method.equals("GET")) {
            return vault.database().creds(path.substring((DatabaseEngine.MOUNT + "creds/").length()), token);
        }
        Optional<KvEngine.Mount> kv = vault.kv().mountOf(path);
        if (kv.isPresent() && method.equals("GET")) {
            return vault.kv().read(kv.get(), path);
        }
        return noHandler(path);
    }

    private static StandInReply noHandler(String path) {
        return StandInReply.error(404, "no handler for route \"" + path + "\". route entry not found.");
    }

    /** {@code sys/internal/ui/mounts/<path>}: the mount's info, or the same 403 for no mount and no access. */
    private StandInReply preflight(Token token, String path) {
        Optional<KvEngine.Mount> mount = vault.kv().mountOf(path);
        if (mount.isEmpty() || !token.acl().hasMountAccess(mount.get().path())) {
            return StandInReply.error(403, "preflight capability check returned 403, please ensure client's policies"
                    + " grant access to path \"" + path + "/\"");
        }
        ObjectNode reply = Json.envelope();
        reply.set("data", vault.kv().mountInfo(mount.get()));
        return new StandInReply(200, reply);
    }

    private StandInReply lookupSelf(Token token) {
        ObjectNode reply = Json.envelope();
        ObjectNode d = reply.putObject("data");
        d.put("accessor", token.accessor());
        d.put("creation_time", token.issued().getEpochSecond());
        d.put("creation_ttl", token.ttl().toSeconds());
        d.put("display_name", token.displayName());
        d.put("entity_id", "");
        d.put("expire_time", token.expiresAt().toString());
        d.put("explicit_max_ttl", 0);
        d.put("id", token.id());
        d.put("issue_time", token.issued().toString());
        d.putNull("meta");
        d.put("num_uses", 0);
        d.put("orphan", true);
        d.put("path", "auth/token/create");
        d.putArray("policies").add("default").add("pgbackup");
        d.put("renewable", token.renewable());
        d.put("ttl", token.secondsLeft(java.time.Instant.now()));
        d.put("type", "service");
        return new StandInReply(200, reply);
    }

    private StandInReply login(JsonNode body) {
        Object checked = vault.jwt().check(body);
        if (checked instanceof StandInReply error) {
            return error;
        }
        JwtAuth.Login login = (JwtAuth.Login) checked;
        JwtAuth.Role role = login.role();
        Token token = vault.issueToken("jwt-" + login.user(), vault.policies(role.tokenPolicies()), role.tokenTtl(),
                role.tokenMaxTtl(), role.name());
        ObjectNode reply = Json.envelope();
        TokenStore.authBlock(reply, token);
        return new StandInReply(200, reply);
    }
}
