package io.pgbackup.engine;

import io.pgbackup.compress.Compression;
import io.pgbackup.dump.PgDump;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** A running pg_dump and its gzip compression: gzip bytes out, and which tool failed when one did. */
interface GzippedDump {

    /** Starts pg_dump (in {@code snapshot} when not null) with the compression {@code req} asks for. */
    static GzippedDump start(BackupRequest req, String snapshot) {
        Compression c = req.compression();
        if (c.engine() == Compression.Engine.IGZIP) {
            return new IgzipDump(PgDump.startInto(c.igzipCommand(), req.tools(), req.connection(), req.selection(),
                    snapshot), req.connection());
        }
        return new ZlibDump(PgDump.start(req.tools(), req.connection(), req.selection(), snapshot), req.connection(), c);
    }

    /**
     * Writes the whole gzip stream into {@code out} and closes it, once every tool exited 0; a tool's
     * failure is thrown as its {@link PgBackupException} and {@code out} is left open.
     */
    void writeTo(OutputStream out) throws IOException;

    /** Bytes of SQL pg_dump has written so far (exact once {@link #writeTo} returned). */
    long sqlBytes();

    /** After a failure in the stream: the error of a tool that has already exited with an error. */
    Optional<PgBackupException> toolFailure();

    /** Kills every tool at once. */
    void kill();
}
