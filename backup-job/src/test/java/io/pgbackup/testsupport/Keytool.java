package io.pgbackup.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test TLS identities made with the JDK's own keytool: self-signed RSA keys in PKCS12 stores (one
 * password for all, {@link #PASS}), and their certificate or private key as PEM files.
 */
public final class Keytool {
    public static final String PASS = "test-tls";

    private Keytool() {
    }

    /** A new key pair and self-signed certificate for {@code dname} in {@code store}, valid 2 days. */
    public static void generate(Path store, String alias, String dname, String... extensions) {
        List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize",
                "2048", "-dname", dname, "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", PASS, "-keypass", PASS));
        for (String ext : extensions) {
            args.addAll(List.of("-ext", ext));
        }
        run(args);
    }

    /** The certificate of {@code alias} as PEM. */
    public static void exportCertificate(Path store, String alias, Path pem) {
        run(List.of("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASS,
                "-file", pem.toString()));
    }

    /** The private key of {@code alias} as unencrypted PKCS#8 PEM, readable only by its owner (what PostgreSQL wants). */
    public static void exportPrivateKey(Path store, String alias, Path pem) throws IOException {
        try {
            PrivateKey key = (PrivateKey) load(store).getKey(alias, PASS.toCharArray());
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
            Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
            Files.setPosixFilePermissions(pem, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyStore load(Path store) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASS.toCharArray());
        }
        return ks;
    }

    private static void run(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
