package io.pgbackup.restore;

import io.pgbackup.catalog.Manifest;
import io.pgbackup.crypto.PgpEncryption;
import io.pgbackup.dump.Database;
import io.pgbackup.dump.LockWatch;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.engine.Cleanup;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.Sha256;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Store → SHA-256 → OpenPGP decrypt (MDC checked at the end) → gunzip ({@link SqlFeed}) → psql, inside
 * {@code BEGIN} ... {@code COMMIT}. {@code COMMIT} is written only after the whole object was
 * read, its SHA-256 matched the manifest and the integrity check passed; otherwise psql is killed
 * and the server rolls the transaction back.
 */
final class RestoreStream {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreStream.class);

    private final RestoreRequest req;
    private final Manifest manifest;
    private final String into;

    /** A stream of {@code manifest}'s backup into database {@code into}. */
    RestoreStream(RestoreRequest req, Manifest manifest, String into) {
        this.req = req;
        this.manifest = manifest;
        this.into = into;
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
        return req.load().readHere() ? runParallel() : runSerial();
    }

    /**
     * The SQL is read here and cut up ({@link DumpReader}), and loaded on several connections in
     * autocommit ({@link ParallelLoad}): the new database beside the target, dropped on any failure,
     * makes it all or nothing. The load ends only after the SHA-256 and the integrity check passed.
     */
    private long runParallel() {
        PgConnection target = req.connection().withDatabase(into);
        MessageDigest sha = Sha256.newDigest();
        String role = req.ownerRole() == null ? "" : "SET ROLE " + Database.quoteIdent(req.ownerRole()) + ";\n";
        try (InputStream raw = new DigestInputStream(req.store().open(manifest.objectKey()), sha);
             InputStream plain = PgpEncryption.decrypt(raw, req.passphrase());
             SqlSource source = new SqlSource(req.compression(), plain);
             ParallelLoad load = new ParallelLoad(req.tools(), target, role, req.load().jobs());
             Cleanup.Registration onSignal = Cleanup.register(() -> {
                 load.kill();
                 source.kill();
             })) {
            LOG.info("loading {} on {} connections (and one for the schema)", manifest.id(), req.load().jobs());
            DumpReader reader = new DumpReader(source.sql(), load, req.load().selection());
            try (Progress progress = new Progress("restore " + manifest.id(), source::gzipBytes, reader::sqlBytes,
                         Progress.Goal.output(manifest.dumpBytes()), Duration.ofSeconds(5));
                 LockWatch locks = LockWatch.start(target, "restore " + manifest.id(), source::gzipBytes)) {
                readToTheEnd(reader, source);
                source.finish();
                drain(raw);
                checkSha256(sha);
            } catch (IOException | RuntimeException e) {
                load.kill();
                source.kill();
                throw failure(e, plain, raw, sha);
            }
            try {
                load.finish(); // the backup was read and checked: a failure now is the database's
            } catch (RuntimeException e) {
                throw Cleanup.interrupted() ? Cleanup.interruptedError("restore") : e;
            }
            return reader.sqlBytes();
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    /** A dump cut off inside its rows: the gzip stream, or the stream under it, says why when it can. */
    private static void readToTheEnd(DumpReader reader, SqlSource source) throws IOException {
        try {
            reader.run();
        } catch (LineInput.Truncated e) {
            source.finish();
            throw e;
        }
    }

    private long runSerial() {
        PgConnection target = req.connection().withDatabase(into);
        MessageDigest sha = Sha256.newDigest();
        try (InputStream raw = new DigestInputStream(req.store().open(manifest.objectKey()), sha);
             InputStream plain = PgpEncryption.decrypt(raw, req.passphrase());
             SqlFeed feed = SqlFeed.open(req, target, preamble(), manifest.dumpBytes());
             Cleanup.Registration onSignal = Cleanup.register(feed::kill);
             Progress progress = new Progress("restore " + manifest.id(), feed::gzipBytes, feed::sqlBytes,
                     Progress.Goal.output(manifest.dumpBytes()), Duration.ofSeconds(5));
             LockWatch locks = LockWatch.start(target, "restore " + manifest.id(), feed::gzipBytes)) {
            try {
                feed.copy(plain);
                drain(raw); // the decrypted data was read to its end (MDC checked); the rest counts for SHA-256
                checkSha256(sha);
                feed.commit();
            } catch (IOException | RuntimeException e) {
                feed.kill();
                throw failure(e, plain, raw, sha);
            }
            feed.finish();
            return feed.sqlBytes();
        } catch (IOException e) {
            throw corrupt(e);
        }
    }

    /** The error to report for a failure while the backup was being read. */
    private RuntimeException failure(Exception e, InputStream plain, InputStream raw, MessageDigest sha) {
        return Cleanup.interrupted() ? Cleanup.interruptedError("restore")
                : e instanceof IOException io ? corrupt(io) : damagedOr((RuntimeException) e, plain, raw, sha);
    }

    /**
     * psql (or igzip) failed before the backup was read to its end: on damaged data psql can stop on
     * the garbled SQL before the integrity checks at the end of the object are reached. The rest is
     * read so that a damaged backup is reported as such, not as a database error.
     */
    private RuntimeException damagedOr(RuntimeException toolFailed, InputStream plain, InputStream raw,
                                       MessageDigest sha) {
        if (!(toolFailed instanceof PgBackupException p) || p.exitCode() != ExitCode.RESTORE_FAILED) {
            return toolFailed;
        }
        LOG.info("restore of {} failed; reading the rest of the backup to tell a damaged backup from a database error",
                manifest.id());
        try {
            drain(plain);
            drain(raw);
            checkSha256(sha);
        } catch (IOException e) {
            return Cleanup.interrupted() ? Cleanup.interruptedError("restore") : damaged(corrupt(e), p);
        } catch (PgBackupException e) {
            return damaged(e, p);
        }
        return toolFailed;
    }

    private static PgBackupException damaged(PgBackupException corrupt, PgBackupException toolFailed) {
        LOG.warn("the backup is damaged; psql had stopped on it first: {}", toolFailed.getMessage());
        corrupt.addSuppressed(toolFailed);
        return corrupt;
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

    /** Reads {@code in} to its end, so that the integrity checks run; a signal stops it. */
    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        while (in.read(buf) >= 0) {
            if (Cleanup.interrupted()) {
                throw new InterruptedIOException("interrupted");
            }
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
