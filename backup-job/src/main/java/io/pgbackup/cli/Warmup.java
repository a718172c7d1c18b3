package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Manifest;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Cipher;

/**
 * Loads what a database command needs (the PostgreSQL driver, the JCE providers, BouncyCastle's
 * OpenPGP classes, the manifest's JSON mapping) on a second thread while the main one builds the
 * command line: picocli's reflection takes about 0.25 s of every start on one core, while the other
 * one has nothing to do yet. A backup of one small table took 880 against 930 ms and 887 against
 * 957 ms (medians, bench/start-bench.sh); the manifest alone (Jackson's serializers) made no
 * difference. Only class loading and initialisation: nothing here reads the options, the
 * environment or a secret, and a failure here is left for the command itself to meet and report.
 *
 * <p>Not logging: SLF4J hands out stand-in loggers to any thread that asks while another one
 * initialises it, so logging starts on the main thread as before.
 */
final class Warmup {
    private static final Set<String> DATABASE_COMMANDS = Set.of("backup", "restore", "verify", "demo");

    private Warmup() {
    }

    /**
     * Starts the warm-up for a database command and returns its thread; nothing for the others, or
     * with {@code -Dpgbackup.no-warmup=true} (the baseline of bench/start-bench.sh).
     */
    static Optional<Thread> startFor(String[] args) {
        if (args.length == 0 || !DATABASE_COMMANDS.contains(args[0]) || Boolean.getBoolean("pgbackup.no-warmup")) {
            return Optional.empty();
        }
        Thread t = new Thread(Warmup::load, "warm-up");
        t.setDaemon(true);
        t.start();
        return Optional.of(t);
    }

    private static void load() {
        try {
            ClassLoader loader = Warmup.class.getClassLoader();
            Class.forName("org.postgresql.Driver", true, loader);
            Class.forName("org.postgresql.core.v3.ConnectionFactoryImpl", true, loader);
            Class.forName("org.postgresql.core.v3.QueryExecutorImpl", true, loader);
            Class.forName("org.postgresql.jdbc.PgConnection", true, loader);
            Cipher.getInstance("AES/CBC/NoPadding");
            MessageDigest.getInstance("SHA-256");
            new SecureRandom().nextInt();
            Class.forName("org.bouncycastle.openpgp.PGPEncryptedDataGenerator", true, loader);
            // the manifest's (de)serializers: built once per JVM, 0.1 s when a backup ends
            Json.MAPPER.writerFor(Manifest.class);
            Json.MAPPER.readerFor(Manifest.class);
        } catch (Exception | LinkageError ignored) {
            // the command loads the same classes itself and reports what is missing
        }
    }
}
