package io.pgbackup.compress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class GzipTrailerTest {
    private static final long GIB4 = 1L << 32;

    @Test
    void isizeIsTheInputSizeWhateverTheChunking() throws IOException {
        byte[] input = new byte[123_457];
        new Random(7).nextBytes(input);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(input);
        }
        byte[] bytes = gz.toByteArray();
        Random r = new Random(11);
        for (int round = 0; round < 50; round++) {
            GzipTrailer t = new GzipTrailer();
            int off = 0;
            while (off < bytes.length) {
                int n = Math.min(bytes.length - off, r.nextInt(round % 2 == 0 ? 12 : 5000) + 1);
                t.update(bytes, off, n);
                off += n;
            }
            assertThat(t.isize()).isEqualTo(input.length);
        }
    }

    @Test
    void noTrailerBeforeEightBytes() {
        GzipTrailer t = new GzipTrailer();
        t.update(new byte[7], 0, 7);
        assertThat(t.isize()).isEqualTo(-1);
    }

    @Test
    void exactSizeBeyondFourGibFromALaggingOrSlightlyHighCount() {
        long size = 5 * GIB4 + 123_456_789L;
        long isize = size % GIB4;
        assertThat(GzipTrailer.exactSize(size - 1_500_000_000L, isize)).isEqualTo(size);
        assertThat(GzipTrailer.exactSize(size - 3, isize)).isEqualTo(size);
        assertThat(GzipTrailer.exactSize(size + 40_000, isize)).isEqualTo(size);
        assertThat(GzipTrailer.exactSize(size, isize)).isEqualTo(size);
    }

    @Test
    void exactSizeOfSmallInputs() {
        assertThat(GzipTrailer.exactSize(0, 1234)).isEqualTo(1234);
        assertThat(GzipTrailer.exactSize(-1, 1234)).isEqualTo(1234);
        assertThat(GzipTrailer.exactSize(1000, 1234)).isEqualTo(1234);
        assertThat(GzipTrailer.exactSize(5000, 1234)).isEqualTo(1234);
        assertThat(GzipTrailer.exactSize(3_000_000_000L, 3_100_000_000L)).isEqualTo(3_100_000_000L);
    }
}
