package io.pgbackup.engine;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.compress.ParallelGzipOutputStream;
import io.pgbackup.crypto.PgpEncryption;
import io.pgbackup.dump.PgDump;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.storage.ObjectWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The streaming heart of a backup: pg_dump's stdout → parallel gzip → OpenPGP (AES-256, MDC) →
 * SHA-256 → the store. No temporary file. The object is published only after pg_dump exited 0;
 * on any failure the writer is aborted and pg_dump killed.
 */
final class DumpStream {
    private static final int CHUNK = 256 * 1024;

    record Result(long dumpBytes, long compressedBytes, long storedBytes, String sha256) {
    }

    private final BackupRequest req;
    private final BackupName name;

    DumpStream(BackupRequest req, BackupName name) {
        this.req = req;
        this.name = name;
    }

    Result run(String snapshot) {
        ObjectWriter writer = req.store().create(name.dataKey());
        ToolProcess dump = PgDump.start(req.tools(), req.connection(), req.selection(), snapshot);
        Cleanup.Registration onSignal = Cleanup.register(() -> {
            dump.kill();
            writer.abort();
        });
        CountingOutputStream stored = new CountingOutputStream(writer, true);
        OutputStream gzip = null;
        try {
            CountingOutputStream compressed = new CountingOutputStream(PgpEncryption.encrypt(stored, req.passphrase()), false);
            gzip = new ParallelGzipOutputStream(compressed, req.compressLevel(), req.threads());
            AtomicLong dumped = new AtomicLong();
            try (Progress progress = new Progress("backup " + name.id(), dumped::get, stored::count, Duration.ofSeconds(5))) {
                copy(dump.stdout(), gzip, dumped);
                PgDump.finish(dump, req.connection());
                gzip.close();
            }
            return new Result(dumped.get(), compressed.count(), stored.count(), stored.sha256Hex());
        } catch (IOException | RuntimeException e) {
            dump.kill();
            writer.abort();
            closeQuietly(gzip);
            throw Cleanup.interrupted() ? Cleanup.interruptedError("backup") : failure(e, dump);
        } finally {
            onSignal.close();
        }
    }

    private PgBackupException failure(Exception e, ToolProcess dump) {
        if (e instanceof PgBackupException p) {
            return p;
        }
        int exit = dump.waitFor();
        if (exit != 0) {
            try {
                PgDump.finish(dump, req.connection());
            } catch (PgBackupException p) {
                return p;
            }
        }
        // the stores report their own failures as PgBackupException (above); what is left failed here,
        // in the pipe from pg_dump, the compression or the encryption
        return new PgBackupException(ExitCode.FAILURE, "backup " + name.id() + " failed while compressing or encrypting: "
                + e.getMessage(), e, "nothing was kept in " + req.store().describe()
                + "; run again with --verbose and report the output");
    }

    static void copy(InputStream in, OutputStream out, AtomicLong counter) throws IOException {
        byte[] buf = new byte[CHUNK];
        int n;
        while ((n = in.read(buf)) >= 0) {
            out.write(buf, 0, n);
            counter.addAndGet(n);
        }
    }

    private static void closeQuietly(OutputStream s) {
        if (s == null) {
            return;
        }
        try {
            s.close();
        } catch (IOException | RuntimeException ignored) {
            // the writer was aborted: closing only releases the compression threads
        }
    }
}
