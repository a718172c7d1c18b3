package io.pgbackup.crypto;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;

import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;

/**
 * The OpenPGP stage: symmetric (passphrase) encryption that GnuPG reads with {@code gpg -d}.
 *
 * <p>Messages are AES-256, integrity protected (a SEIPD v1 packet ending in an MDC, the form
 * GnuPG 2.2 writes and checks), with the key derived by an iterated and salted SHA-256 S2K at the
 * strongest iteration count (65,011,712 bytes hashed, about 0.2 s). The data goes in one literal
 * packet in partial-length (streaming) mode, without OpenPGP compression: it is already gzip.
 *
 * <p>BouncyCastle is the OpenPGP packet layer; the AES underneath is the JDK's (SunJCE, on the CPU's
 * AES instructions), driven through its bulk modes by {@link Cfb} (2.2 times the JDK's own CFB
 * encrypting, 1.5 times decrypting, in StreamBench).
 */
public final class PgpEncryption {
    /** The S2K count byte 0xFF: 65,011,712 bytes hashed, the OpenPGP maximum. */
    static final int S2K_COUNT = 0xFF;
    static final int BUFFER = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PgpEncryption() {
    }

    /**
     * Returns a stream whose bytes are encrypted with {@code passphrase} into {@code out}. Closing it
     * finishes the literal packet, writes the MDC, ends the encrypted packet and closes {@code out}.
     * A message cut short (not closed) is rejected by {@link #decrypt} and by GnuPG.
     *
     * <p>{@code close()} always completes a valid message of what was written: to abandon a backup
     * (pg_dump failed), abort the store's writer first, then close this stream (or drop it).
     */
    public static OutputStream encrypt(OutputStream out, Passphrase passphrase) throws IOException {
        return encrypt(out, prepare(passphrase));
    }

    /** Derives a message key from {@code passphrase} now, for {@link #encrypt(OutputStream, MessageKey)}. */
    public static MessageKey prepare(Passphrase passphrase) {
        return MessageKey.derive(passphrase, RANDOM);
    }

    /** Like {@link #encrypt(OutputStream, Passphrase)} with a key derived beforehand (used once). */
    public static OutputStream encrypt(OutputStream out, MessageKey key) throws IOException {
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(CfbOperators.aes256Encryptor(RANDOM));
        // Like gpg --symmetric: the S2K key is the message key (no encrypted session key), so a wrong
        // passphrase always fails the quick check at open instead of decrypting a random session key.
        generator.setForceSessionKey(false);
        generator.addMethod(key.method());
        try {
            OutputStream encrypted = generator.open(out, new byte[BUFFER]);
            PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
            OutputStream data = literal.open(encrypted, PGPLiteralData.BINARY, "", PGPLiteralData.NOW,
                new byte[BUFFER]);
            return new EncryptingStream(data, literal, generator, out);
        } catch (PGPException e) {
            throw new IllegalStateException("cannot set up OpenPGP encryption: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the plaintext of the OpenPGP message {@code in} encrypted with {@code passphrase}.
     *
     * <p>Contract, in the order a caller meets it:
     * <ul>
     *   <li>This method reads the message's header and checks the passphrase before it returns. A
     *   wrong passphrase throws {@code PgBackupException(WRONG_PASSPHRASE)} here: no data is ever
     *   returned for it.</li>
     *   <li>Input that is not an OpenPGP message encrypted with a passphrase, or a message without
     *   integrity protection (no MDC), throws {@code PgBackupException(BACKUP_CORRUPT)} here.</li>
     *   <li>{@code read} returns data as it is decrypted, <b>before</b> it can be authenticated. A
     *   truncated message throws {@code PgBackupException(BACKUP_CORRUPT)} from {@code read} where
     *   the data ends early; a modified one throws it from the {@code read} that reaches the end
     *   (the MDC does not verify) instead of returning -1. A consumer that feeds the data to psql
     *   must therefore read to -1 before it commits, and roll back on this exception.</li>
     * </ul>
     * {@code close()} closes {@code in}.
     */
    public static InputStream decrypt(InputStream in, Passphrase passphrase) throws IOException {
        return PgpDecryption.open(in, passphrase);
    }

    static PGPDigestCalculatorProvider digests() {
        try {
            return new JcaPGPDigestCalculatorProviderBuilder().build();
        } catch (PGPException e) {
            throw new IllegalStateException("no digest provider for OpenPGP: " + e.getMessage(), e);
        }
    }

    static PgBackupException corrupt(String message, Throwable cause) {
        return new PgBackupException(ExitCode.BACKUP_CORRUPT, message, cause,
            "the backup object was damaged, cut short or modified in the store: restore an earlier backup");
    }
}
