package io.pgbackup.crypto;

import static io.pgbackup.crypto.CryptoStreams.SECRET;
import static io.pgbackup.crypto.CryptoStreams.decrypt;
import static io.pgbackup.crypto.CryptoStreams.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;

import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.junit.jupiter.api.Test;

/** Messages made by other OpenPGP writers (BouncyCastle's own engine here, GnuPG in GnuPgInteropTest). */
class ForeignMessagesTest {
    private static final byte[] PLAIN = text(100_000);
    /** A low S2K count keeps 40 wrong-passphrase attempts fast; the passphrase logic is the same. */
    private static final int FAST_S2K = 0x10;

    private static byte[] message(boolean integrity, boolean sessionKey) throws IOException, PGPException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
            new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(integrity)
                .setSecureRandom(new SecureRandom()));
        generator.setForceSessionKey(sessionKey);
        generator.addMethod(new BcPBEKeyEncryptionMethodGenerator(SECRET.toCharArray(),
            new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), FAST_S2K));
        try (OutputStream enc = generator.open(sink, new byte[4096]);
             OutputStream lit = new PGPLiteralDataGenerator().open(enc, PGPLiteralData.BINARY, "x",
                 PGPLiteralData.NOW, new byte[4096])) {
            lit.write(PLAIN);
        }
        return sink.toByteArray();
    }

    @Test
    void readsMessagesWithAndWithoutAnEncryptedSessionKey() throws Exception {
        assertThat(decrypt(message(true, true), SECRET)).isEqualTo(PLAIN);
        assertThat(decrypt(message(true, false), SECRET)).isEqualTo(PLAIN);
    }

    @Test
    void everyWrongPassphraseIsWrongPassphraseForBothKindsOfMessage() throws Exception {
        for (boolean sessionKey : new boolean[] {true, false}) {
            byte[] message = message(true, sessionKey);
            for (int i = 0; i < 40; i++) {
                String wrong = "wrong-" + i;
                assertThatThrownBy(() -> decrypt(message, wrong)).as("session key %s, %s", sessionKey, wrong)
                    .isInstanceOfSatisfying(PgBackupException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.WRONG_PASSPHRASE));
            }
        }
    }

    @Test
    void aMessageWithoutIntegrityProtectionIsRefused() throws Exception {
        byte[] unprotected = message(false, false);
        assertThatThrownBy(() -> decrypt(unprotected, SECRET)).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.BACKUP_CORRUPT);
            assertThat(e.getMessage()).isEqualTo("the backup's OpenPGP data is not integrity protected");
        });
    }
}
