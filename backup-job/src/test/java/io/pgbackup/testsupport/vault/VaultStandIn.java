package io.pgbackup.testsupport.vault;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.pgbackup.secrets.DatabaseRoleStatements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for HashiCorp Vault (none can be installed here) that speaks the part of Vault's HTTP
 * API pgbackup uses, with Vault's response shapes and error bodies, on 127.0.0.1 and a free port:
 * token lookup-self/revoke-self, JWT login, KV v1 and v2 with the {@code sys/internal/ui/mounts}
 * preflight, the database secrets engine on a real PostgreSQL, lease renew/revoke, token ACLs and
 * namespaces. Example:
 * <pre>{@code
 * try (VaultStandIn vault = VaultStandIn.start(PostgresFixture.server().jdbcUrl("postgres"))) {
 *     vault.kvV2Put("secret/groupe-7/passphrase_s3_backup", Map.of("passphrase", "..."))
 *          .databaseRole("backup-groupe-7-prd", Kind.BACKUP, "app_owner", Duration.ofMinutes(5));
 *     String token = vault.token("secret/data/groupe-7/*", "database/creds/backup-groupe-7-prd", "sys/leases/revoke");
 *     ... VAULT_ADDR=vault.url(), VAULT_TOKEN=token ...
 * }
 * }</pre>
 */
public final class VaultStandIn implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final String url;
    private final TlsFiles tls;
    private final KvEngine kv = new KvEngine();
    private final DatabaseEngine database;
    private final JwtAuth jwt = new JwtAuth();
    private final TokenStore tokens;
    private final Map<String, Policy> policies = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vault-stand-in-token-reaper");
        t.setDaemon(true);
        return t;
    });
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private volatile String namespace = "";
    private volatile boolean sealed;
    private final Faults faults = new Faults();

    private VaultStandIn(String postgresJdbcUrl, TlsFiles tls) {
        this.tls = tls;
        this.database = new DatabaseEngine(postgresJdbcUrl);
        this.tokens = new TokenStore(t -> database.revokeAllOf(t.id()));
        reaper.scheduleWithFixedDelay(tokens::reap, 200, 200, TimeUnit.MILLISECONDS);
        try {
            InetSocketAddress addr = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            if (tls == null) {
                server = HttpServer.create(addr, 0);
            } else {
                HttpsServer https = HttpsServer.create(addr, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "vault-stand-in");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new Router(this));
        server.start();
        url = (tls == null ? "http" : "https") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An HTTP stand-in whose database engine connects to {@code postgresJdbcUrl} (a superuser). */
    public static VaultStandIn start(String postgresJdbcUrl) {
        return new VaultStandIn(postgresJdbcUrl, null);
    }

    /** An HTTPS stand-in with a self-signed certificate; trust it with {@link #caBundle()}. */
    public static VaultStandIn startTls(String postgresJdbcUrl) {
        return new VaultStandIn(postgresJdbcUrl, TlsFiles.create());
    }

    /** The value for {@code VAULT_ADDR}. */
    public String url() {
        return url;
    }

    /** PEM bundle (an unrelated CA, then the stand-in's certificate) for {@code VAULT_CACERT}. */
    public Path caBundle() {
        return tls.caBundle;
    }

    /** PEM of a CA that did not sign the stand-in's certificate. */
    public Path unrelatedCa() {
        return tls.otherCa;
    }

    /** Writes a secret on the KV mount holding the path ({@code secret/} is KV v2). */
    public VaultStandIn kvPut(String path, Map<String, String> data) {
        kv.put(path, data);
        issued.addAll(data.values());
        return this;
    }

    /** Writes a secret on the KV v2 mount {@code secret/} (or another v2 mount holding the path). */
    public VaultStandIn kvV2Put(String path, Map<String, String> data) {
        return kvPut(path, data);
    }

    /** Mounts a KV version 1 engine at {@code path} (e.g. {@code kv1}, or {@code secret} to replace the v2 default). */
    public VaultStandIn kvV1Mount(String path) {
        kv.mount(path, 1);
        return this;
    }

    public VaultStandIn kvV2Mount(String path) {
        kv.mount(path, 2);
        return this;
    }

    public VaultStandIn kvDelete(String path) {
        kv.delete(path);
        return this;
    }

    /** Declares {@code database/roles/<name>} with the team's statements, default TTL {@code ttl}, max TTL 24 h. */
    public VaultStandIn databaseRole(String name, DatabaseRoleStatements.Kind kind, String ownerRole, Duration ttl) {
        return databaseRole(name, kind, ownerRole, ttl, Duration.ofHours(24));
    }

    public VaultStandIn databaseRole(String name, DatabaseRoleStatements.Kind kind, String ownerRole, Duration ttl,
                                     Duration maxTtl) {
        database.role(DatabaseEngine.Role.of(name, kind, ownerRole, ttl, maxTtl));
        return this;
    }

    /**
     * Creates a token whose policy grants these paths (plus Vault's default policy); returns its id.
     * Its TTL is Vault's default for {@code vault token create}: the system default of 768 h.
     */
    public String token(String... policyPaths) {
        return token(Duration.ofHours(768), Duration.ofHours(768), policyPaths);
    }

    /** A renewable token with this TTL and max TTL: it expires, and its leases are revoked, at its TTL. */
    public String token(Duration ttl, Duration maxTtl, String... policyPaths) {
        return issueToken("token", List.of(Policy.granting(List.of(policyPaths))), ttl, maxTtl, null).id();
    }

    /** Writes an ACL policy ({@code sys/policies/acl/<name>}) from its HCL, refused as Vault refuses a bad one. */
    public VaultStandIn policy(String name, String hcl) {
        policies.put(name, Policy.parse(name, hcl));
        return this;
    }

    /** Moves the JWT auth method to another mount path (default {@code jwt}). */
    public VaultStandIn jwtMount(String path) {
        jwt.mount(path);
        return this;
    }

    /**
     * Declares a JWT role: tokens must have {@code aud = boundAudience} and these claims (exact
     * strings), a {@code sub} (the user claim); logins get these paths, for one hour (max TTL: the
     * system's).
     */
    public VaultStandIn jwtRole(String name, String boundAudience, Map<String, String> boundClaims, String... policyPaths) {
        Map<String, List<String>> claims = new java.util.TreeMap<>();
        boundClaims.forEach((k, v) -> claims.put(k, List.of(v)));
        policies.put("jwt-" + name, Policy.granting(List.of(policyPaths)));
        jwt.role(new JwtAuth.Role(name, List.of(boundAudience), claims, "string", "sub",
                List.of("jwt-" + name), Duration.ofHours(1), Duration.ZERO));
        return this;
    }

    VaultStandIn jwtRole(JwtAuth.Role role) {
        jwt.role(role);
        return this;
    }

    VaultStandIn databaseRole(DatabaseEngine.Role role) {
        database.role(role);
        return this;
    }

    /** Changes the token TTL and max TTL of a JWT role declared before. */
    public VaultStandIn jwtTokenTtl(String role, Duration ttl, Duration maxTtl) {
        JwtAuth.Role r = jwt.role(role);
        jwt.role(new JwtAuth.Role(r.name(), r.boundAudiences(), r.boundClaims(), r.boundClaimsType(), r.userClaim(),
                r.tokenPolicies(), ttl, maxTtl));
        return this;
    }

    /** An RS256 JWT signed with the key the JWT auth method trusts (a GitLab CI ID token stand-in). */
    public String signJwt(Map<String, Object> claims) {
        String token = jwt.sign(claims);
        issued.add(token);
        return token;
    }

    /** Puts everything in a namespace: requests must carry {@code X-Vault-Namespace: ns}. */
    public VaultStandIn namespace(String ns) {
        this.namespace = ns.replaceAll("^/+|/+$", "");
        return this;
    }

    /** Seals (every request answers 503 "Vault is sealed") or unseals. */
    public VaultStandIn sealed(boolean value) {
        this.sealed = value;
        return this;
    }

    /**
     * The next {@code times} requests get {@code status} instead of their answer: 429 (rate-limit
     * quota), 503 (sealed), 412 (standby behind) or 307 (to the active node, here the same server
     * as {@code localhost}).
     */
    public VaultStandIn answerNext(int status, int times) {
        faults.add(status, times);
        return this;
    }

    public List<StandInLease> activeLeases() {
        return database.active();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Every secret the stand-in handed out or holds: tokens, JWTs, database passwords, KV values. */
    public Set<String> issuedSecrets() {
        Set<String> all = new HashSet<>(issued);
        all.addAll(database.issuedPasswords());
        return all;
    }

    /** Whether a token is still valid (neither revoked nor expired). */
    public boolean tokenValid(String id) {
        return tokens.valid(id);
    }

    // ---- used by the router

    Token issueToken(String displayName, List<Policy> tokenPolicies, Duration ttl, Duration maxTtl, String role) {
        List<Policy> all = new java.util.ArrayList<>();
        all.add(Policy.DEFAULT);
        all.addAll(tokenPolicies);
        Token t = new Token("hvs." + Json.random(24), Json.random(24), displayName, new Acl(all),
                Instant.now(), namespace, ttl, maxTtl, true, role);
        tokens.add(t);
        issued.add(t.id());
        return t;
    }

    /** The stored policies of these names; a name with no policy is skipped, as Vault does. */
    List<Policy> policies(List<String> names) {
        return names.stream().map(policies::get).filter(java.util.Objects::nonNull).toList();
    }

    Token tokenFor(String id) {
        return tokens.live(id);
    }

    TokenStore tokens() {
        return tokens;
    }

    void revokeToken(Token token) {
        tokens.revoke(token);
    }

    void record(RecordedRequest r) {
        requests.add(r);
    }

    KvEngine kv() {
        return kv;
    }

    DatabaseEngine database() {
        return database;
    }

    JwtAuth jwt() {
        return jwt;
    }

    String namespace() {
        return namespace;
    }

    Faults faults() {
        return faults;
    }

    boolean sealed() {
        return sealed;
    }

    /** Stops the server; leases still active are revoked first, as if their TTL ran out. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        reaper.shutdownNow();
        for (StandInLease l : database.active()) {
            database.revoke(l.id());
        }
        database.close();
    }
}
