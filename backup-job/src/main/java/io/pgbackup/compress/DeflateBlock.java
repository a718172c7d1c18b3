package io.pgbackup.compress;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.zip.Deflater;

/**
 * One block of input and its raw-deflate output, reused from a pool. The input buffer holds up to
 * 32 KiB of preceding stream history (the dictionary) immediately before the block's data, so the
 * dictionary of the next block is always the last 32 KiB of one contiguous region.
 *
 * <p>Layout of {@link #in}: {@code [DICT - dictLen, DICT)} dictionary, {@code [DICT, DICT + len)} data.
 */
final class DeflateBlock {
    /** Deflate's window: the most history a dictionary can usefully hold. */
    static final int DICT = 32 * 1024;

    final byte[] in;
    byte[] out;
    int dictLen;
    int len;
    int outLen;
    /** The last block: compressed with FINISH, followed by the gzip trailer. */
    boolean last;
    /** Set by {@code flush()}: the writer flushes the sink after this block and counts down. */
    CountDownLatch flushed;
    /** Trailer values, valid on the last block only. */
    int crc;
    int isize;
    Future<?> compressed;

    DeflateBlock(int blockSize) {
        this.in = new byte[DICT + blockSize];
        // Incompressible data grows by 5 bytes per 16 KiB stored block at worst; grown if ever short.
        this.out = new byte[blockSize + blockSize / 64 + 1024];
    }

    int capacity() {
        return in.length - DICT;
    }

    /** Prepares this (free) block to follow {@code previous}: its tail becomes our dictionary. */
    void follow(DeflateBlock previous) {
        int available = previous.dictLen + previous.len;
        dictLen = Math.min(DICT, available);
        System.arraycopy(previous.in, DICT + previous.len - dictLen, in, DICT - dictLen, dictLen);
        len = 0;
        outLen = 0;
        last = false;
        flushed = null;
        compressed = null;
    }

    /** Raw-deflates the data with {@code deflater}, which is reset before and after. */
    void compress(Deflater deflater) {
        deflater.reset();
        try {
            if (dictLen > 0) {
                deflater.setDictionary(in, DICT - dictLen, dictLen);
            }
            deflater.setInput(in, DICT, len);
            outLen = 0;
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    ensureRoom();
                    outLen += deflater.deflate(out, outLen, out.length - outLen, Deflater.NO_FLUSH);
                }
            } else {
                // SYNC_FLUSH ends on a byte boundary with no final bit: blocks concatenate.
                do {
                    ensureRoom();
                    outLen += deflater.deflate(out, outLen, out.length - outLen, Deflater.SYNC_FLUSH);
                } while (outLen == out.length);
            }
        } finally {
            deflater.reset();
        }
    }

    private void ensureRoom() {
        if (outLen == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
    }
}
