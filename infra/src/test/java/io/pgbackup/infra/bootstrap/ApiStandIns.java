package io.pgbackup.infra.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stand-ins, on one local HTTP server, for the three APIs the bootstrap calls, as strict as their
 * documentation: Vault's KV v2 ({@code GET /v1/<mount>/metadata/<name>}: 404 when nothing was ever
 * written; {@code POST /v1/<mount>/data/<name>} with {@code options.cas = 0}: 400 "check-and-set
 * parameter did not match the current version" when a version exists; a missing or wrong
 * {@code X-Vault-Token}: 403), Scaleway IAM ({@code POST /iam/v1alpha1/api-keys}: {@code X-Auth-Token}
 * required, {@code application_id} and {@code default_project_id} required, answers the key once) and
 * GitLab ({@code POST /api/v4/projects/:id/triggers}: {@code PRIVATE-TOKEN} required,
 * {@code description} required, answers the token).
 */
final class ApiStandIns implements AutoCloseable {
    static final JsonMapper JSON = JsonMapper.builder().build();
    final String vaultToken = "hvs." + UUID.randomUUID().toString().replace("-", "");
    final String scalewaySecret = UUID.randomUUID().toString();
    final String gitlabToken = "glpat-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    /** KV v2 secrets by name, the data of their first version. */
    final Map<String, JsonNode> kv = new ConcurrentHashMap<>();
    final Map<String, String> issuedSecrets = new ConcurrentHashMap<>();
    final AtomicInteger apiKeys = new AtomicInteger();
    final AtomicInteger triggers = new AtomicInteger();
    private final HttpServer server;

    ApiStandIns() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/secret/", this::vault);
        server.createContext("/iam/v1alpha1/api-keys", this::scaleway);
        server.createContext("/api/v4/projects/", this::gitlab);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void vault(HttpExchange x) throws IOException {
        if (!vaultToken.equals(x.getRequestHeaders().getFirst("X-Vault-Token"))) {
            answer(x, 403, Map.of("errors", new String[] {"permission denied"}));
            return;
        }
        String path = x.getRequestURI().getPath().substring("/v1/secret/".length());
        if (x.getRequestMethod().equals("GET") && path.startsWith("metadata/")) {
            JsonNode data = kv.get(path.substring("metadata/".length()));
            answer(x, data == null ? 404 : 200, data == null ? Map.of("errors", new String[0])
                    : Map.of("data", Map.of("current_version", 1)));
        } else if (x.getRequestMethod().equals("POST") && path.startsWith("data/")) {
            JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
            String name = path.substring("data/".length());
            if (!body.path("data").isObject()) {
                answer(x, 400, Map.of("errors", new String[] {"no data provided"}));
            } else if (body.path("options").path("cas").asInt(-1) == 0 && kv.containsKey(name)) {
                answer(x, 400, Map.of("errors", new String[] {"check-and-set parameter did not match the current version"}));
            } else {
                kv.put(name, body.path("data"));
                answer(x, 200, Map.of("data", Map.of("version", 1)));
            }
        } else {
            answer(x, 405, Map.of("errors", new String[] {"unsupported operation"}));
        }
    }

    private void scaleway(HttpExchange x) throws IOException {
        JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
        if (!scalewaySecret.equals(x.getRequestHeaders().getFirst("X-Auth-Token"))) {
            answer(x, 401, Map.of("message", "authentication is denied"));
        } else if (!x.getRequestMethod().equals("POST") || body.path("application_id").asString("").isEmpty()
                || body.path("default_project_id").asString("").isEmpty()) {
            answer(x, 400, Map.of("message", "invalid argument(s)"));
        } else {
            apiKeys.incrementAndGet();
            String access = "SCW" + UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase();
            String secret = UUID.randomUUID().toString();
            issuedSecrets.put("scaleway secret key", secret);
            answer(x, 200, Map.of("access_key", access, "secret_key", secret,
                    "application_id", body.path("application_id").asString()));
        }
    }

    private void gitlab(HttpExchange x) throws IOException {
        JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
        if (!gitlabToken.equals(x.getRequestHeaders().getFirst("PRIVATE-TOKEN"))) {
            answer(x, 401, Map.of("message", "401 Unauthorized"));
        } else if (!x.getRequestMethod().equals("POST") || !x.getRequestURI().getPath().endsWith("/triggers")
                || body.path("description").asString("").isEmpty()) {
            answer(x, 400, Map.of("error", "description is missing"));
        } else {
            triggers.incrementAndGet();
            String token = "glptt-" + UUID.randomUUID().toString().replace("-", "");
            issuedSecrets.put("trigger token", token);
            answer(x, 201, Map.of("id", triggers.get(), "token", token, "description", body.path("description").asString()));
        }
    }

    private static void answer(HttpExchange x, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
