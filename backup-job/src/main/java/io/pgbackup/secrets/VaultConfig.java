package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach Vault and log in, read from the environment like the {@code vault} CLI does.
 *
 * <table>
 * <caption>Environment variables</caption>
 * <tr><td>{@code VAULT_ADDR}</td><td>Vault's URL (required)</td></tr>
 * <tr><td>{@code VAULT_TOKEN}</td><td>a Vault token: used as is when set</td></tr>
 * <tr><td>{@code VAULT_ID_TOKEN}</td><td>a GitLab CI ID token (JWT), exchanged at
 *     {@code auth/<VAULT_AUTH_MOUNT>/login} for role {@code VAULT_AUTH_ROLE}; the variable's name
 *     can be changed with {@code VAULT_ID_TOKEN_VAR}</td></tr>
 * <tr><td>{@code VAULT_AUTH_MOUNT}</td><td>mount of the JWT auth method, default {@code jwt}</td></tr>
 * <tr><td>{@code VAULT_AUTH_ROLE}</td><td>JWT role (required with an ID token)</td></tr>
 * <tr><td>{@code VAULT_NAMESPACE}</td><td>sent as {@code X-Vault-Namespace}</td></tr>
 * <tr><td>{@code VAULT_CACERT}</td><td>PEM bundle of the CAs to trust for Vault's TLS certificate</td></tr>
 * <tr><td>{@code VAULT_MAX_RETRIES}</td><td>retries of a transient answer (412, 429, 5xx but 501), default
 *     {@value Retries#DEFAULT_MAX_RETRIES}, within 30 s; 0 for none</td></tr>
 * </table>
 *
 * <p>The login is chosen by what is set: {@code VAULT_TOKEN} first (as the vault CLI), else the ID
 * token. Neither is a configuration error. {@link #toString()} never shows a token.
 */
public final class VaultConfig {
    /** How the job logs in. */
    public enum Login { TOKEN, JWT }

    public static final String DEFAULT_ID_TOKEN_VAR = "VAULT_ID_TOKEN";
    public static final String DEFAULT_AUTH_MOUNT = "jwt";

    private final URI address;
    private final Login login;
    private final String token;
    private final String idTokenVar;
    private final String idToken;
    private final String authMount;
    private final String authRole;
    private final String namespace;
    private final Path caCert;
    private final int maxRetries;

    private VaultConfig(URI address, Login login, String token, String idTokenVar, String idToken,
                        String authMount, String authRole, String namespace, Path caCert, int maxRetries) {
        this.maxRetries = maxRetries;
        this.address = address;
        this.login = login;
        this.token = token;
        this.idTokenVar = idTokenVar;
        this.idToken = idToken;
        this.authMount = authMount;
        this.authRole = authRole;
        this.namespace = namespace;
        this.caCert = caCert;
    }

    /** Reads the configuration; fails with {@link ExitCode#CONFIG} naming the variable at fault. */
    public static VaultConfig fromEnv(Map<String, String> env) {
        URI address = address(env);
        String idTokenVar = value(env, "VAULT_ID_TOKEN_VAR").orElse(DEFAULT_ID_TOKEN_VAR);
        String mount = value(env, "VAULT_AUTH_MOUNT").map(VaultConfig::trimSlashes).orElse(DEFAULT_AUTH_MOUNT);
        String namespace = value(env, "VAULT_NAMESPACE").orElse(null);
        Path caCert = value(env, "VAULT_CACERT").map(Path::of).orElse(null);
        int retries = maxRetries(env);
        Optional<String> token = value(env, "VAULT_TOKEN");
        if (token.isPresent()) {
            return new VaultConfig(address, Login.TOKEN, token.get(), idTokenVar, null, mount, null, namespace, caCert, retries);
        }
        Optional<String> idToken = value(env, idTokenVar);
        if (idToken.isEmpty()) {
            throw new PgBackupException(ExitCode.CONFIG,
                    "no vault login configured: neither VAULT_TOKEN nor " + idTokenVar + " is set",
                    "in GitLab CI, declare the ID token in the job (id_tokens: " + idTokenVar
                            + ": aud: <your Vault's bound audience>) and set VAULT_AUTH_ROLE",
                    "elsewhere, set VAULT_TOKEN to a Vault token");
        }
        String role = value(env, "VAULT_AUTH_ROLE").orElseThrow(() -> new PgBackupException(ExitCode.CONFIG,
                "vault jwt login needs a role: VAULT_AUTH_ROLE is not set",
                "set VAULT_AUTH_ROLE to the role of auth/" + mount + " that this job may use"));
        return new VaultConfig(address, Login.JWT, null, idTokenVar, idToken.get(), mount, role, namespace, caCert, retries);
    }

    private static int maxRetries(Map<String, String> env) {
        String raw = value(env, "VAULT_MAX_RETRIES").orElse(null);
        if (raw == null) {
            return Retries.DEFAULT_MAX_RETRIES;
        }
        if (!raw.matches("\\d{1,2}")) {
            throw new PgBackupException(ExitCode.CONFIG, "invalid VAULT_MAX_RETRIES \"" + raw + "\": it must be a number of retries",
                    "set VAULT_MAX_RETRIES to 0-99 (default " + Retries.DEFAULT_MAX_RETRIES + "), or unset it");
        }
        return Integer.parseInt(raw);
    }

    private static URI address(Map<String, String> env) {
        String raw = value(env, "VAULT_ADDR").orElseThrow(() -> new PgBackupException(ExitCode.CONFIG,
                "vault address is not set: VAULT_ADDR is empty",
                "set VAULT_ADDR to the URL of the Vault server, e.g. https://vault.example.com:8200"));
        try {
            URI uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new PgBackupException(ExitCode.CONFIG,
                "invalid VAULT_ADDR \"" + raw + "\": it must be an http:// or https:// URL",
                "set VAULT_ADDR to the URL of the Vault server, e.g. https://vault.example.com:8200");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    private static String trimSlashes(String s) {
        return s.replaceAll("^/+|/+$", "");
    }

    public URI address() {
        return address;
    }

    public Login login() {
        return login;
    }

    /** The Vault token of a {@link Login#TOKEN} login. A secret: never log it. */
    String token() {
        return token;
    }

    /** The GitLab CI ID token of a {@link Login#JWT} login. A secret: never log it. */
    String idToken() {
        return idToken;
    }

    /** Name of the environment variable that held the ID token. */
    public String idTokenVar() {
        return idTokenVar;
    }

    public String authMount() {
        return authMount;
    }

    public String authRole() {
        return authRole;
    }

    public Optional<String> namespace() {
        return Optional.ofNullable(namespace);
    }

    /** Retries of a transient answer (VAULT_MAX_RETRIES). */
    public int maxRetries() {
        return maxRetries;
    }

    public Optional<Path> caCert() {
        return Optional.ofNullable(caCert);
    }

    /** Who logs in, without any secret: {@code token} or {@code jwt role R at auth/M}. */
    public String describeLogin() {
        return login == Login.TOKEN ? "token from VAULT_TOKEN"
                : "jwt role " + authRole + " at auth/" + authMount + " (ID token from " + idTokenVar + ")";
    }

    @Override
    public String toString() {
        return "VaultConfig[address=" + address + ", login=" + describeLogin()
                + ", namespace=" + namespace + ", caCert=" + caCert + "]";
    }
}
