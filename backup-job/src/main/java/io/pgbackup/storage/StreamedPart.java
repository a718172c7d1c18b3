package io.pgbackup.storage;

import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Future;

/**
 * One part sent while it is written: an UploadPart request whose full length was declared when it
 * started, reading from a {@link PartPipe} that the writer feeds. Once fed {@code size} bytes the
 * pipe ends and the request completes; a stream that ends earlier is padded with zeros.
 */
final class StreamedPart {
    private final long size;
    private final PartPipe pipe;
    private final Future<CompletedPart> result;
    private long fed;

    StreamedPart(long size, PartPipe pipe, Future<CompletedPart> result) {
        this.size = size;
        this.pipe = pipe;
        this.result = result;
    }

    /** Feeds as much of {@code b[off..off+len)} as the part still takes; returns how many bytes. */
    int feed(byte[] b, int off, int len) throws InterruptedException {
        int n = (int) Math.min(len, size - fed);
        pipe.write(b, off, n);
        fed += n;
        if (fed == size) {
            pipe.finish();
        }
        return n;
    }

    /** Feeds all of {@code in}, which must fit in the part. */
    void feed(InputStream in) throws InterruptedException {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (feed(buffer, 0, n) != n) {
                    throw new IllegalStateException("the bytes do not fit in the streamed part");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isFull() {
        return fed == size;
    }

    /** Fills the rest of the part with zeros so the request completes; returns how many. */
    long pad() throws InterruptedException {
        long padding = size - fed;
        pipe.writeZeros(padding);
        fed = size;
        pipe.finish();
        return padding;
    }

    Future<CompletedPart> result() {
        return result;
    }

    /** The writer gives up: the request fails at its next read and the pipe is no longer counted. */
    void cancel() {
        pipe.cancel();
        pipe.release();
    }
}
