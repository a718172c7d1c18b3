package io.pgbackup.restore;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, newline included, as views into one buffer (valid until the next call):
 * a plain dump is cut at line ends without decoding its rows. The buffer grows to hold the longest line.
 */
final class LineInput {
    private final InputStream in;
    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int end;
    private int start;
    private int lineEnd;
    private long total;

    LineInput(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        start = pos;
        int scan = pos;
        for (;;) {
            for (int i = scan; i < end; i++) {
                if (buf[i] == '\n') {
                    return found(i + 1);
                }
            }
            scan = end - start;
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                return end > start && found(end);
            }
            end += n;
        }
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
