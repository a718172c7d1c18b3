package io.pgbackup.secrets;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

/**
 * Builds the TLS context that trusts exactly the certificates of a PEM bundle ({@code VAULT_CACERT}):
 * every certificate of the file, not only the first, so a bundle of intermediate and root CAs works.
 */
final class CaBundle {
    private CaBundle() {
    }

    static SSLContext sslContext(Path pemBundle) {
        Collection<? extends Certificate> certs = read(pemBundle);
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate cert : certs) {
                trust.setCertificateEntry("ca-" + i++, cert);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new PgBackupException(ExitCode.CONFIG, "cannot use VAULT_CACERT file " + pemBundle + ": " + e.getMessage(), e,
                    "VAULT_CACERT must be a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)");
        }
    }

    private static Collection<? extends Certificate> read(Path pemBundle) {
        try (InputStream in = Files.newInputStream(pemBundle)) {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certs.isEmpty()) {
                throw new PgBackupException(ExitCode.CONFIG, "no certificate in VAULT_CACERT file " + pemBundle,
                        "VAULT_CACERT must be a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)");
            }
            return certs;
        } catch (NoSuchFileException e) {
            throw new PgBackupException(ExitCode.CONFIG, "no such VAULT_CACERT file: " + pemBundle,
                    "point VAULT_CACERT at the PEM bundle of the CA that signed Vault's certificate");
        } catch (IOException | GeneralSecurityException e) {
            throw new PgBackupException(ExitCode.CONFIG, "cannot read VAULT_CACERT file " + pemBundle + ": " + e.getMessage(), e,
                    "VAULT_CACERT must be a readable PEM file of CA certificates (-----BEGIN CERTIFICATE-----)");
        }
    }
}
