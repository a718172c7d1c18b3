package io.pgbackup.bench;

import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyJunitCore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.UUID;

/**
 * A standalone S3Proxy for the benchmark script: {@code S3ProxyMain PORT BUCKET} serves S3 on
 * 127.0.0.1:PORT with one bucket (S3Proxy's filesystem backend in a temporary directory), prints the
 * SCW_* variables that reach it (with a random secret key) and {@code READY}, then runs until killed.
 */
public final class S3ProxyMain {
    private S3ProxyMain() {
    }

    public static void main(String[] args) throws Exception {
        String access = "bench-access";
        String secret = UUID.randomUUID().toString();
        S3ProxyJunitCore proxy = new S3ProxyJunitCore.Builder()
                .withCredentials(AuthenticationType.AWS_V2_OR_V4, access, secret)
                .withBlobStoreProvider("filesystem")
                .withPort(Integer.parseInt(args[0]))
                .build();
        proxy.beforeEach();
        Runtime.getRuntime().addShutdownHook(new Thread(proxy::afterEach));
        try (S3Client s3 = S3Client.builder().endpointOverride(proxy.getUri()).region(Region.of("fr-par"))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(access, secret)))
                .build()) {
            s3.createBucket(b -> b.bucket(args[1]));
        }
        System.out.println("SCW_S3_URL=" + proxy.getUri());
        System.out.println("SCW_DEFAULT_REGION=fr-par");
        System.out.println("SCW_ACCESS_KEY=" + access);
        System.out.println("SCW_SECRET_KEY=" + secret);
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
