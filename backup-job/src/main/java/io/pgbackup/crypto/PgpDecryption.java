package io.pgbackup.crypto;

import static io.pgbackup.crypto.PgpEncryption.corrupt;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PBEDataDecryptorFactory;

/** Opening side of {@link PgpEncryption#decrypt}: header, passphrase check, then the literal data. */
final class PgpDecryption {
    static final String WRONG = "the passphrase does not decrypt backup data";
    static final String WRONG_HINT = "check ENCRYPTION_KEY / --passphrase-file, or the Vault secret passphrase_s3_backup";
    static final String NOT_OPENPGP = "the backup is not an OpenPGP message encrypted with a passphrase";
    static final String NOT_PROTECTED = "the backup's OpenPGP data is not integrity protected";
    static final String DAMAGED = "the backup's OpenPGP data is truncated or was modified";

    private final SourceStream source;
    private final InputStream ciphertext;

    private PgpDecryption(InputStream in) {
        this.source = new SourceStream(in);
        this.ciphertext = new BufferedInputStream(source, PgpEncryption.BUFFER);
    }

    static InputStream open(InputStream in, Passphrase passphrase) throws IOException {
        return new PgpDecryption(in).open(passphrase);
    }

    private InputStream open(Passphrase passphrase) throws IOException {
        PGPPBEEncryptedData encrypted = passphraseEncryptedData();
        if (!encrypted.isIntegrityProtected()) {
            throw corrupt(NOT_PROTECTED, null);
        }
        InputStream clear = decryptedStream(encrypted, passphrase);
        return new VerifyingInputStream(literalData(clear), encrypted, ciphertext, source);
    }

    private PGPPBEEncryptedData passphraseEncryptedData() throws IOException {
        Object first = nextObject(new JcaPGPObjectFactory(ciphertext), NOT_OPENPGP);
        if (first instanceof PGPMarker) {
            first = nextObject(new JcaPGPObjectFactory(ciphertext), NOT_OPENPGP);
        }
        if (first instanceof PGPEncryptedDataList) {
            for (PGPEncryptedData data : (PGPEncryptedDataList) first) {
                if (data instanceof PGPPBEEncryptedData) {
                    return (PGPPBEEncryptedData) data;
                }
            }
        }
        throw corrupt(NOT_OPENPGP, null);
    }

    private InputStream decryptedStream(PGPPBEEncryptedData encrypted, Passphrase passphrase)
            throws IOException {
        PBEDataDecryptorFactory keys = CfbOperators.decryptor(passphrase, PgpEncryption.digests());
        try {
            return encrypted.getDataStream(keys);
        } catch (PGPException | RuntimeException e) {
            source.rethrowIfFromSource(e);
            if (causedBy(e, EOFException.class)) {
                throw corrupt(DAMAGED, e);
            }
            // The quick check failed, or (for a message with an encrypted session key) the key that a
            // wrong passphrase decrypts names no usable cipher: both mean a wrong passphrase.
            throw new PgBackupException(ExitCode.WRONG_PASSPHRASE, WRONG, WRONG_HINT);
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** The literal data inside the decrypted stream, through one compressed packet if GnuPG made one. */
    private InputStream literalData(InputStream clear) throws IOException {
        Object content = nextObject(new JcaPGPObjectFactory(clear), DAMAGED);
        if (content instanceof PGPCompressedData) {
            try {
                content = nextObject(new JcaPGPObjectFactory(((PGPCompressedData) content).getDataStream()), DAMAGED);
            } catch (PGPException e) {
                throw corrupt(DAMAGED, e);
            }
        }
        if (!(content instanceof PGPLiteralData)) {
            throw corrupt(DAMAGED, null);
        }
        return ((PGPLiteralData) content).getInputStream();
    }

    private Object nextObject(JcaPGPObjectFactory factory, String message) throws IOException {
        try {
            return factory.nextObject();
        } catch (IOException | RuntimeException e) {
            source.rethrowIfFromSource(e);
            throw corrupt(message, e);
        }
    }
}
