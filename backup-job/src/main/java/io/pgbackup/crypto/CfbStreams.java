package io.pgbackup.crypto;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** {@link Cfb} as streams: what BouncyCastle's OpenPGP layer writes to and reads from. */
final class CfbStreams {
    private CfbStreams() {
    }

    /** Encrypts what is written into {@code out}; {@code close()} closes {@code out}. */
    static OutputStream encrypting(OutputStream out, Cfb cfb) {
        return new Encrypting(out, cfb);
    }

    /** Decrypts what is read from {@code in}. */
    static InputStream decrypting(InputStream in, Cfb cfb) {
        return new Decrypting(in, cfb);
    }

    private static final class Encrypting extends FilterOutputStream {
        private final Cfb cfb;
        private final byte[] buf = new byte[64 * 1024];

        Encrypting(OutputStream out, Cfb cfb) {
            super(out);
            this.cfb = cfb;
        }

        @Override
        public void write(int b) throws IOException {
            buf[0] = (byte) b;
            cfb.process(buf, 0, 1, buf, 0);
            out.write(buf, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, buf.length);
                cfb.process(b, off, n, buf, 0);
                out.write(buf, 0, n);
                off += n;
                len -= n;
            }
        }
    }

    private static final class Decrypting extends FilterInputStream {
        private final Cfb cfb;
        private final byte[] one = new byte[1];

        Decrypting(InputStream in, Cfb cfb) {
            super(in);
            this.cfb = cfb;
        }

        @Override
        public int read() throws IOException {
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                cfb.process(b, off, n, b, off);
            }
            return n;
        }

        /** Skipped bytes must still pass through the cipher: its state depends on every byte. */
        @Override
        public long skip(long n) throws IOException {
            byte[] scratch = new byte[(int) Math.min(n, 8192)];
            long skipped = 0;
            while (skipped < n) {
                int r = read(scratch, 0, (int) Math.min(n - skipped, scratch.length));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readlimit) {
            // not supported: the cipher cannot rewind
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }
    }
}
