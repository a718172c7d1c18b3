package io.pgbackup.testsupport.vault;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A TLS identity for the stand-in made with the JDK's keytool: a self-signed certificate for
 * 127.0.0.1 (its own CA), plus the PEM bundle a client trusts it with. The bundle starts with an
 * unrelated CA so that clients are seen to read every certificate of a bundle, not only the first.
 */
final class TlsFiles {
    private static final String PASS = "stand-in";

    final Path dir;
    final Path keystore;
    final Path caBundle;
    final Path otherCa;

    private TlsFiles(Path dir) {
        this.dir = dir;
        this.keystore = dir.resolve("vault.p12");
        this.caBundle = dir.resolve("ca-bundle.pem");
        this.otherCa = dir.resolve("other-ca.pem");
    }

    static TlsFiles create() {
        try {
            TlsFiles f = new TlsFiles(Files.createTempDirectory("vault-stand-in-tls-"));
            f.genKey(f.keystore, "vault", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost");
            Path other = f.dir.resolve("other.p12");
            f.genKey(other, "other", "CN=Some Other CA", "BC=ca:true");
            f.export(other, "other", f.otherCa);
            Path vaultPem = f.dir.resolve("vault.pem");
            f.export(f.keystore, "vault", vaultPem);
            Files.writeString(f.caBundle, Files.readString(f.otherCa) + Files.readString(vaultPem));
            return f;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void genKey(Path store, String alias, String dname, String ext) {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname", dname,
                "-ext", ext, "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", PASS, "-keypass", PASS);
    }

    private void export(Path store, String alias, Path pem) {
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", PASS,
                "-file", pem.toString());
    }

    private static void keytool(String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
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

    SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASS.toCharArray());
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, PASS.toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
