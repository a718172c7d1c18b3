package io.pgbackup.engine;

import io.pgbackup.catalog.Manifest;
import io.pgbackup.compress.Gzip;
import io.pgbackup.crypto.PgpEncryption;
import io.pgbackup.dump.Database;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.Psql;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Store → SHA-256 → OpenPGP decrypt (MDC checked at the end) → gunzip → psql, inside
 * {@code BEGIN} ... {@code COMMIT}. {@code COMMIT} is written only after the whole object was
 * read, its SHA-256 matched the manifest and the integrity check passed; otherwise psql is killed
 * and the server rolls the transaction back.
 */
final class RestoreStream {
    private final RestoreRequest req;
    private final Manifest manifest;

    RestoreStream(RestoreRequest req, Manifest manifest) {
        this.req = req;
        this.manifest = manifest;
    }

    /** Fails with WRONG_PASSPHRASE before anything is touched if the passphrase is wrong. */
    void checkPassphrase() {
        try (InputStream raw = req.store().open(manifest.objectKey());
             InputStream plain = PgpEncryption.decrypt(raw, req.passphrase())) {
            plain.read();
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    /** Restores; returns the bytes of SQL fed to psql. */
    long run() {
        PgConnection target = req.connection().withDatabase(req.targetDatabase());
        MessageDigest sha = Sha256.newDigest();
        AtomicLong sql = new AtomicLong();
        try (InputStream raw = new DigestInputStream(req.store().open(manifest.objectKey()), sha);
             InputStream plain = PgpEncryption.decrypt(raw, req.passphrase());
             InputStream dump = Gzip.decompressing(plain);
             ToolProcess psql = Psql.start(req.tools(), target);
             Cleanup.Registration onSignal = Cleanup.register(psql::kill);
             Progress progress = new Progress("restore " + manifest.id(), sql::get, sql::get, Duration.ofSeconds(5))) {
            try {
                feed(psql, target, preamble().getBytes(StandardCharsets.UTF_8));
                byte[] buf = new byte[256 * 1024];
                int n;
                while ((n = dump.read(buf)) >= 0) {
                    feed(psql, target, buf, n);
                    sql.addAndGet(n);
                }
                drain(raw); // the gzip stream read the decrypted data to its end (MDC checked); the rest counts for SHA-256
                checkSha256(sha);
                feed(psql, target, "COMMIT;\n".getBytes(StandardCharsets.UTF_8));
                psql.stdin().close();
            } catch (IOException | RuntimeException e) {
                psql.kill();
                throw Cleanup.interrupted() ? Cleanup.interruptedError("restore")
                        : e instanceof IOException io ? corrupt(io) : (RuntimeException) e;
            }
            Psql.finish(psql, target);
            return sql.get();
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    private static void feed(ToolProcess psql, PgConnection target, byte[] bytes) {
        feed(psql, target, bytes, bytes.length);
    }

    /** Writes to psql; if psql stopped reading, it failed: report what it said. */
    private static void feed(ToolProcess psql, PgConnection target, byte[] bytes, int len) {
        try {
            psql.stdin().write(bytes, 0, len);
        } catch (IOException e) {
            Psql.finish(psql, target);
            throw new PgBackupException(ExitCode.RESTORE_FAILED, "psql stopped reading the dump: " + e.getMessage(),
                    "the transaction was rolled back: the database is unchanged");
        }
    }

    private String preamble() {
        String role = req.ownerRole() == null ? "" : "SET ROLE " + Database.quoteIdent(req.ownerRole()) + ";\n";
        return role + "BEGIN;\n";
    }

    private void checkSha256(MessageDigest sha) {
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(manifest.sha256())) {
            throw new PgBackupException(ExitCode.BACKUP_CORRUPT, "backup " + manifest.id()
                    + " does not match its manifest (sha-256 " + actual + ", expected " + manifest.sha256() + ")",
                    "the stored object was modified or truncated; nothing was restored",
                    "restore another backup (pgbackup list) and check who can write to the bucket");
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        while (in.read(buf) >= 0) {
            // read to the end so that the integrity checks run
        }
    }

    private PgBackupException corrupt(IOException e) {
        if (Cleanup.interrupted()) {
            return Cleanup.interruptedError("restore");
        }
        return new PgBackupException(ExitCode.BACKUP_CORRUPT, "reading backup " + manifest.id() + " failed: "
                + e.getMessage(), e, "the object may be truncated or the store unreachable; nothing was restored");
    }
}
