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
     *
     * <p>After the gzip trailer, and before returning -1, it reads {@code in} to its end: a source
     * that authenticates at its end ({@code PgpEncryption.decrypt} checks the MDC there) gets to
     * throw before the consumer sees the end of the data. ({@link GZIPInputStream} alone stops at
     * the trailer and would never read the source's end.)
     */
    public static InputStream decompressing(InputStream in) throws IOException {
        try {
            return new Checked(new GZIPInputStream(in, BUFFER), in);
        } catch (ZipException | EOFException e) {
            throw corrupt(e);
        }
    }

    /** {@code data} as one whole gzip member, to put before or after another member in a stream. */
    public static byte[] member(byte[] data) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The error of a gzip stream that an external tool ({@code igzip -d}) found corrupt. */
    public static PgBackupException corrupt(String toolSaid) {
        return new PgBackupException(ExitCode.BACKUP_CORRUPT, CORRUPT + (toolSaid.isEmpty() ? "" : ": " + toolSaid), HINTS);
    }

    private static PgBackupException corrupt(IOException cause) {
        return new PgBackupException(ExitCode.BACKUP_CORRUPT, CORRUPT, cause, HINTS);
    }

    /** Turns the gzip stream's format errors into BACKUP_CORRUPT, and reads the source to its end. */
    private static final class Checked extends FilterInputStream {
        private final InputStream source;
        private final byte[] one = new byte[1];
        private boolean drained;

        Checked(GZIPInputStream gzip, InputStream source) {
            super(gzip);
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
            int n;
            try {
                n = in.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw corrupt(e);
            }
            if (n == -1) {
                drainSource();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(n, 1))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
                if (r == -1) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        /** Bytes after the gzip member were already ignored by GZIPInputStream; this only reaches EOF. */
        private void drainSource() throws IOException {
            if (drained) {
                return;
            }
            byte[] buf = new byte[BUFFER];
            while (source.read(buf) != -1) {
                // discard: the source checks what it must at its end
            }
            drained = true;
        }
    }
}
