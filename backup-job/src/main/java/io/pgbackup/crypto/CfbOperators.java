package io.pgbackup.crypto;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;

import org.bouncycastle.bcpg.AEADEncDataPacket;
import org.bouncycastle.bcpg.S2K;
import org.bouncycastle.bcpg.SymmetricEncIntegrityPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyEncSessionPacket;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPSessionKey;
import org.bouncycastle.openpgp.operator.PBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.PGPDataDecryptor;
import org.bouncycastle.openpgp.operator.PGPDataEncryptor;
import org.bouncycastle.openpgp.operator.PGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.util.encoders.Hex;

/**
 * BouncyCastle's JCE operators with the AES-CFB of integrity-protected (SEIPD v1) packets done by
 * {@link Cfb}. Everything else (the S2K, the MDC's SHA-1, other algorithms, AEAD packets, messages
 * without integrity protection, which use OpenPGP's resynchronising CFB) stays BouncyCastle's.
 */
final class CfbOperators {
    private CfbOperators() {
    }

    static boolean isAes(int algorithm) {
        return algorithm == SymmetricKeyAlgorithmTags.AES_128 || algorithm == SymmetricKeyAlgorithmTags.AES_192
            || algorithm == SymmetricKeyAlgorithmTags.AES_256;
    }

    /** The encryptor builder of {@link PgpEncryption}: AES-256, integrity protected. */
    static PGPDataEncryptorBuilder aes256Encryptor(SecureRandom random) {
        return new Encryptor(new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
            .setWithIntegrityPacket(true).setSecureRandom(random));
    }

    /** The passphrase decryptor of {@link PgpDecryption}; S2K keys are derived once per passphrase. */
    static PBEDataDecryptorFactory decryptor(Passphrase passphrase, PGPDigestCalculatorProvider digests) {
        return new Decryptor(passphrase, digests,
            new JcePBEDataDecryptorFactoryBuilder(digests).build(passphrase.chars()));
    }

    private static final class Encryptor implements PGPDataEncryptorBuilder {
        private final JcePGPDataEncryptorBuilder jce;

        Encryptor(JcePGPDataEncryptorBuilder jce) {
            this.jce = jce;
        }

        @Override
        public PGPDataEncryptor build(byte[] keyBytes) throws PGPException {
            PGPDataEncryptor base = jce.build(keyBytes);
            PGPDigestCalculator mdc = base.getIntegrityCalculator();
            if (mdc == null || !isAes(jce.getAlgorithm())) {
                return base;
            }
            byte[] key = keyBytes.clone();
            return new PGPDataEncryptor() {
                @Override
                public OutputStream getOutputStream(OutputStream out) {
                    return CfbStreams.encrypting(out, Cfb.encryptor(key));
                }

                @Override
                public PGPDigestCalculator getIntegrityCalculator() {
                    return mdc;
                }

                @Override
                public int getBlockSize() {
                    return base.getBlockSize();
                }
            };
        }

        @Override
        public PGPDataEncryptor build(byte[] keyBytes, byte[] salt) throws PGPException {
            return jce.build(keyBytes, salt);
        }

        @Override
        public int getAlgorithm() {
            return jce.getAlgorithm();
        }

        @Override
        public int getAeadAlgorithm() {
            return jce.getAeadAlgorithm();
        }

        @Override
        public int getChunkSize() {
            return jce.getChunkSize();
        }

        @Override
        public boolean isV5StyleAEAD() {
            return jce.isV5StyleAEAD();
        }

        @Override
        public SecureRandom getSecureRandom() {
            return jce.getSecureRandom();
        }

        @Override
        public PGPDataEncryptorBuilder setWithIntegrityPacket(boolean withIntegrityPacket) {
            jce.setWithIntegrityPacket(withIntegrityPacket);
            return this;
        }

        @Override
        public PGPDataEncryptorBuilder setWithAEAD(int aeadAlgorithm, int chunkSize) {
            jce.setWithAEAD(aeadAlgorithm, chunkSize);
            return this;
        }

        @Override
        public PGPDataEncryptorBuilder setUseV5AEAD() {
            jce.setUseV5AEAD();
            return this;
        }

        @Override
        public PGPDataEncryptorBuilder setUseV6AEAD() {
            jce.setUseV6AEAD();
            return this;
        }
    }

    private static final class Decryptor extends PBEDataDecryptorFactory {
        private final Passphrase passphrase;
        private final PBEDataDecryptorFactory jce;

        Decryptor(Passphrase passphrase, PGPDigestCalculatorProvider digests, PBEDataDecryptorFactory jce) {
            super(passphrase.chars(), digests);
            this.passphrase = passphrase;
            this.jce = jce;
        }

        @Override
        public byte[] makeKeyFromPassPhrase(int algorithm, S2K s2k) throws PGPException {
            if (s2k == null || s2k.getIV() == null) {
                return super.makeKeyFromPassPhrase(algorithm, s2k);
            }
            String parameters = algorithm + "/" + s2k.getType() + "/" + s2k.getHashAlgorithm() + "/"
                + s2k.getIterationCount() + "/" + Hex.toHexString(s2k.getIV());
            return passphrase.derivedKey(parameters, () -> super.makeKeyFromPassPhrase(algorithm, s2k));
        }

        @Override
        public PGPDataDecryptor createDataDecryptor(boolean withIntegrityPacket, int algorithm, byte[] keyBytes)
                throws PGPException {
            PGPDataDecryptor base = jce.createDataDecryptor(withIntegrityPacket, algorithm, keyBytes);
            if (!withIntegrityPacket || !isAes(algorithm)) {
                return base;
            }
            byte[] key = keyBytes.clone();
            return new PGPDataDecryptor() {
                @Override
                public InputStream getInputStream(InputStream in) {
                    return CfbStreams.decrypting(in, Cfb.decryptor(key));
                }

                @Override
                public int getBlockSize() {
                    return base.getBlockSize();
                }

                @Override
                public PGPDigestCalculator getIntegrityCalculator() {
                    return base.getIntegrityCalculator();
                }
            };
        }

        @Override
        public PGPDataDecryptor createDataDecryptor(AEADEncDataPacket packet, PGPSessionKey key) throws PGPException {
            return jce.createDataDecryptor(packet, key);
        }

        @Override
        public PGPDataDecryptor createDataDecryptor(SymmetricEncIntegrityPacket packet, PGPSessionKey key)
                throws PGPException {
            return jce.createDataDecryptor(packet, key);
        }

        @Override
        public byte[] recoverSessionData(int keyAlgorithm, byte[] key, byte[] sessionData) throws PGPException {
            return jce.recoverSessionData(keyAlgorithm, key, sessionData);
        }

        @Override
        public byte[] recoverAEADEncryptedSessionData(SymmetricKeyEncSessionPacket packet, byte[] key)
                throws PGPException {
            return jce.recoverAEADEncryptedSessionData(packet, key);
        }
    }
}
