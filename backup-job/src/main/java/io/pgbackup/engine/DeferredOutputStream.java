package io.pgbackup.engine;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream made on its first write (or at close, if nothing was written): the backup's
 * OpenPGP stream, whose header needs the key, is opened only when the first gzip bytes are ready.
 */
final class DeferredOutputStream extends OutputStream {
    interface Opener {
        OutputStream open() throws IOException;
    }

    private final Opener opener;
    private OutputStream out;

    DeferredOutputStream(Opener opener) {
        this.opener = opener;
    }

    private OutputStream out() throws IOException {
        if (out == null) {
            out = opener.open();
        }
        return out;
    }

    @Override
    public void write(int b) throws IOException {
        out().write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out().write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        out().close();
    }
}
