package io.pgbackup.testsupport;

import io.pgbackup.storage.S3Clients;
import io.pgbackup.storage.S3Settings;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real S3 server (S3Proxy, in-memory "transient" backend, signature v4, region fr-par) for the
 * whole test JVM, started on first use on a free 127.0.0.1 port and stopped at JVM exit. Tests make
 * their own buckets ({@link #newBucket(String)}) so they never see each other's objects.
 */
public final class S3Fixture {
    public static final String REGION = "fr-par";
    public static final String ACCESS_KEY = "pgbackup-test-access";
    /** Tests assert this string never appears in messages or logs. */
    public static final String SECRET_KEY = "pgbackup-test-secret-7f3c9a1e";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static S3ProxyJunitCore proxy;
    private static S3Client client;

    private S3Fixture() {
    }

    /** Starts the server if needed; returns its endpoint, such as {@code http://127.0.0.1:41234}. */
    public static synchronized URI start() {
        if (proxy == null) {
            S3ProxyJunitCore started = new S3ProxyJunitCore.Builder()
                    .withCredentials(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .withBlobStoreProvider("transient")
                    .build();
            try {
                started.beforeEach();
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(started::afterEach));
            proxy = started;
        }
        return proxy.getUri();
    }

    /** Settings that reach the server: endpoint, region fr-par, the test keys, path-style addressing. */
    public static S3Settings settings() {
        return new S3Settings(Optional.of(start()), REGION, ACCESS_KEY, SECRET_KEY, true);
    }

    /** The same settings as the environment variables the CLI reads ({@code SCW_*}). */
    public static Map<String, String> env() {
        return Map.of(S3Settings.ENDPOINT, start().toString(), S3Settings.REGION, REGION,
                S3Settings.ACCESS_KEY, ACCESS_KEY, S3Settings.SECRET_KEY, SECRET_KEY, S3Settings.PATH_STYLE, "true");
    }

    /** A client with the production configuration, shared by the tests (do not close it). */
    public static synchronized S3Client client() {
        if (client == null) {
            client = S3Clients.create(settings());
        }
        return client;
    }

    /** Creates the bucket {@code name}; returns the name. */
    public static String createBucket(String name) {
        client().createBucket(b -> b.bucket(name));
        return name;
    }

    /** Creates a bucket with a unique name starting with {@code prefix} (lowercase, digits, '-'). */
    public static String newBucket(String prefix) {
        return createBucket(prefix + "-" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid());
    }

    /** The five SCW_* settings pointing at this S3Proxy, as the jobs read them from Vault. */
    public static java.util.Map<String, String> scwSettings() {
        java.util.Map<String, String> s3 = new java.util.LinkedHashMap<>();
        s3.put("SCW_ACCESS_KEY", ACCESS_KEY);
        s3.put("SCW_SECRET_KEY", SECRET_KEY);
        s3.put("SCW_DEFAULT_ZONE", "fr-par-1");
        s3.put("SCW_DEFAULT_REGION", REGION);
        s3.put("SCW_S3_URL", start().toString());
        return s3;
    }
}
