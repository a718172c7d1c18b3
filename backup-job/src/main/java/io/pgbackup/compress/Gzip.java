package io.pgbackup.compress;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reading side of the gzip stage. */
public final class Gzip {
    static final int BUFFER = 64 * 1024;
    static final String CORRUPT = "the backup's gzip stream is corrupt or truncated";
    static final String[] HINTS = {
        "the backup object was damaged or cut short in the store: restore an earlier backup"
    };

    private Gzip() {
    }

    /**
     * Returns the decompressed content of the gzip stream {@code in} (read through a 64 KiB buffer).
     * Invalid or truncated gzip data, including a CRC or length mismatch at the end, is thrown as
     * {@code PgBackupException(BACKUP_CORRUPT)} by this method (bad header) or by {@code read}; other
     * I/O errors of {@code in}, and its runtime exceptions, pass through unchanged.
     */
    public static InputStream decompressing(InputStream in) throws IOException {
        try {
            return new Checked(new GZIPInputStream(in, BUFFER));
        } catch (ZipException | EOFException e) {
            throw corrupt(e);
        }
    }

    private static PgBackupException corrupt(IOException cause) {
        return new PgBackupException(ExitCode.BACKUP_CORRUPT, CORRUPT, cause, HINTS);
    }

    /** Turns the gzip stream's format errors into BACKUP_CORRUPT. */
    private static final class Checked extends FilterInputStream {
        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
        }
    }
}
