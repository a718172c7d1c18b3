package io.pgbackup.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {
    @Test
    void deliversEveryByteInOrder() throws IOException {
        byte[] data = new byte[1_000_003];
        new Random(3).nextBytes(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReadAhead in = new ReadAhead(new TrickleStream(new ByteArrayInputStream(data)), 4096, 3)) {
            for (ReadAhead.Chunk c = in.next(); c != null; c = in.next()) {
                out.write(c.bytes(), 0, c.length());
                in.recycle(c);
            }
            assertThat(in.next()).as("the end stays the end").isNull();
        }
        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @Test
    void readsNoMoreThanItsChunksAheadOfTheConsumer() throws Exception {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read.addAndGet(len);
                return len;
            }
        };
        try (ReadAhead in = new ReadAhead(endless, 1000, 4)) {
            ReadAhead.Chunk first = in.next();
            Thread.sleep(300);
            assertThat(read.get()).isLessThanOrEqualTo(4 * 1000);
            in.recycle(first);
            Thread.sleep(300);
            assertThat(read.get()).isLessThanOrEqualTo(5 * 1000);
        }
    }

    @Test
    void aReadErrorIsThrownByNextAfterTheBytesBeforeIt() throws IOException {
        InputStream failing = new InputStream() {
            private int left = 2500;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 1;
                }
                throw new IOException("pipe broken");
            }
        };
        try (ReadAhead in = new ReadAhead(failing, 1000, 2)) {
            long got = 0;
            IOException thrown = null;
            try {
                for (ReadAhead.Chunk c = in.next(); c != null; c = in.next()) {
                    got += c.length();
                    in.recycle(c);
                }
            } catch (IOException e) {
                thrown = e;
            }
            assertThat(got).isEqualTo(2500);
            assertThat(thrown).isNotNull().hasMessage("pipe broken");
            assertThatThrownBy(in::next).as("and again").isInstanceOf(IOException.class);
        }
    }

    /** Returns at most 700 bytes per read, like a pipe. */
    private static final class TrickleStream extends InputStream {
        private final InputStream in;

        TrickleStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, Math.min(len, 700));
        }
    }
}
