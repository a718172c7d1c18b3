package io.pgbackup.crypto;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.openpgp.PGPException;

/**
 * The backup passphrase, held as a {@code char[]} that {@link #clear()} overwrites. It never shows in
 * {@link #toString()}, and no message of this class contains it. OpenPGP turns it into bytes as
 * UTF-8, as GnuPG does in a UTF-8 locale.
 */
public final class Passphrase implements AutoCloseable {
    static final String HINT = "set ENCRYPTION_KEY, or pass --passphrase-file FILE whose first line is the passphrase";

    private final char[] chars;
    /** Keys derived from it by an S2K, by S2K parameters: a restore opens the same message twice. */
    private final Map<String, byte[]> derivedKeys = new ConcurrentHashMap<>();
    private boolean cleared;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /** The value of {@code ENCRYPTION_KEY}; null or empty is a CONFIG error. */
    public static Passphrase fromEnv(String value) {
        if (value == null || value.isEmpty()) {
            throw new PgBackupException(ExitCode.CONFIG, "the passphrase is missing: ENCRYPTION_KEY is empty or not set", HINT);
        }
        return new Passphrase(value.toCharArray());
    }

    /**
     * The first line of {@code file} (UTF-8), without its line ending. A missing, unreadable, non-UTF-8
     * file or an empty first line is a CONFIG error naming the file.
     */
    public static Passphrase fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PgBackupException(ExitCode.CONFIG, "the passphrase file " + file + " does not exist", HINT);
        } catch (IOException e) {
            throw new PgBackupException(ExitCode.CONFIG, "cannot read the passphrase file " + file + ": "
                + e.getClass().getSimpleName(), "check that the file is readable by this user");
        }
        try {
            return new Passphrase(firstLine(decode(bytes, file), file));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] decode(byte[] bytes, Path file) {
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
            char[] all = new char[decoded.remaining()];
            decoded.get(all);
            Arrays.fill(decoded.array(), '\0');
            return all;
        } catch (CharacterCodingException e) {
            throw new PgBackupException(ExitCode.CONFIG, "the passphrase file " + file + " is not valid UTF-8",
                "write the passphrase as UTF-8 text on the first line");
        }
    }

    private static char[] firstLine(char[] all, Path file) {
        int end = 0;
        while (end < all.length && all[end] != '\n') {
            end++;
        }
        if (end > 0 && all[end - 1] == '\r') {
            end--;
        }
        char[] line = Arrays.copyOf(all, end);
        Arrays.fill(all, '\0');
        if (line.length == 0) {
            throw new PgBackupException(ExitCode.CONFIG, "the passphrase file " + file + " is empty",
                "write the passphrase on the first line of " + file);
        }
        return line;
    }

    /** The characters themselves, for the OpenPGP operators of this package only. */
    char[] chars() {
        if (cleared) {
            throw new IllegalStateException("the passphrase was cleared");
        }
        return chars;
    }

    /**
     * The key that {@code derive} makes for these S2K parameters ({@code s2k}, which names the salt,
     * the hash and the count), derived once per passphrase: the S2K hashes 65 MB (0.1-0.3 s).
     */
    byte[] derivedKey(String s2k, KeyDerivation derive) throws PGPException {
        byte[] key = derivedKeys.get(s2k);
        if (key == null) {
            key = derive.derive();
            derivedKeys.put(s2k, key.clone());
        }
        return key.clone();
    }

    /** How many keys {@link #derivedKey} has derived (for tests). */
    int derivedKeyCount() {
        return derivedKeys.size();
    }

    interface KeyDerivation {
        byte[] derive() throws PGPException;
    }

    /** Overwrites the characters and the keys derived from them; the passphrase cannot be used afterwards. */
    public void clear() {
        Arrays.fill(chars, '\0');
        derivedKeys.values().forEach(k -> Arrays.fill(k, (byte) 0));
        derivedKeys.clear();
        cleared = true;
    }

    /** Same as {@link #clear()}. */
    @Override
    public void close() {
        clear();
    }

    @Override
    public String toString() {
        return "Passphrase[***]";
    }
}
