package io.pgbackup.bench;

import static io.pgbackup.bench.BenchStages.feed;
import static io.pgbackup.bench.BenchStages.processCpuSeconds;

import io.pgbackup.bench.BenchStages.CountingSink;
import io.pgbackup.bench.BenchStages.CrcSink;
import io.pgbackup.bench.BenchStages.Pigz;
import io.pgbackup.compress.Gzip;
import io.pgbackup.compress.ParallelGzipOutputStream;
import io.pgbackup.crypto.Passphrase;
import io.pgbackup.crypto.PgpEncryption;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Throughput of the backup's streaming stages on generated pg_dump-like COPY data, all in one run so
 * the figures compare. Not a test. The input is first written to a temporary file (or is a file
 * given, e.g. a real pg_dump output); every stage then streams it from the page cache, and pigz
 * reads it directly on its stdin. Run from the repository root after {@code mvn -pl backup-job
 * test-compile}:
 * <pre>
 * java -Xmx192m -cp backup-job/target/classes:backup-job/target/test-classes:$(cat cp.txt) \
 *     io.pgbackup.bench.StreamBench [megabytes=500 | a file, e.g. a real pg_dump output] [threads=2] [levels=1,6]
 * </pre>
 * MB/s is input (uncompressed) megabytes per wall-clock second; CPU is the JVM's (plus pigz's) CPU
 * seconds, reading the input included (see the baseline row for that cost).
 */
public final class StreamBench {
    private static final Passphrase PASSPHRASE = Passphrase.fromEnv("bench passphrase, not a secret");
    private final long total;
    private final int threads;
    private final int[] levels;
    private final Map<String, Long> sizes = new HashMap<>();
    private final Map<String, Double> speeds = new HashMap<>();

    private StreamBench(long total, int threads, int[] levels) {
        this.total = total;
        this.threads = threads;
        this.levels = levels;
    }

    public static void main(String[] args) throws Exception {
        Path generated = null;
        if (args.length > 0 && !args[0].matches("\\d+")) {
            BenchStages.source = Path.of(args[0]);
        } else {
            long bytes = args.length > 0 ? Long.parseLong(args[0]) * 1_000_000 : 500_000_000L;
            generated = Files.createTempFile("streambench", ".copy");
            BenchStages.generate(generated, bytes);
            BenchStages.source = generated;
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int[] levels = java.util.Arrays.stream((args.length > 2 ? args[2] : "1,6").split(","))
            .mapToInt(Integer::parseInt).toArray();
        try {
            new StreamBench(Files.size(BenchStages.source), threads, levels).runAll();
        } finally {
            if (generated != null) {
                Files.delete(generated);
            }
        }
    }

    private interface Stage {
        OutputStream open(OutputStream sink) throws IOException;
    }

    private void runAll() throws Exception {
        System.out.printf(Locale.ROOT, "input: %s MB of %s, %d threads, %d processors, max heap %s MB%n",
            BenchStages.mb(total), BenchStages.source, threads, Runtime.getRuntime().availableProcessors(),
            BenchStages.mb(Runtime.getRuntime().maxMemory()));
        System.out.printf(Locale.ROOT, "%-34s %9s %8s %10s %7s%n", "stage", "MB/s", "CPU s", "out MB", "ratio");
        CrcSink crc = new CrcSink();
        measure("a. read + CRC-32 (baseline)", sink -> crc, false);
        measure("   java GZIPOutputStream -6, 1 thr", sink -> new java.util.zip.GZIPOutputStream(sink, 65536), true);
        for (int level : levels) {
            measure("b. ours -" + level + ", " + threads + " threads", sink -> new ParallelGzipOutputStream(sink, level, threads), true);
            pigz(level);
        }
        Path dir = Files.createTempDirectory("streambench");
        try {
            for (int level : levels) {
                Path file = dir.resolve("backup-" + level + ".gz.gpg");
                CountingSink toFile = new CountingSink(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
                measure("d. ours -" + level + " + encrypt to file", sink -> new ParallelGzipOutputStream(
                    PgpEncryption.encrypt(sink, PASSPHRASE), level, threads), true, toFile);
                decrypt("e. decrypt + gunzip, -" + level, file, crc.crc.getValue());
                Files.delete(file);
            }
            long random = Math.min(total, 300_000_000L);
            encryptOnly("f. encrypt only, pgbackup (Cfb)", random,
                sink -> PgpEncryption.encrypt(sink, PASSPHRASE));
            encryptOnly("f. encrypt only, JDK AES/CFB", random,
                sink -> BenchStages.encryptWithJdkCfb(sink, "bench passphrase, not a secret".toCharArray()));
            encryptOnly("f. encrypt only, BC engine", random,
                sink -> BenchStages.encryptWithBcEngine(sink, "bench passphrase, not a secret".toCharArray()));
            decryptOnly(dir.resolve("random.gpg"), random);
        } finally {
            Files.deleteIfExists(dir);
        }
        comparePigz();
        System.out.printf(Locale.ROOT, "peak heap used: %s MB%n", BenchStages.mb(peakHeap()));
    }

    private void measure(String name, Stage stage, boolean compressed) throws IOException {
        measure(name, stage, compressed, new CountingSink());
    }

    private void measure(String name, Stage stage, boolean compressed, CountingSink sink) throws IOException {
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        try (OutputStream out = stage.open(sink)) {
            feed(out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report(name, total, seconds, processCpuSeconds() - cpu, compressed ? sink.count : -1);
    }

    private void pigz(int level) throws IOException, InterruptedException {
        if (!BenchStages.installed("pigz")) {
            System.out.println("c. pigz not installed (apt-get install -y pigz)");
            return;
        }
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        Pigz result = Pigz.run(threads, level);
        double seconds = (System.nanoTime() - start) / 1e9;
        report("c. pigz -p " + threads + " -" + level, total, seconds,
            processCpuSeconds() - cpu + result.childCpuSeconds, result.out);
    }

    private void decrypt(String name, Path file, long expectedCrc) throws IOException {
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        CRC32 crc = new CRC32();
        long count = 0;
        byte[] buf = new byte[BenchStages.CHUNK];
        try (InputStream in = Gzip.decompressing(PgpEncryption.decrypt(Files.newInputStream(file), PASSPHRASE))) {
            for (int n; (n = in.read(buf)) != -1; ) {
                crc.update(buf, 0, n);
                count += n;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (crc.getValue() != expectedCrc || count != total) {
            throw new IllegalStateException(name + ": decrypted data differs from the input");
        }
        report(name, total, seconds, processCpuSeconds() - cpu, -1);
    }

    private void encryptOnly(String name, long bytes, Stage stage) throws IOException {
        CountingSink sink = new CountingSink();
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        try (OutputStream out = stage.open(sink)) {
            BenchStages.feedRandom(out, bytes);
        }
        report(name + " (random)", bytes, (System.nanoTime() - start) / 1e9, processCpuSeconds() - cpu, -1);
    }

    /** Decrypts one message of random data with pgbackup's operators, then with BouncyCastle's JCE ones. */
    private void decryptOnly(Path file, long bytes) throws IOException {
        try (OutputStream out = PgpEncryption.encrypt(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                PASSPHRASE)) {
            BenchStages.feedRandom(out, bytes);
        }
        try {
            decryptOnly("g. decrypt only, pgbackup (Cfb)", file, bytes,
                () -> PgpEncryption.decrypt(Files.newInputStream(file), PASSPHRASE));
            decryptOnly("g. decrypt only, JDK AES/CFB", file, bytes,
                () -> BenchStages.decryptWithJdkCfb(Files.newInputStream(file), "bench passphrase, not a secret".toCharArray()));
        } finally {
            Files.delete(file);
        }
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private void decryptOnly(String name, Path file, long bytes, Source source) throws IOException {
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        long count = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = source.open()) {
            for (int n; (n = in.read(buf)) != -1; ) {
                count += n;
            }
        }
        if (count != bytes) {
            throw new IllegalStateException(name + ": " + count + " bytes decrypted, " + bytes + " expected");
        }
        report(name + " (random)", bytes, (System.nanoTime() - start) / 1e9, processCpuSeconds() - cpu, -1);
    }

    private void report(String name, long in, double seconds, double cpu, long out) {
        double speed = in / 1e6 / seconds;
        speeds.put(name, speed);
        String outMb = out < 0 ? "" : BenchStages.mb(out);
        String ratio = out <= 0 ? "" : String.format(Locale.ROOT, "%.2f", (double) in / out);
        if (out > 0) {
            sizes.put(name, out);
        }
        System.out.printf(Locale.ROOT, "%-34s %9.1f %8.1f %10s %7s%n", name, speed, cpu, outMb, ratio);
    }

    private void comparePigz() {
        for (int level : levels) {
            String ours = "b. ours -" + level + ", " + threads + " threads";
            String pigz = "c. pigz -p " + threads + " -" + level;
            if (speeds.containsKey(pigz)) {
                System.out.printf(Locale.ROOT, "level %d vs pigz: speed %.2f×, size %.3f×%n", level,
                    speeds.get(ours) / speeds.get(pigz), (double) sizes.get(ours) / sizes.get(pigz));
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
