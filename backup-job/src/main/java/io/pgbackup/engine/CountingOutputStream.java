package io.pgbackup.engine;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/** Counts (and optionally SHA-256 digests) the bytes that pass; the count is readable from any thread. */
final class CountingOutputStream extends FilterOutputStream {
    private final AtomicLong count = new AtomicLong();
    private final MessageDigest digest;

    CountingOutputStream(OutputStream out, boolean sha256) {
        super(out);
        this.digest = sha256 ? Sha256.newDigest() : null;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count.incrementAndGet();
        if (digest != null) {
            digest.update((byte) b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count.addAndGet(len);
        if (digest != null) {
            digest.update(b, off, len);
        }
    }

    long count() {
        return count.get();
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
