package io.pgbackup.crypto;

import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEKeyEncryptionMethodGenerator;

import java.security.SecureRandom;

/**
 * The key of one OpenPGP message, derived from the passphrase by the iterated and salted S2K
 * (65 MB of SHA-256, 0.1–0.5 s) when this is made, not when the message starts: a backup derives
 * it while it connects to the database, so pg_dump does not wait for it. One key, one message.
 */
public final class MessageKey {
    private final Method method;

    private MessageKey(Method method) {
        this.method = method;
    }

    /** Derives the key now (new random salt). */
    public static MessageKey derive(Passphrase passphrase, SecureRandom random) {
        Method m = new Method(passphrase.chars(), random);
        try {
            m.getKey(SymmetricKeyAlgorithmTags.AES_256);
        } catch (PGPException e) {
            throw new IllegalStateException("cannot derive the OpenPGP key: " + e.getMessage(), e);
        }
        return new MessageKey(m);
    }

    JcePBEKeyEncryptionMethodGenerator method() {
        return method;
    }

    /** BouncyCastle's passphrase method, whose S2K runs once: later calls get copies of that key. */
    private static final class Method extends JcePBEKeyEncryptionMethodGenerator {
        private byte[] key;
        private int algorithm;

        Method(char[] passphrase, SecureRandom random) {
            super(passphrase, sha256(), PgpEncryption.S2K_COUNT);
            setSecureRandom(random);
        }

        private static PGPDigestCalculator sha256() {
            try {
                return PgpEncryption.digests().get(HashAlgorithmTags.SHA256);
            } catch (PGPException e) {
                throw new IllegalStateException("no SHA-256 for the OpenPGP S2K: " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized byte[] getKey(int encAlgorithm) throws PGPException {
            if (key == null || algorithm != encAlgorithm) {
                key = super.getKey(encAlgorithm);
                algorithm = encAlgorithm;
            }
            return key.clone();
        }
    }
}
