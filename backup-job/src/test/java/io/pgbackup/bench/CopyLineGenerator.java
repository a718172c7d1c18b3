package io.pgbackup.bench;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic, fast pg_dump-like COPY data ({@code id \t uuid \t name \t email \t amount \t
 * timestamp \t status \t comment}), made a buffer at a time so that gigabytes cost no memory.
 * Its gzip ratio (about 3× at level 6) is in the range of real table data: ids and timestamps
 * compress well, hex uuids and free text less so.
 */
final class CopyLineGenerator {
    private static final byte[][] WORDS = words();
    private static final byte[][] STATUS = bytes("active", "pending", "shipped", "cancelled", "refunded");
    private static final byte[][] DOMAINS = bytes("example.com", "mail.example.org", "corp.example.net");
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE = 400;

    private long state;
    private long id;
    private long seconds = 1_704_067_200L; // 2024-01-01
    private final byte[] line = new byte[MAX_LINE];

    CopyLineGenerator(long seed) {
        this.state = seed * 0x9E3779B97F4A7C15L + 1;
    }

    /** Fills {@code buf} with whole lines; returns how many bytes it wrote (at most buf.length). */
    int fill(byte[] buf) {
        int pos = 0;
        while (true) {
            int n = nextLine();
            if (pos + n > buf.length) {
                return pos;
            }
            System.arraycopy(line, 0, buf, pos, n);
            pos += n;
        }
    }

    private long next() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return state;
    }

    private int nextLine() {
        int p = 0;
        p = number(++id, p);
        line[p++] = '\t';
        long r = next();
        for (int i = 0; i < 32; i++) {
            line[p++] = HEX[(int) (((i < 16 ? r : state * 31) >>> (4 * (i & 15))) & 15)];
        }
        line[p++] = '\t';
        byte[] first = word();
        byte[] last = word();
        p = put(first, p);
        line[p++] = ' ';
        p = put(last, p);
        line[p++] = '\t';
        p = put(first, p);
        line[p++] = '.';
        p = put(last, p);
        line[p++] = '@';
        p = put(DOMAINS[(int) ((next() >>> 33) % DOMAINS.length)], p);
        line[p++] = '\t';
        long amount = (next() >>> 40) % 1_000_000;
        p = number(amount / 100, p);
        line[p++] = '.';
        line[p++] = (byte) ('0' + amount / 10 % 10);
        line[p++] = (byte) ('0' + amount % 10);
        line[p++] = '\t';
        seconds += (next() >>> 58);
        p = number(seconds, p);
        line[p++] = '\t';
        p = put(STATUS[(int) ((next() >>> 33) % STATUS.length)], p);
        line[p++] = '\t';
        int words = 3 + (int) ((next() >>> 60) & 7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                line[p++] = ' ';
            }
            p = put(word(), p);
        }
        line[p++] = '\n';
        return p;
    }

    private byte[] word() {
        return WORDS[(int) ((next() >>> 32) & (WORDS.length - 1))];
    }

    private int put(byte[] b, int p) {
        System.arraycopy(b, 0, line, p, b.length);
        return p + b.length;
    }

    private int number(long v, int p) {
        int start = p;
        do {
            line[p++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = p - 1; i < j; i++, j--) {
            byte t = line[i];
            line[i] = line[j];
            line[j] = t;
        }
        return p;
    }

    private static byte[][] words() {
        String[] syllables = {"ka", "lo", "mi", "ne", "ro", "ta", "vu", "ze", "pa", "si", "do", "gre",
            "bri", "mon", "tal", "ver"};
        byte[][] words = new byte[1024][];
        for (int i = 0; i < words.length; i++) {
            String w = syllables[i & 15] + syllables[(i >> 4) & 15] + (i >= 256 ? syllables[(i >> 8) & 15] : "");
            words[i] = w.getBytes(StandardCharsets.US_ASCII);
        }
        return words;
    }

    private static byte[][] bytes(String... values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
