package io.pgbackup.storage;

import java.io.OutputStream;

/**
 * A stream into one new object. {@link #close()} publishes the object (and throws if that fails,
 * leaving nothing behind); {@link #abort()} discards everything written so far. After
 * {@code abort()}, {@code close()} does nothing.
 *
 * <p>Failures of the store (network, credentials, disk) are thrown as {@code PgBackupException}
 * from {@code write} or {@code close}; the writer has then already discarded everything, and every
 * later {@code write} or {@code close} throws again (a fresh exception with the same message, so
 * try-with-resources can attach it as suppressed): a {@code close()} that returns normally always
 * means the object is published. {@code write} after {@code close} throws {@code IOException}.
 *
 * <p>A writer is used by one thread. An interrupt of that thread makes the writer abort and throw
 * {@code PgBackupException} with {@code ExitCode.INTERRUPTED}.
 */
public abstract class ObjectWriter extends OutputStream {

    /** Discards the object: nothing remains in the store. Safe to call more than once. */
    public abstract void abort();

    /** Bytes accepted so far. */
    public abstract long bytesWritten();
}
