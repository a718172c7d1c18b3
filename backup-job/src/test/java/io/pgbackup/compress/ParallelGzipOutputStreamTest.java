package io.pgbackup.compress;

import static io.pgbackup.compress.TestStreams.gzipOurs;
import static io.pgbackup.compress.TestStreams.javaGunzip;
import static io.pgbackup.compress.TestStreams.random;
import static io.pgbackup.compress.TestStreams.sha256;
import static io.pgbackup.compress.TestStreams.sqlText;
import static io.pgbackup.compress.TestStreams.systemGunzip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelGzipOutputStreamTest {
    private static final int BLOCK = ParallelGzipOutputStream.DEFAULT_BLOCK_SIZE;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 2, 1000, 32 * 1024, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK, 5 * BLOCK + 7})
    void roundTripsThroughJavaAndSystemGunzip(int size) throws IOException {
        for (byte[] data : new byte[][] {sqlText(size, size), random(size, size)}) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            try (ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, 6, 2)) {
                gz.write(data);
            }
            byte[] compressed = sink.toByteArray();
            assertThat(javaGunzip(compressed)).isEqualTo(data);
            assertThat(systemGunzip(compressed, dir)).isEqualTo(data);
        }
    }

    @Test
    void multiMegabyteRandomAndTextRoundTripAtEveryLevelAndThreadCount() throws IOException {
        byte[] text = sqlText(6 * 1024 * 1024 + 123, 42);
        byte[] noise = random(3 * 1024 * 1024 + 5, 43);
        for (int level : new int[] {0, 1, 6, 9, -1}) {
            for (int threads : new int[] {1, 2, 3}) {
                assertThat(javaGunzip(gzipOurs(text, level, threads, BLOCK))).isEqualTo(text);
            }
        }
        byte[] gzNoise = gzipOurs(noise, 6, 2, BLOCK);
        assertThat(sha256(systemGunzip(gzNoise, dir))).isEqualTo(sha256(noise));
        assertThat(gzNoise.length).isLessThan(noise.length + noise.length / 100);
        byte[] gzText = gzipOurs(text, 6, 2, BLOCK);
        assertThat(sha256(systemGunzip(gzText, dir))).isEqualTo(sha256(text));
    }

    @Test
    void blocksSmallerThanTheWindowStillChainTheirDictionaries() throws IOException {
        byte[] text = sqlText(400_000, 7);
        byte[] oneByteBlocks = sqlText(3000, 8);
        assertThat(javaGunzip(gzipOurs(oneByteBlocks, 6, 2, 1))).isEqualTo(oneByteBlocks);
        for (int blockSize : new int[] {100, 4096, 40_000}) {
            byte[] gz = gzipOurs(text, 6, 2, blockSize);
            assertThat(javaGunzip(gz)).as("block size %d", blockSize).isEqualTo(text);
        }
        assertThat(systemGunzip(gzipOurs(text, 6, 3, 1000), dir)).isEqualTo(text);
    }

    @Test
    void ratioStaysWithinOnePercentOfSingleThreadedGzipThanksToTheDictionary() throws IOException {
        byte[] text = sqlText(8 * 1024 * 1024, 11);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(plain, 65536)) {
            gz.write(text);
        }
        int ours = gzipOurs(text, Deflater.DEFAULT_COMPRESSION, 2, BLOCK).length;
        int withoutDictionary = gzipWithoutDictionary(text);
        assertThat((double) ours / plain.size()).isLessThan(1.01);
        assertThat(withoutDictionary).isGreaterThan(ours);
    }

    @Test
    void byteByByteWritesAndWriteAfterCloseFails() throws IOException {
        byte[] text = sqlText(300_000, 3);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, 1, 2, 50_000,
            () -> new Deflater(1, true));
        for (byte b : text) {
            gz.write(b);
        }
        gz.close();
        gz.close();
        assertThat(javaGunzip(sink.toByteArray())).isEqualTo(text);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gz.write(1))
            .isInstanceOf(IOException.class).hasMessage("the gzip stream is closed");
    }

    @Test
    void flushMakesEverythingWrittenSoFarDecodableBeforeClose() throws Exception {
        byte[] first = sqlText(200_000, 5);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, 6, 2)) {
            gz.write(first);
            gz.flush();
            byte[] soFar = sink.toByteArray();
            Inflater inflater = new Inflater(true);
            inflater.setInput(soFar, 10, soFar.length - 10);
            byte[] out = new byte[first.length + 10];
            int n = inflater.inflate(out);
            inflater.end();
            assertThat(Arrays.copyOf(out, n)).isEqualTo(first);
            gz.write(first);
        }
        byte[] both = new byte[2 * first.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(first, 0, both, first.length, first.length);
        assertThat(systemGunzip(sink.toByteArray(), dir)).isEqualTo(both);
    }

    @Test
    void writesTheHeaderFieldsGzipExpects() throws IOException {
        byte[] gz = gzipOurs(new byte[0], 9, 1, BLOCK);
        assertThat(Arrays.copyOf(gz, 10)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff);
        assertThat(gz).hasSize(10 + 2 + 8);
    }

    /** The same blocks compressed independently: shows what the dictionary buys. */
    private static int gzipWithoutDictionary(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        byte[] buf = new byte[2 * BLOCK];
        int total = 18;
        for (int off = 0; off < data.length; off += BLOCK) {
            d.reset();
            d.setInput(data, off, Math.min(BLOCK, data.length - off));
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                total += n;
            } while (n == buf.length);
        }
        d.end();
        return total;
    }
}
