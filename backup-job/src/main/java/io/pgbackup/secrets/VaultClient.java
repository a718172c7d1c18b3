package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A thin Vault client for what pgbackup needs: token or JWT login, KV v1/v2 reads, database
 * credentials, lease renew/revoke.
 *
 * <p>Why not a library: the maintained Java client ({@code io.github.jopenlibs:vault-java-driver})
 * finds a KV mount's version through {@code sys/mounts}, which needs admin rights a backup job
 * does not have (the vault CLI uses {@code sys/internal/ui/mounts/<path>}, allowed to any token
 * with access under the mount); it trusts only the first certificate of a PEM bundle; and it reads
 * {@code VAULT_SSL_CERT} from the process environment behind the caller's back. Spring Vault is a
 * framework. The HTTP API used here is small and stable, so {@code java.net.http} + Jackson it is.
 *
 * <p>Errors: login failures are {@link ExitCode#VAULT_LOGIN_FAILED}, transport failures
 * {@link ExitCode#VAULT_UNREACHABLE} (both {@link PgBackupException}); any other error answer is a
 * {@link VaultRequestException} that the caller names in context.
 */
public final class VaultClient {
    private final VaultConfig config;
    private final VaultHttp http;
    private final String token;
    private final boolean ownToken;
    private final Clock clock;
    private final Lease tokenLease;

    private VaultClient(VaultConfig config, VaultHttp http, String token, boolean ownToken, Clock clock,
                        Duration tokenTtl, boolean renewable) {
        this.config = config;
        this.http = http;
        this.token = token;
        this.ownToken = ownToken;
        this.clock = clock;
        this.tokenLease = new Lease("", tokenTtl, renewable, clock.instant().plus(tokenTtl));
    }

    /** Logs in as configured: checks a {@code VAULT_TOKEN} with lookup-self, or exchanges the ID token. */
    public static VaultClient login(VaultConfig config) {
        VaultHttp http = new VaultHttp(config);
        if (config.login() == VaultConfig.Login.TOKEN) {
            VaultHttp.Reply r = http.get("auth/token/lookup-self", config.token());
            if (!r.ok()) {
                throw loginFailed(config, "vault refused the token in VAULT_TOKEN: " + r.errorText(),
                        "the token may have expired or been revoked: get a new one, or log in with a GitLab CI"
                                + " ID token (" + config.idTokenVar() + " and VAULT_AUTH_ROLE instead of VAULT_TOKEN)");
            }
            return new VaultClient(config, http, config.token(), false, Clock.systemUTC(),
                    Duration.ofSeconds(r.data().path("ttl").asLong(0)), r.data().path("renewable").asBoolean(false));
        }
        String path = "auth/" + config.authMount() + "/login";
        VaultHttp.Reply r = http.post(path, null, Map.of("role", config.authRole(), "jwt", config.idToken()));
        String clientToken = r.body().path("auth").path("client_token").asString("");
        if (!r.ok() || clientToken.isEmpty()) {
            throw loginFailed(config, "vault refused the jwt login of role " + config.authRole() + " at " + path
                            + ": " + r.errorText(),
                    "check VAULT_AUTH_ROLE (" + config.authRole() + ") and VAULT_AUTH_MOUNT (" + config.authMount()
                            + "): the role must exist on that JWT auth mount",
                    "the role's bound_audiences must contain the aud: of the job's id_tokens (" + config.idTokenVar()
                            + "), and its bound_claims (project_id, ref, ref_protected...) must match this pipeline");
        }
        JsonNode auth = r.body().path("auth");
        return new VaultClient(config, http, clientToken, true, Clock.systemUTC(),
                Duration.ofSeconds(auth.path("lease_duration").asLong(0)), auth.path("renewable").asBoolean(false));
    }

    private static PgBackupException loginFailed(VaultConfig config, String message, String... hints) {
        List<String> all = new ArrayList<>(List.of(hints));
        config.namespace().ifPresent(ns -> all.add("VAULT_NAMESPACE is " + ns + ": the login must exist in that namespace"));
        return new PgBackupException(ExitCode.VAULT_LOGIN_FAILED, message, all.toArray(String[]::new));
    }

    public VaultConfig config() {
        return config;
    }

    /** True when the token came from our own login (JWT): the job may revoke it when done. */
    public boolean ownsToken() {
        return ownToken;
    }

    /**
     * The token's life as Vault gave it at login (lookup-self for a VAULT_TOKEN): its TTL (zero: it
     * never expires, a root token), whether it is renewable, and when it expires unless renewed.
     */
    public Lease tokenLease() {
        return tokenLease;
    }

    /**
     * Renews our token ({@code auth/token/renew-self}, allowed by Vault's default policy) by
     * {@code increment}; Vault grants less once the token's max TTL is near.
     */
    public Lease renewSelf(Duration increment) {
        VaultHttp.Reply r = http.post("auth/token/renew-self", token, Map.of("increment", increment.toSeconds()));
        if (!r.ok()) {
            throw new VaultRequestException(r.status(), "auth/token/renew-self", r.errorText());
        }
        return lease(r.body().path("auth"));
    }

    /** Reads a KV secret at the path users write, on a KV v1 or v2 mount alike. */
    public KvSecret readKv(String userPath) {
        String path = userPath.replaceAll("^/+|/+$", "");
        KvMount mount = mountOf(path);
        String apiPath = mount.version() == 2 ? mount.dataPath(path) : path;
        VaultHttp.Reply r = http.get(apiPath, token);
        if (!r.ok()) {
            throw new VaultRequestException(r.status(), apiPath, r.errorText());
        }
        JsonNode data = mount.version() == 2 ? r.data().path("data") : r.data();
        if (!data.isObject()) {
            throw new VaultRequestException(404, apiPath, "no data");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            values.put(e.getKey(), e.getValue().isString() ? e.getValue().stringValue() : e.getValue().toString());
        }
        return new KvSecret(path, mount.version(), apiPath, values);
    }

    /** Finds the KV mount of a path the way the vault CLI does (sys/internal/ui/mounts/&lt;path&gt;). */
    KvMount mountOf(String path) {
        String preflight = "sys/internal/ui/mounts/" + path;
        VaultHttp.Reply r = http.get(preflight, token);
        if (r.status() == 404) {
            return new KvMount("", 1); // Vault older than 0.10: KV v1 only
        }
        if (!r.ok()) {
            throw new VaultRequestException(r.status(), preflight, r.errorText());
        }
        String mountPath = r.data().path("path").asString("");
        int version = "2".equals(r.data().path("options").path("version").asString("")) ? 2 : 1;
        return new KvMount(mountPath, version);
    }

    /** Reads {@code <mount>/creds/<role>}: Vault creates a database account and leases it. */
    public DbCredentials readDatabaseCreds(String credsPath) {
        VaultHttp.Reply r = http.get(credsPath, token);
        if (!r.ok()) {
            throw new VaultRequestException(r.status(), credsPath, r.errorText());
        }
        String username = r.data().path("username").asString("");
        String password = r.data().path("password").asString("");
        if (username.isEmpty() || password.isEmpty()) {
            throw new VaultRequestException(r.status(), credsPath, "the answer has no username or password");
        }
        return new DbCredentials(username, password.toCharArray(), lease(r.body()));
    }

    /** Asks Vault to extend a lease by {@code increment}; Vault may grant less (max_ttl). */
    public Lease renew(String leaseId, Duration increment) {
        VaultHttp.Reply r = http.post("sys/leases/renew", token,
                Map.of("lease_id", leaseId, "increment", increment.toSeconds()));
        if (!r.ok()) {
            throw new VaultRequestException(r.status(), "sys/leases/renew", r.errorText());
        }
        return lease(r.body());
    }

    /** Revokes a lease now: Vault runs the role's revocation statements. */
    public void revoke(String leaseId) {
        VaultHttp.Reply r = http.post("sys/leases/revoke", token, Map.of("lease_id", leaseId));
        if (!r.ok()) {
            throw new VaultRequestException(r.status(), "sys/leases/revoke", r.errorText());
        }
    }

    /** Revokes our own token and, with it, every lease it created. Only for tokens from our login. */
    public void revokeOwnToken() {
        if (!ownToken) {
            throw new IllegalStateException("the token came from VAULT_TOKEN: not ours to revoke");
        }
        VaultHttp.Reply r = http.post("auth/token/revoke-self", token, Map.of());
        if (!r.ok()) {
            throw new VaultRequestException(r.status(), "auth/token/revoke-self", r.errorText());
        }
    }

    private Lease lease(JsonNode body) {
        Duration duration = Duration.ofSeconds(body.path("lease_duration").asLong(0));
        Instant now = clock.instant();
        return new Lease(body.path("lease_id").asString(""), duration, body.path("renewable").asBoolean(false),
                now.plus(duration).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Override
    public String toString() {
        return "VaultClient[" + config + "]";
    }

    /** A KV mount: its path with a trailing slash ({@code secret/}) and engine version. */
    record KvMount(String path, int version) {
        /** {@code secret/groupe-7/x} on KV v2 mount {@code secret/} reads {@code secret/data/groupe-7/x}. */
        String dataPath(String userPath) {
            String mount = path;
            while (!userPath.startsWith(mount) && mount.indexOf('/') < mount.length() - 1 && mount.contains("/")) {
                mount = mount.substring(mount.indexOf('/') + 1); // mount path carries a namespace prefix
            }
            if (!userPath.startsWith(mount)) {
                return userPath;
            }
            return mount + "data/" + userPath.substring(mount.length());
        }
    }
}
