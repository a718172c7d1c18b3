package io.pgbackup.engine;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.crypto.MessageKey;
import io.pgbackup.crypto.PgpEncryption;
import io.pgbackup.dump.LockWatch;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.storage.ObjectWriter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The streaming heart of a backup: pg_dump → gzip (igzip in the pipe, or zlib here) → OpenPGP (AES-256, MDC) →
 * SHA-256 → the store. No temporary file. The object is published only after pg_dump exited 0;
 * on any failure the writer is aborted and pg_dump killed.
 */
final class DumpStream {
    record Result(long dumpBytes, long compressedBytes, long storedBytes, String sha256) {
    }

    private final BackupRequest req;
    private final BackupName name;
    private final CompletableFuture<MessageKey> key;
    private final Progress.Goal goal;

    /**
     * {@code key}: the message key, being derived while the job prepares (see {@link MessageKey});
     * {@code goal}: what the progress lines measure the dump against (the last backup's size).
     */
    DumpStream(BackupRequest req, BackupName name, CompletableFuture<MessageKey> key, Progress.Goal goal) {
        this.req = req;
        this.name = name;
        this.key = key;
        this.goal = goal;
    }

    Result run(String snapshot) {
        ObjectWriter writer = req.store().create(name.dataKey());
        CountingOutputStream stored = new CountingOutputStream(writer, true);
        CountingOutputStream compressed;
        GzippedDump dump;
        try {
            // pg_dump starts at once; the OpenPGP header waits for the key (derived since the job
            // started) until the first gzip bytes come, while the read-ahead keeps pg_dump going
            compressed = new CountingOutputStream(new DeferredOutputStream(
                    () -> PgpEncryption.encrypt(stored, join(key))), false);
            dump = GzippedDump.start(req, snapshot);
        } catch (RuntimeException e) {
            writer.abort();
            throw e instanceof PgBackupException p ? p : failure(e);
        }
        Cleanup.Registration onSignal = Cleanup.register(() -> {
            dump.kill();
            writer.abort();
        });
        try {
            try (Progress progress = new Progress("backup " + name.id(), dump::sqlBytes, stored::count, goal,
                    Duration.ofSeconds(5));
                 LockWatch locks = LockWatch.start(req.connection(), "backup " + name.id(), dump::sqlBytes)) {
                dump.writeTo(compressed);
            }
            return new Result(dump.sqlBytes(), compressed.count(), stored.count(), stored.sha256Hex());
        } catch (IOException | RuntimeException e) {
            // the stores and the tools' checks report their own failures; anything else may be the
            // echo of a tool that died (the pipe ended early), so a tool's own error comes first
            PgBackupException cause = e instanceof PgBackupException p ? p
                    : dump.toolFailure().orElseGet(() -> failure(e));
            dump.kill();
            writer.abort();
            if (Cleanup.interrupted()) {
                throw Cleanup.interruptedError("backup");
            }
            throw cause;
        } finally {
            onSignal.close();
        }
    }

    /** The value of {@code future}, its failure thrown as it was. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private PgBackupException failure(Exception e) {
        return new PgBackupException(ExitCode.FAILURE, "backup " + name.id() + " failed while compressing or encrypting: "
                + e.getMessage(), e, "nothing was kept in " + req.store().describe()
                + "; run again with --verbose and report the output");
    }
}
