package io.pgbackup.bench;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.net.URI;
import java.util.Properties;
import java.util.UUID;

/**
 * A standalone S3Proxy for the benchmark script: {@code S3ProxyMain PORT DIR BUCKET} serves a
 * filesystem-backed S3 API on 127.0.0.1:PORT with one bucket, prints the SCW_* variables that reach
 * it (with a random secret key) and {@code READY}, then runs until killed.
 */
public final class S3ProxyMain {
    private S3ProxyMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Properties props = new Properties();
        props.setProperty("jclouds.filesystem.basedir", args[1]);
        BlobStore blobs = ContextBuilder.newBuilder("filesystem").overrides(props)
                .build(BlobStoreContext.class).getBlobStore();
        blobs.createContainerInLocation(null, args[2]);
        String access = "bench-access";
        String secret = UUID.randomUUID().toString();
        S3Proxy proxy = S3Proxy.builder().blobStore(blobs).endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, access, secret).build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(50);
        }
        System.out.println("SCW_S3_URL=http://127.0.0.1:" + port);
        System.out.println("SCW_DEFAULT_REGION=fr-par");
        System.out.println("SCW_ACCESS_KEY=" + access);
        System.out.println("SCW_SECRET_KEY=" + secret);
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
