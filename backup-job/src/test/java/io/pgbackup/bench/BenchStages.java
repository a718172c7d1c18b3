package io.pgbackup.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/** Sinks, feeders and the external pigz process for {@link StreamBench}. */
final class BenchStages {
    static final int CHUNK = 1 << 20;

    private BenchStages() {
    }

    /** Counts what it is given, and passes it on to a file if it has one. */
    static final class CountingSink extends OutputStream {
        private final OutputStream next;
        long count;

        CountingSink() {
            this(OutputStream.nullOutputStream());
        }

        CountingSink(OutputStream next) {
            this.next = next;
        }

        @Override
        public void write(int b) throws IOException {
            count++;
            next.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            next.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            next.close();
        }
    }

    /** CRC-32 of everything written: the baseline (generation + the CRC gzip computes anyway). */
    static final class CrcSink extends OutputStream {
        final CRC32 crc = new CRC32();

        @Override
        public void write(int b) {
            crc.update(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            crc.update(b, off, len);
        }
    }

    /** The input of every stage: a generated file, or a real pg_dump output given on the command line. */
    static java.nio.file.Path source;

    /** Writes {@code total} bytes of generated COPY lines into {@code file}, a megabyte at a time. */
    static void generate(java.nio.file.Path file, long total) throws IOException {
        CopyLineGenerator generator = new CopyLineGenerator(1);
        byte[] buf = new byte[CHUNK];
        try (OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            for (long left = total; left > 0; ) {
                int n = (int) Math.min(generator.fill(buf), left);
                out.write(buf, 0, n);
                left -= n;
            }
        }
    }

    /** Streams the input file into {@code out}, a megabyte at a time. */
    static void feed(OutputStream out) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(source)) {
            byte[] buf = new byte[CHUNK];
            for (int n; (n = in.read(buf)) != -1; ) {
                out.write(buf, 0, n);
            }
        }
    }

    /** Writes {@code total} random bytes (like compressed data) into {@code out}. */
    static void feedRandom(OutputStream out, long total) throws IOException {
        byte[] buf = new byte[CHUNK];
        new SecureRandom().nextBytes(buf);
        for (long left = total; left > 0; left -= CHUNK) {
            out.write(buf, 0, (int) Math.min(CHUNK, left));
        }
    }

    /** BouncyCastle's own (pure Java) AES engine, for comparison with the JCE one PgpEncryption uses. */
    static OutputStream encryptWithBcEngine(OutputStream out, char[] passphrase) throws IOException {
        return encryptWith(new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256), out, passphrase);
    }

    /** The literal data of {@code in}, decrypted by BouncyCastle's JCE operators (the JDK's AES/CFB); MDC checked. */
    static InputStream decryptWithJdkCfb(InputStream in, char[] passphrase) throws IOException {
        try {
            org.bouncycastle.openpgp.PGPEncryptedDataList list = (org.bouncycastle.openpgp.PGPEncryptedDataList)
                new org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory(new java.io.BufferedInputStream(in, 1 << 16))
                    .nextObject();
            org.bouncycastle.openpgp.PGPPBEEncryptedData data = (org.bouncycastle.openpgp.PGPPBEEncryptedData) list.get(0);
            InputStream clear = data.getDataStream(new org.bouncycastle.openpgp.operator.jcajce.JcePBEDataDecryptorFactoryBuilder(
                new org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder().build()).build(passphrase));
            InputStream literal = ((PGPLiteralData) new org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory(clear)
                .nextObject()).getInputStream();
            return new java.io.FilterInputStream(literal) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    try {
                        if (n == -1 && !data.verify()) {
                            throw new IOException("MDC does not verify");
                        }
                    } catch (org.bouncycastle.openpgp.PGPException e) {
                        throw new IOException(e);
                    }
                    return n;
                }
            };
        } catch (org.bouncycastle.openpgp.PGPException e) {
            throw new IOException(e);
        }
    }

    /** BouncyCastle's JCE operators as they come: the JDK's AES/CFB, one call per 16-byte block. */
    static OutputStream encryptWithJdkCfb(OutputStream out, char[] passphrase) throws IOException {
        return encryptWith(new org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder(
            SymmetricKeyAlgorithmTags.AES_256), out, passphrase);
    }

    private static OutputStream encryptWith(org.bouncycastle.openpgp.operator.PGPDataEncryptorBuilder builder,
                                            OutputStream out, char[] passphrase) throws IOException {
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
            builder.setWithIntegrityPacket(true));
        generator.setForceSessionKey(false);
        try {
            generator.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase,
                new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), 0xFF));
            OutputStream encrypted = generator.open(out, new byte[1 << 16]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream data = literal.open(encrypted, PGPLiteralData.BINARY, "", PGPLiteralData.NOW, new byte[1 << 16]);
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    data.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    data.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    literal.close();
                    generator.close();
                    out.close();
                }
            };
        } catch (PGPException e) {
            throw new IOException(e);
        }
    }

    /** The result of piping {@code total} bytes of COPY lines through {@code pigz -p threads -level}. */
    static final class Pigz {
        long out;
        double childCpuSeconds;

        static Pigz run(int threads, int level) throws IOException, InterruptedException {
            Process p = new ProcessBuilder("bash", "-c", "pigz -p " + threads + " -" + level + " -c; times >&2")
                .redirectInput(source.toFile()).start();
            AtomicLong counted = new AtomicLong();
            Thread reader = new Thread(() -> {
                byte[] buf = new byte[CHUNK];
                try (InputStream in = p.getInputStream()) {
                    for (int n; (n = in.read(buf)) != -1; ) {
                        counted.addAndGet(n);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            reader.start();
            String err;
            try (InputStream in = p.getErrorStream()) {
                err = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
            reader.join();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pigz failed: " + err);
            }
            Pigz result = new Pigz();
            result.out = counted.get();
            result.childCpuSeconds = childTimes(err);
            return result;
        }

        /** bash's {@code times}: line 2 is the children's "user sys", as 0m1.234s. */
        private static double childTimes(String times) {
            String[] lines = times.trim().split("\n");
            double sum = 0;
            for (String field : lines[lines.length - 1].trim().split("\\s+")) {
                String[] ms = field.replace("s", "").split("m");
                sum += Integer.parseInt(ms[0]) * 60 + Double.parseDouble(ms[1]);
            }
            return sum;
        }
    }

    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime() / 1e9;
    }

    static boolean installed(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1e6);
    }
}
