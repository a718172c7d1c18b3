package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes one object of a {@link FileStore}: into a hidden temporary file, then on close fsync,
 * atomic rename to the final name, and fsync of the directory so the rename survives a crash.
 * Any failure deletes the temporary file and is thrown again by every later call.
 *
 * <p>While the object is written, every {@value #SYNC_EVERY_MIB} MiB are flushed to the disk on a
 * background thread ({@code fdatasync}), so the final fsync has little left to write and a large
 * backup does not end with seconds of waiting for the disk.
 */
final class FileObjectWriter extends ObjectWriter {
    private static final int BUFFER = 1 << 16;
    static final int SYNC_EVERY_MIB = 32;
    private static final ExecutorService SYNCER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "file-sync");
        t.setDaemon(true);
        return t;
    });

    private final FileChannel channel;
    private final Path temp;
    private final Path target;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long written;
    private long syncRequestedAt;
    private Future<?> sync = CompletableFuture.completedFuture(null);
    private boolean finished;
    private PgBackupException failed;

    FileObjectWriter(FileChannel channel, Path temp, Path target) {
        this.channel = channel;
        this.temp = temp;
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureWritable();
        try {
            while (len > 0) {
                int n = Math.min(len, buffer.remaining());
                buffer.put(b, off, n);
                off += n;
                len -= n;
                written += n;
                if (!buffer.hasRemaining()) {
                    drain();
                    syncInBackground();
                }
            }
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
        if (failed != null) {
            throw WriterFailure.again(failed);
        }
        if (finished) {
            return;
        }
        try {
            drain();
            awaitBackgroundSync();
            channel.force(true);
            channel.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            finished = true;
            syncDirectory(target.getParent());
        } catch (IOException e) {
            if (!finished) {
                throw fail(e);
            }
            // The object is in place; only the directory sync failed, which the next write retries.
        }
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        discard();
    }

    @Override
    public long bytesWritten() {
        return written;
    }

    private void ensureWritable() throws IOException {
        if (failed != null) {
            throw WriterFailure.again(failed);
        }
        if (finished) {
            throw new IOException("the writer of " + target + " is closed");
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** Starts flushing what was written so far when enough was written and no flush is running. */
    private void syncInBackground() throws IOException {
        if (written - syncRequestedAt < (long) SYNC_EVERY_MIB << 20 || !sync.isDone()) {
            return;
        }
        awaitBackgroundSync();
        syncRequestedAt = written;
        sync = SYNCER.submit(() -> {
            channel.force(false);
            return null;
        });
    }

    private void awaitBackgroundSync() throws IOException {
        try {
            sync.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClosedByInterruptException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private PgBackupException fail(IOException e) {
        failed = e instanceof ClosedByInterruptException
                ? new PgBackupException(ExitCode.INTERRUPTED, "interrupted while writing " + target, e)
                : FileStore.cannotWrite(target, e);
        finished = true;
        discard();
        return failed;
    }

    private void discard() {
        try {
            channel.close();
        } catch (IOException e) {
            // deleting the file below is what matters
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done; list() ignores the hidden file
        }
    }

    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }
}
