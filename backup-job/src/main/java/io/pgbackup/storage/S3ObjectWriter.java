package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams one object into S3 without knowing its size. Bytes fill a part whose size follows a
 * {@link PartSchedule}; a stream shorter than the first part goes up as one PutObject on close,
 * a longer one as a multipart upload whose parts are sent by {@code partsInFlight} background
 * threads while the next part fills.
 *
 * <p><b>Memory bound.</b> The writer holds at most {@code (partsInFlight + 1) x partSize}
 * bytes, where {@code partSize} is the size of the part being filled: when {@code partsInFlight}
 * parts are uploading, {@link #write} blocks until one finishes (backpressure). With the default
 * schedule and 2 parts in flight: 24 MiB up to 64 MiB of stream, 3 GiB around 10 GB, 12 GiB
 * between about 34 GB and 69 GB (4 GiB parts), 15 GiB beyond. See
 * {@link PartSchedule#memoryBound(long, int)}.
 *
 * <p><b>Failures.</b> A failed part makes the next {@code write} or {@code close} throw (and
 * every later one). On any failure, and on {@link #abort()}, the writer aborts the multipart
 * upload: no upload is ever left open. Not thread-safe: one thread writes, closes or aborts; to
 * stop it from elsewhere, interrupt that thread.
 */
final class S3ObjectWriter extends ObjectWriter {
    private static final Logger LOG = LoggerFactory.getLogger(S3ObjectWriter.class);
    private static final long ABORT_WAIT_SECONDS = 60;

    private final S3Client s3;
    private final String bucket;
    private final String objectKey;
    private final PartSchedule schedule;
    private final int partsInFlight;
    private final S3Errors errors;
    private final Semaphore slots;
    private final List<Future<CompletedPart>> parts = new ArrayList<>();
    private final List<Long> partSizes = new ArrayList<>();
    private final AtomicReference<Throwable> partFailure = new AtomicReference<>();
    private ExecutorService pool;
    private PartBuffer current;
    private String uploadId;
    private long written;
    private boolean finished;
    private PgBackupException failed;

    S3ObjectWriter(S3Client s3, String bucket, String objectKey, PartSchedule schedule, int partsInFlight,
                   S3Errors errors) {
        this.s3 = s3;
        this.bucket = bucket;
        this.objectKey = objectKey;
        this.schedule = schedule;
        this.partsInFlight = partsInFlight;
        this.errors = errors;
        this.slots = new Semaphore(partsInFlight);
        this.current = new PartBuffer(schedule.partSize(1));
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
            failIfPartFailed();
            while (len > 0) {
                if (current == null) {
                    current = nextBuffer();
                }
                int n = current.write(b, off, len);
                off += n;
                len -= n;
                written += n;
                if (current.isFull()) {
                    sendCurrent();
                }
            }
        } catch (RuntimeException e) {
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
            failIfPartFailed();
            if (uploadId == null) {
                new S3Calls(s3, bucket, objectKey).put(current);
            } else {
                if (current != null && current.size() > 0) {
                    sendCurrent();
                }
                new S3Calls(s3, bucket, objectKey).complete(uploadId, awaitParts());
            }
            finished = true;
            current = null;
            stopPool();
        } catch (RuntimeException e) {
            throw fail(e);
        }
    }

    @Override
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        cleanUp();
    }

    @Override
    public long bytesWritten() {
        return written;
    }

    /** The sizes of the parts sent so far, in order (for tests). */
    List<Long> partSizes() {
        return List.copyOf(partSizes);
    }

    private void ensureWritable() throws IOException {
        if (failed != null) {
            throw WriterFailure.again(failed);
        }
        if (finished) {
            throw new IOException("the writer of " + objectKey + " is closed");
        }
    }

    private PartBuffer nextBuffer() {
        int number = partSizes.size() + 1;
        if (number > schedule.maxParts()) {
            throw new PgBackupException(ExitCode.CONFIG, "the stream is larger than the " + schedule.capacity()
                    + " bytes that " + schedule.maxParts() + " parts can carry: " + objectKey,
                    "choose a part schedule with a larger capacity");
        }
        return new PartBuffer(schedule.partSize(number));
    }

    /** Hands the full (or last) part to the pool; blocks while {@code partsInFlight} are uploading. */
    private void sendCurrent() {
        if (uploadId == null) {
            uploadId = new S3Calls(s3, bucket, objectKey).startMultipart();
            pool = Executors.newFixedThreadPool(partsInFlight, daemonThreads());
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgBackupException(ExitCode.INTERRUPTED, "interrupted while uploading " + objectKey, e);
        }
        PartBuffer part = current;
        int number = partSizes.size() + 1;
        current = null;
        partSizes.add(part.size());
        S3Calls calls = new S3Calls(s3, bucket, objectKey);
        String id = uploadId;
        parts.add(pool.submit(() -> {
            try {
                return calls.uploadPart(id, number, part);
            } catch (Throwable t) {
                partFailure.compareAndSet(null, t);
                throw t;
            } finally {
                slots.release();
            }
        }));
        failIfPartFailed();
    }

    private List<CompletedPart> awaitParts() {
        List<CompletedPart> done = new ArrayList<>(parts.size());
        try {
            for (Future<CompletedPart> part : parts) {
                done.add(part.get());
            }
        } catch (ExecutionException e) {
            throw errors.map(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgBackupException(ExitCode.INTERRUPTED, "interrupted while uploading " + objectKey, e);
        }
        return done;
    }

    private void failIfPartFailed() {
        Throwable t = partFailure.get();
        if (t != null) {
            throw errors.map(t);
        }
    }

    /** Records the failure, aborts the upload, and returns what to throw (now and on every later call). */
    private PgBackupException fail(RuntimeException e) {
        failed = errors.map(e);
        finished = true;
        cleanUp();
        return failed;
    }

    /** Stops the uploads and aborts the multipart upload, even on an interrupted thread. */
    private void cleanUp() {
        boolean interrupted = Thread.interrupted();
        try {
            current = null;
            stopPool();
            if (uploadId != null) {
                new S3Calls(s3, bucket, objectKey).abortMultipart(uploadId);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stopPool() {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(ABORT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("a part upload of {} still runs after {} s", objectKey, ABORT_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool = null;
    }

    private java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "s3-upload-" + objectKey);
            thread.setDaemon(true);
            return thread;
        };
    }
}
