package io.pgbackup.compress;

/**
 * Keeps the last 8 bytes of a gzip stream that passes by (CRC-32, then ISIZE: the input size
 * modulo 2^32) and turns ISIZE plus an approximate count of the input into its exact size.
 */
public final class GzipTrailer {
    private static final long MOD = 1L << 32;
    private final byte[] last = new byte[8];
    private int filled;

    /** Records {@code len} more bytes of the stream. */
    public void update(byte[] b, int off, int len) {
        if (len >= 8) {
            System.arraycopy(b, off + len - 8, last, 0, 8);
        } else {
            System.arraycopy(last, len, last, 0, 8 - len);
            System.arraycopy(b, off, last, 8 - len, len);
        }
        filled = Math.min(8, filled + len);
    }

    /** ISIZE: the uncompressed size modulo 2^32; -1 before 8 bytes were seen. */
    public long isize() {
        if (filled < 8) {
            return -1;
        }
        return (last[4] & 0xffL) | (last[5] & 0xffL) << 8 | (last[6] & 0xffL) << 16 | (last[7] & 0xffL) << 24;
    }

    /**
     * The one size that has this ISIZE and lies within 2 GiB of {@code approximate} (a count of the
     * input taken while it streamed, which may lag or slightly exceed the truth); {@code isize} alone
     * when no count is known ({@code approximate <= 0}).
     */
    public static long exactSize(long approximate, long isize) {
        if (approximate <= 0) {
            return isize;
        }
        long diff = isize - (approximate & (MOD - 1));
        if (diff >= MOD / 2) {
            diff -= MOD;
        } else if (diff < -MOD / 2) {
            diff += MOD;
        }
        long size = approximate + diff;
        return size < 0 ? size + MOD : size;
    }
}
