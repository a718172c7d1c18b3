package io.pgbackup.storage;

import java.io.OutputStream;

/**
 * A stream into one new object. {@link #close()} publishes the object (and throws if that fails,
 * leaving nothing behind); {@link #abort()} discards everything written so far. After
 * {@code abort()}, {@code close()} does nothing.
 */
public abstract class ObjectWriter extends OutputStream {

    /** Discards the object: nothing remains in the store. Safe to call more than once. */
    public abstract void abort();

    /** Bytes accepted so far. */
    public abstract long bytesWritten();
}
