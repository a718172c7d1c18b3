package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;

/**
 * Streams one object into S3 without knowing its size, in bounded memory. Part sizes follow a
 * {@link PartSchedule} (growing, so that 1,000 parts reach 5 TB); a stream shorter than the first
 * part goes up as one PutObject on close, a longer one as a multipart upload.
 *
 * <p><b>Buffered and streamed parts.</b> A part no larger than {@link WriterLimits#bufferCap()} is
 * filled in memory and sent by one of {@code partsInFlight} background threads while the next one
 * fills (the SDK may retry it). A larger part is <em>streamed</em>: its UploadPart request starts
 * with its full length declared and reads the bytes through a small {@link PartPipe} as they are
 * written; one streamed part at a time, and it cannot be retried once bytes are sent. Streamed
 * parts go to a hidden {@link StagingUpload staging object}, because when the stream ends inside
 * one the rest of that part is zeros. On close the staging object is completed, its real bytes
 * are copied server-side (UploadPartCopy ranges) after the buffered parts of the final upload,
 * which is then completed, and the staging object is deleted. A stream that never needs a
 * streamed part is neither staged nor copied.
 *
 * <p><b>Memory bound.</b> The writer holds at most {@code (partsInFlight + 1) x min(P, bufferCap)
 * + pipeSize} bytes, where {@code P} is the size of the current part, whatever the stream's size
 * ({@link WriterLimits#memoryBound}); {@link #write} blocks while {@code partsInFlight} parts are
 * uploading, or while the pipe is full. {@link #highWater()} reports the most it ever held.
 *
 * <p><b>Failures.</b> A failed request makes the next {@code write} or {@code close} throw (and
 * every later one). On any failure, and on {@link #abort()}, the writer aborts its multipart
 * uploads and deletes the staging object: nothing is left under the key. Not thread-safe: one
 * thread writes, closes or aborts; to stop it from elsewhere, interrupt that thread.
 */
final class S3ObjectWriter extends ObjectWriter {
    private final S3Calls calls;
    private final String objectKey;
    private final PartSchedule schedule;
    private final int partsInFlight;
    private final WriterLimits limits;
    private final S3Errors errors;
    private final BufferPool buffers = new BufferPool();
    private final List<Future<CompletedPart>> parts = new ArrayList<>();
    private final List<Long> partSizes = new ArrayList<>();
    private PartUploads uploads;
    private PartBuffer current;
    private boolean currentIsHead;
    private StreamedPart streamed;
    private StagingUpload staging;
    private String uploadId;
    private int partsStarted;
    private long written;
    private boolean finished;
    private PgBackupException failed;

    S3ObjectWriter(S3Client s3, String bucket, String objectKey, PartSchedule schedule, int partsInFlight,
                   WriterLimits limits, S3Errors errors) {
        this.calls = new S3Calls(s3, bucket, objectKey);
        this.objectKey = objectKey;
        this.schedule = schedule;
        this.partsInFlight = partsInFlight;
        this.limits = limits;
        this.errors = errors;
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
                int n = take(b, off, len);
                off += n;
                len -= n;
                written += n;
            }
        } catch (InterruptedException e) {
            throw fail(PartUploads.interrupted(objectKey, e));
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
            if (uploadId == null && staging == null) {
                calls.put(current);
            } else {
                completeMultipart();
            }
            finished = true;
            release();
        } catch (InterruptedException e) {
            throw fail(PartUploads.interrupted(objectKey, e));
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

    /** The sizes of the parts started so far, in stream order, buffered and streamed (for tests). */
    List<Long> partSizes() {
        return List.copyOf(partSizes);
    }

    /** The most bytes this writer ever held in its buffers at once (for tests). */
    long highWater() {
        return buffers.highWater();
    }

    /** Takes some of {@code b[off..off+len)} into the current part, starting a part if needed. */
    private int take(byte[] b, int off, int len) throws InterruptedException {
        if (streamed != null && !streamed.isFull()) {
            int n = streamed.feed(b, off, len);
            staging.addReal(n);
            return n;
        }
        if (current != null && !current.isFull()) {
            int n = current.write(b, off, len);
            if (current.isFull() && !currentIsHead) {
                sendCurrent();
            }
            return n;
        }
        startNextPart();
        return 0;
    }

    /**
     * Called when more bytes come and the current part is full (or there is none). A full head
     * (the start of a first part too large to buffer) becomes streamed part 1; otherwise the next
     * part of the schedule starts, buffered if it fits the cap, else streamed.
     */
    private void startNextPart() throws InterruptedException {
        if (current != null && currentIsHead) {
            streamed = stagingUpload().startPart(schedule.partSize(1), limits.pipeSize(), buffers, uploads);
            streamed.feed(current.newStream());
            staging.addReal(current.size());
            current.release();
            buffers.clear();
            current = null;
            return;
        }
        if (streamed != null) {
            uploads.await(streamed.result());
            streamed = null;
        }
        int number = partsStarted + 1;
        if (number > schedule.maxParts()) {
            throw new PgBackupException(ExitCode.CONFIG, "the stream is larger than the " + schedule.capacity()
                    + " bytes that " + schedule.maxParts() + " parts can carry: " + objectKey,
                    "choose a part schedule with a larger capacity");
        }
        partsStarted = number;
        long size = schedule.partSize(number);
        partSizes.add(size);
        if (size <= limits.bufferCap() || number == 1) {
            currentIsHead = size > limits.bufferCap();
            current = new PartBuffer(Math.min(size, limits.bufferCap()), buffers);
        } else {
            buffers.clear();
            streamed = stagingUpload().startPart(size, limits.pipeSize(), buffers, uploads);
        }
    }

    /** Hands the full (or last) buffered part to the pool; blocks while {@code partsInFlight} are uploading. */
    private void sendCurrent() {
        if (uploadId == null) {
            startUploads();
            uploadId = calls.startMultipart();
        }
        PartBuffer part = current;
        int number = parts.size() + 1;
        current = null;
        partSizes.set(number - 1, part.size());
        String id = uploadId;
        parts.add(uploads.submitLimited(() -> calls.uploadPart(id, number, part), part::release));
        failIfPartFailed();
    }

    private StagingUpload stagingUpload() {
        if (staging == null) {
            startUploads();
            staging = new StagingUpload(calls);
        }
        return staging;
    }

    private void startUploads() {
        if (uploads == null) {
            uploads = new PartUploads(partsInFlight, objectKey, errors);
        }
    }

    /** Sends what is left, waits for every part, composes the staged bytes if any, and completes. */
    private void completeMultipart() throws InterruptedException {
        if (current != null && current.size() > 0) {
            sendCurrent();
        }
        if (streamed != null && !streamed.isFull()) {
            streamed.pad();
        }
        List<CompletedPart> done = new ArrayList<>(uploads.awaitAll(parts));
        if (staging != null) {
            staging.complete(uploads);
            if (uploadId == null) {
                uploadId = calls.startMultipart();
            }
            done.addAll(staging.copyInto(calls, uploadId, done.size(), schedule.maxParts(), limits.copyRange(),
                    uploads));
        }
        calls.complete(uploadId, done);
        if (staging != null) {
            staging.discard();
        }
    }

    private void ensureWritable() throws IOException {
        if (failed != null) {
            throw WriterFailure.again(failed);
        }
        if (finished) {
            throw new IOException("the writer of " + objectKey + " is closed");
        }
    }

    private void failIfPartFailed() {
        if (uploads != null) {
            uploads.failIfFailed();
        }
    }

    /** Records the failure, removes everything, and returns what to throw (now and on every later call). */
    private PgBackupException fail(RuntimeException e) {
        failed = errors.map(e instanceof PartPipe.Broken broken ? broken.getCause() : e);
        finished = true;
        cleanUp();
        return failed;
    }

    /** Stops the requests, aborts the uploads and deletes the staging object, even on an interrupted thread. */
    private void cleanUp() {
        boolean interrupted = Thread.interrupted();
        try {
            if (streamed != null) {
                streamed.cancel();
            }
            release();
            if (uploadId != null) {
                calls.abortMultipart(uploadId);
            }
            if (staging != null) {
                staging.discard();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void release() {
        if (current != null) {
            current.release();
            current = null;
        }
        streamed = null;
        if (uploads != null) {
            uploads.stop();
        }
        buffers.clear();
    }
}
