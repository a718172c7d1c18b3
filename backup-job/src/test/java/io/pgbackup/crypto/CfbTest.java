package io.pgbackup.crypto;

import static io.pgbackup.crypto.CryptoStreams.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.junit.jupiter.api.Test;

/** {@link Cfb} computes exactly the JDK's AES/CFB, whatever the call sizes, and interoperates with BouncyCastle's own. */
class CfbTest {
    private static final Random RANDOM = new Random(42);

    @Test
    void encryptsAndDecryptsLikeTheJdkCfbForAnyCallSizes() throws Exception {
        for (int keyLength : new int[] {16, 24, 32}) {
            byte[] key = bytes(keyLength);
            byte[] plain = bytes(300_000);
            byte[] expected = jdkCfb(Cipher.ENCRYPT_MODE, key, plain);
            for (int maxCall : new int[] {1, 15, 16, 17, 4096, 70_000, 300_000}) {
                byte[] encrypted = chunked(Cfb.encryptor(key), plain, maxCall, false);
                assertThat(encrypted).as("encrypt, key %d, calls up to %d", keyLength, maxCall).isEqualTo(expected);
                byte[] decrypted = chunked(Cfb.decryptor(key), expected, maxCall, true);
                assertThat(decrypted).as("decrypt, key %d, calls up to %d", keyLength, maxCall).isEqualTo(plain);
            }
        }
    }

    @Test
    void aDifferentKeyOrOneFlippedBitGivesDifferentOutput() throws Exception {
        byte[] key = bytes(32);
        byte[] plain = bytes(1000);
        byte[] encrypted = chunked(Cfb.encryptor(key), plain, 1000, false);
        byte[] otherKey = key.clone();
        otherKey[0] ^= 1;
        assertThat(chunked(Cfb.encryptor(otherKey), plain, 1000, false)).isNotEqualTo(encrypted);
        assertThat(encrypted).isNotEqualTo(plain);
        byte[] flipped = encrypted.clone();
        flipped[100] ^= 4;
        byte[] garbled = chunked(Cfb.decryptor(key), flipped, 1000, true);
        assertThat(garbled[100]).isEqualTo((byte) (plain[100] ^ 4));
        assertThat(Arrays.copyOfRange(garbled, 112, 128)).isNotEqualTo(Arrays.copyOfRange(plain, 112, 128));
        assertThat(Arrays.copyOfRange(garbled, 128, 1000)).isEqualTo(Arrays.copyOfRange(plain, 128, 1000));
    }

    @Test
    void skippingThroughTheDecryptingStreamKeepsTheCipherInStep() throws Exception {
        byte[] key = bytes(32);
        byte[] plain = bytes(100_000);
        byte[] encrypted = jdkCfb(Cipher.ENCRYPT_MODE, key, plain);
        try (InputStream in = CfbStreams.decrypting(new ByteArrayInputStream(encrypted), Cfb.decryptor(key))) {
            assertThat(in.skip(33_333)).isEqualTo(33_333);
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(plain, 33_333, plain.length));
        }
    }

    @Test
    void bouncyCastlesOwnOperatorsReadOurMessagesAndWeReadTheirs() throws Exception {
        byte[] data = bytes(1_000_003);
        byte[] ours = CryptoStreams.encrypt(data, SECRET);
        assertThat(decryptWithJce(ours)).isEqualTo(data);
        assertThat(CryptoStreams.decrypt(encryptWithJce(data), SECRET)).isEqualTo(data);
    }

    private static byte[] chunked(Cfb cfb, byte[] in, int maxCall, boolean inPlace) {
        byte[] out = inPlace ? in.clone() : new byte[in.length];
        byte[] src = inPlace ? out : in;
        int off = 0;
        while (off < in.length) {
            int n = Math.min(in.length - off, 1 + RANDOM.nextInt(maxCall));
            cfb.process(src, off, n, out, off);
            off += n;
        }
        return out;
    }

    private static byte[] jdkCfb(int mode, byte[] key, byte[] in) throws Exception {
        Cipher c = Cipher.getInstance("AES/CFB/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        return c.doFinal(in);
    }

    private static byte[] encryptWithJce(byte[] data) throws Exception {
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
            new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true));
        generator.addMethod(new JcePBEKeyEncryptionMethodGenerator(SECRET.toCharArray()));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream encrypted = generator.open(sink, new byte[4096]);
             OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY, "",
                 PGPLiteralData.NOW, new byte[4096])) {
            literal.write(data);
        }
        return sink.toByteArray();
    }

    private static byte[] decryptWithJce(byte[] message) throws Exception {
        PGPEncryptedDataList list = (PGPEncryptedDataList) new JcaPGPObjectFactory(message).nextObject();
        PGPPBEEncryptedData encrypted = (PGPPBEEncryptedData) list.get(0);
        InputStream clear = encrypted.getDataStream(new JcePBEDataDecryptorFactoryBuilder(PgpEncryption.digests())
            .build(SECRET.toCharArray()));
        PGPLiteralData literal = (PGPLiteralData) new JcaPGPObjectFactory(clear).nextObject();
        byte[] data = literal.getInputStream().readAllBytes();
        assertThat(encrypted.verify()).as("MDC").isTrue();
        return data;
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
