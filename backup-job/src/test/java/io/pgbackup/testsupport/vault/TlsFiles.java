package io.pgbackup.testsupport.vault;

import io.pgbackup.testsupport.Keytool;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * A TLS identity for the stand-in made with the JDK's keytool ({@link Keytool}): a self-signed certificate for
 * 127.0.0.1 (its own CA), plus the PEM bundle a client trusts it with. The bundle starts with an
 * unrelated CA so that clients are seen to read every certificate of a bundle, not only the first.
 */
final class TlsFiles {
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
            Keytool.generate(f.keystore, "vault", "CN=127.0.0.1", "SAN=ip:127.0.0.1,dns:localhost");
            Path other = f.dir.resolve("other.p12");
            Keytool.generate(other, "other", "CN=Some Other CA", "BC=ca:true");
            Keytool.exportCertificate(other, "other", f.otherCa);
            Path vaultPem = f.dir.resolve("vault.pem");
            Keytool.exportCertificate(f.keystore, "vault", vaultPem);
            Files.writeString(f.caBundle, Files.readString(f.otherCa) + Files.readString(vaultPem));
            return f;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(Keytool.load(keystore), Keytool.PASS.toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
