package io.pgbackup.crypto;

import java.util.Locale;
import java.util.Random;

/**
 * How long {@link Cfb} takes to encrypt and decrypt 429 MB (the benchmark's backup size) in a fresh
 * JVM and once warm: the first pass shows what the JIT costs before C2 compiles the callers of the
 * AES instructions. Not a test. Run from the repository root after {@code mvn -pl backup-job
 * test-compile}, with and without the launcher's JIT options:
 * <pre>
 * java -Xmx192m -XX:+UseSerialGC [JIT options of backup-job/pgbackup] \
 *     -cp backup-job/target/classes:backup-job/target/test-classes io.pgbackup.crypto.CfbWarmupBench
 * </pre>
 */
public final class CfbWarmupBench {
    private CfbWarmupBench() {
    }

    public static void main(String[] args) {
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        int chunk = 64 * 1024;
        byte[] in = new byte[chunk];
        new Random(2).nextBytes(in);
        byte[] out = new byte[chunk];
        long total = 429L << 20;
        for (int pass = 1; pass <= 4; pass++) {
            Cfb encrypt = Cfb.encryptor(key);
            long t0 = System.nanoTime();
            for (long done = 0; done < total; done += chunk) {
                encrypt.process(in, 0, chunk, out, 0);
            }
            long t1 = System.nanoTime();
            Cfb decrypt = Cfb.decryptor(key);
            for (long done = 0; done < total; done += chunk) {
                decrypt.process(in, 0, chunk, out, 0);
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "pass %d: encrypt %.2f s (%.0f MB/s), decrypt %.2f s (%.0f MB/s)%n", pass,
                (t1 - t0) / 1e9, total / 1e6 / ((t1 - t0) / 1e9), (t2 - t1) / 1e9, total / 1e6 / ((t2 - t1) / 1e9));
        }
    }
}
