package io.pgbackup.compress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Test data and the system's gzip tools, run as real processes. */
final class TestStreams {
    private TestStreams() {
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Lines like pg_dump's COPY data: compressible, but not trivially. */
    static byte[] sqlText(int size, long seed) {
        Random r = new Random(seed);
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "paris", "lyon", "active",
            "pending", "cancelled", "invoice", "customer", "order", "shipped", "\\N"};
        StringBuilder sb = new StringBuilder(size + 200);
        long id = 1;
        while (sb.length() < size) {
            sb.append(id++).append('\t').append(words[r.nextInt(words.length)]).append(' ')
                .append(words[r.nextInt(words.length)]).append('\t').append(r.nextInt(1_000_000))
                .append('\t').append("2024-0").append(1 + r.nextInt(9)).append('-')
                .append(10 + r.nextInt(18)).append(' ').append(r.nextInt(24)).append(":00:00+00\t")
                .append(Long.toHexString(r.nextLong())).append('\n');
        }
        return sb.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command} with {@code stdin} as a file, returns its stdout; fails on a non-zero exit. */
    static byte[] run(Path stdin, List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("pgbackup-test", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectInput(stdin.toFile())
                .redirectError(err.toFile()).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " exited " + p.exitValue() + ": "
                    + Files.readString(err));
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** gunzip's view of {@code gz}: {@code gzip -t} passes and {@code gzip -dc} output. */
    static byte[] systemGunzip(byte[] gz, Path dir) {
        try {
            Path file = Files.write(dir.resolve("data.gz"), gz);
            run(file, List.of("gzip", "-t", file.toString()));
            return run(file, List.of("gzip", "-dc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] javaGunzip(byte[] gz) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    static byte[] gzipOurs(byte[] data, int level, int threads, int blockSize) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (ParallelGzipOutputStream gz = new ParallelGzipOutputStream(sink, level, threads, blockSize,
            () -> new java.util.zip.Deflater(level, true))) {
            gz.write(data);
        }
        return sink.toByteArray();
    }
}
