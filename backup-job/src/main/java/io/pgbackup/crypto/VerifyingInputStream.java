package io.pgbackup.crypto;

import static io.pgbackup.crypto.PgpEncryption.corrupt;

import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;

import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPException;

/**
 * The literal data of a decrypted message. At the end of the data, before returning -1, it checks
 * the MDC and that nothing follows the message; either failing, or the data ending early, throws
 * {@code PgBackupException(BACKUP_CORRUPT)}. Failures of the ciphertext source pass through as they are.
 */
final class VerifyingInputStream extends InputStream {
    private final InputStream literal;
    private final PGPEncryptedData encrypted;
    private final InputStream ciphertext;
    private final SourceStream source;
    private final byte[] one = new byte[1];
    private boolean verified;
    private boolean closed;

    VerifyingInputStream(InputStream literal, PGPEncryptedData encrypted, InputStream ciphertext,
                         SourceStream source) {
        this.literal = literal;
        this.encrypted = encrypted;
        this.ciphertext = ciphertext;
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int n;
        do {
            n = read(one, 0, 1);
        } while (n == 0);
        return n == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("the decryption stream is closed");
        }
        if (verified) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        int n;
        try {
            n = literal.read(b, off, len);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
        if (n == -1) {
            verifyEnd();
            return -1;
        }
        return n;
    }

    private void verifyEnd() throws IOException {
        boolean intact;
        try {
            intact = encrypted.verify();
        } catch (IOException | PGPException | RuntimeException e) {
            throw failure(e);
        }
        if (!intact) {
            throw corrupt(PgpDecryption.DAMAGED, null);
        }
        int trailing;
        try {
            trailing = ciphertext.read();
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
        if (trailing != -1) {
            throw corrupt("the backup has data after the end of its OpenPGP message", null);
        }
        verified = true;
    }

    private PgBackupException failure(Exception e) throws IOException {
        source.rethrowIfFromSource(e);
        if (e instanceof PgBackupException) {
            return (PgBackupException) e;
        }
        return corrupt(PgpDecryption.DAMAGED, e);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        source.close();
    }
}
