package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach an S3-compatible service. {@link #toString()} never prints the secret key.
 *
 * @param endpoint  the service URL ({@code https://s3.fr-par.scw.cloud}); empty means AWS's own
 * @param region    the signing region ({@code fr-par}); may be null until {@link #validate()}
 * @param accessKey the access key id; may be null until {@link #validate()}
 * @param secretKey the secret key; may be null until {@link #validate()}
 * @param pathStyle {@code true} for {@code https://host/bucket/key}, {@code false} for virtual hosts
 */
public record S3Settings(Optional<URI> endpoint, String region, String accessKey, String secretKey,
                         boolean pathStyle) {

    public static final String ENDPOINT = "SCW_S3_URL";
    public static final String REGION = "SCW_DEFAULT_REGION";
    public static final String ACCESS_KEY = "SCW_ACCESS_KEY";
    public static final String SECRET_KEY = "SCW_SECRET_KEY";
    public static final String PATH_STYLE = "PGBACKUP_S3_PATH_STYLE";
    static final String AWS_ENDPOINT = "AWS_ENDPOINT_URL";
    static final String AWS_REGION = "AWS_REGION";
    static final String AWS_ACCESS_KEY = "AWS_ACCESS_KEY_ID";
    static final String AWS_SECRET_KEY = "AWS_SECRET_ACCESS_KEY";

    public S3Settings {
        endpoint = endpoint == null ? Optional.empty() : endpoint;
    }

    /**
     * Reads the settings from the environment: the team's {@code SCW_*} variables first, then the
     * {@code AWS_*} ones. Missing values stay null (a file store needs none of them); malformed
     * values ({@code SCW_S3_URL}, {@code PGBACKUP_S3_PATH_STYLE}) throw {@code CONFIG} at once.
     */
    public static S3Settings fromEnv(Map<String, String> env) {
        String url = first(env, ENDPOINT, AWS_ENDPOINT);
        Optional<URI> endpoint = url == null ? Optional.empty() : Optional.of(parseEndpoint(url, env));
        return new S3Settings(endpoint, first(env, REGION, AWS_REGION), first(env, ACCESS_KEY, AWS_ACCESS_KEY),
                first(env, SECRET_KEY, AWS_SECRET_KEY), parsePathStyle(env.get(PATH_STYLE)));
    }

    /** Throws {@code CONFIG} naming the first missing variable; call before any network use. */
    public S3Settings validate() {
        require(region, REGION, "the s3 region, for example fr-par");
        require(accessKey, ACCESS_KEY, "the s3 access key id (from Vault)");
        require(secretKey, SECRET_KEY, "the s3 secret key (from Vault)");
        return this;
    }

    /** The endpoint as printed in messages: the configured URL, or AWS's regional one. */
    public String endpointText() {
        return endpoint.map(URI::toString).orElse("https://s3." + region + ".amazonaws.com");
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpointText() + ", region=" + region + ", accessKey=" + mask(accessKey)
                + ", secretKey=" + (secretKey == null ? "null" : "****") + ", pathStyle=" + pathStyle + "]";
    }

    private static String mask(String key) {
        if (key == null) {
            return "null";
        }
        return key.length() <= 4 ? "****" : "****" + key.substring(key.length() - 4);
    }

    private static void require(String value, String variable, String what) {
        if (value == null || value.isBlank()) {
            throw new PgBackupException(ExitCode.CONFIG, "missing " + what + ": " + variable + " is not set",
                    "set " + variable + " in the job's environment (the CI job reads it from Vault)");
        }
    }

    private static String first(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = env.get(fallback);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static URI parseEndpoint(String url, Map<String, String> env) {
        String variable = env.containsKey(ENDPOINT) && !env.get(ENDPOINT).isBlank() ? ENDPOINT : AWS_ENDPOINT;
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalidEndpoint(variable, url);
        }
        if (uri.getRawUserInfo() != null) {
            // Never echo it: the user-info part may hold a key.
            throw new PgBackupException(ExitCode.CONFIG, "invalid s3 endpoint in " + variable
                    + ": it contains a user name or password", "put the keys in " + ACCESS_KEY + " and "
                    + SECRET_KEY + ", and only the URL (https://s3.fr-par.scw.cloud) in " + variable);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw invalidEndpoint(variable, url);
        }
        return uri;
    }

    private static PgBackupException invalidEndpoint(String variable, String url) {
        return new PgBackupException(ExitCode.CONFIG, "invalid s3 endpoint in " + variable + ": " + url,
                "give a URL such as https://s3.fr-par.scw.cloud (http or https and a host name)");
    }

    private static boolean parsePathStyle(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> {
                return true;
            }
            case "false", "0", "no" -> {
                return false;
            }
            default -> throw new PgBackupException(ExitCode.CONFIG,
                    "invalid " + PATH_STYLE + " value: " + value, "use true or false");
        }
    }
}
