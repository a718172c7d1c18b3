package io.pgbackup.crypto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The ciphertext source, remembering what it threw, so that a failure of the store (a network
 * error, the store's own PgBackupException) is passed on as it is instead of being reported as a
 * corrupt backup when it comes back out of BouncyCastle's parser.
 */
final class SourceStream extends FilterInputStream {
    private volatile Throwable failure;

    SourceStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return in.read();
        } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (IOException | RuntimeException e) {
            failure = e;
            throw e;
        }
    }

    /** Rethrows the source's own failure if {@code t} is it or was caused by it; else returns. */
    void rethrowIfFromSource(Throwable t) throws IOException {
        Throwable own = failure;
        if (own == null) {
            return;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c == own) {
                if (own instanceof IOException) {
                    throw (IOException) own;
                }
                throw (RuntimeException) own;
            }
        }
    }
}
