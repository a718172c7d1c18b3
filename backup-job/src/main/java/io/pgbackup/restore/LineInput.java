package io.pgbackup.restore;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The lines of a byte stream, newline included, as views into one buffer (valid until the next call):
 * a plain dump is cut at line ends without decoding its rows. The buffer grows to hold the longest line.
 */
final class LineInput {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int end;
    private int start;
    private int lineEnd;
    private long total;
    private boolean endOfRows;
    private int rowLength;

    /** The stream ended inside the rows of a COPY block (whatever fed it stopped early). */
    static final class Truncated extends IOException {
        Truncated() {
            super("the dump ends inside the rows of a COPY block");
        }
    }

    LineInput(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        start = pos;
        int scanned = 0;
        for (;;) {
            int nl = newline(buf, start + scanned, end);
            if (nl >= 0) {
                return found(nl + 1);
            }
            scanned = end - start;
            boolean more = fill();
            start = pos;
            if (!more) {
                return end > start && found(end);
            }
        }
    }

    /**
     * Copies whole rows of a COPY block into {@code dst} from {@code off}, up to its end or to the
     * block's {@code \\.} line (consumed; then {@link #endOfRows()}); returns the new offset. When the
     * next row alone is longer than {@code dst}, copies nothing and {@link #rowLength()} says how long.
     */
    int rows(byte[] dst, int off) throws IOException {
        endOfRows = false;
        rowLength = 0;
        for (;;) {
            int i = pos;
            for (int nl; (nl = newline(buf, i, end)) >= 0; i = nl + 1) {
                if (nl == i + 2 && buf[i] == '\\' && buf[i + 1] == '.') {
                    endOfRows = true;
                    int n = take(dst, off, i);
                    pos = nl + 1;
                    total += 3;
                    return n;
                }
                if (off + (nl + 1 - pos) > dst.length) {
                    if (i == pos && off == 0) {
                        rowLength = nl + 1 - i;
                    }
                    return take(dst, off, i);
                }
            }
            off = take(dst, off, i);
            if (!fill()) {
                throw new Truncated();
            }
        }
    }

    boolean endOfRows() {
        return endOfRows;
    }

    int rowLength() {
        return rowLength;
    }

    /** Moves {@code [pos, to)} into {@code dst} at {@code off}. */
    private int take(byte[] dst, int off, int to) {
        int n = to - pos;
        System.arraycopy(buf, pos, dst, off, n);
        pos = to;
        total += n;
        return off + n;
    }

    /** Reads more after {@code pos} (keeping it), growing the buffer when it is full; false at the end. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n > 0) {
            end += n;
        }
        return n >= 0;
    }

    /** The index of the first {@code '\n'} in {@code b[from, to)}, or -1: eight bytes at a time. */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean found(int to) {
        lineEnd = to;
        pos = to;
        total += to - start;
        return true;
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int length() {
        return lineEnd - start;
    }

    /** Bytes of all the lines read so far. */
    long total() {
        return total;
    }

    boolean is(byte[] exact) {
        return Arrays.equals(buf, start, lineEnd, exact, 0, exact.length);
    }

    boolean startsWith(byte[] prefix) {
        return length() >= prefix.length && Arrays.equals(buf, start, start + prefix.length, prefix, 0, prefix.length);
    }

    byte[] copy() {
        return Arrays.copyOfRange(buf, start, lineEnd);
    }

    String text() {
        return new String(buf, start, length(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
