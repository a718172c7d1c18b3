package io.pgbackup.crypto;

import java.io.IOException;
import java.io.OutputStream;

import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;

/** The stream {@link PgpEncryption#encrypt} returns: closing it ends every packet, then {@code out}. */
final class EncryptingStream extends OutputStream {
    private final OutputStream data;
    private final PGPLiteralDataGenerator literal;
    private final PGPEncryptedDataGenerator encrypted;
    private final OutputStream out;
    private boolean closed;

    EncryptingStream(OutputStream data, PGPLiteralDataGenerator literal,
                     PGPEncryptedDataGenerator encrypted, OutputStream out) {
        this.data = data;
        this.literal = literal;
        this.encrypted = encrypted;
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        data.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        data.write(b, off, len);
    }

    /** Flushes {@code out}; the partial-length packet keeps up to 64 KiB buffered until close. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            literal.close();
            encrypted.close();
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the encryption stream is closed");
        }
    }
}
