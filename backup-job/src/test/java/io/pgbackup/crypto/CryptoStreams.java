package io.pgbackup.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Helpers for the OpenPGP tests. */
final class CryptoStreams {
    static final String SECRET = "Tr0ub4dor&3 ünïcødé";

    private CryptoStreams() {
    }

    static byte[] encrypt(byte[] data, String passphrase) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = PgpEncryption.encrypt(sink, Passphrase.fromEnv(passphrase))) {
            out.write(data);
        }
        return sink.toByteArray();
    }

    static byte[] decrypt(byte[] message, String passphrase) throws IOException {
        try (InputStream in = PgpEncryption.decrypt(new ByteArrayInputStream(message), Passphrase.fromEnv(passphrase))) {
            return in.readAllBytes();
        }
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] text(int size) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < size; i++) {
            sb.append(i).append("\tcustomer ").append(i % 97).append("\t2024-05-01\n");
        }
        return sb.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }
}
