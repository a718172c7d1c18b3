package io.pgbackup.storage;

import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The streamed parts of one object, uploaded to a hidden staging key beside it
 * ({@code dir/.name.staging-<random>}): the last streamed part ends in zeros when the stream stops
 * inside it, so these parts cannot form the final object; once completed, the staging object's
 * real bytes are copied server-side into the final upload and the staging object is deleted.
 * Keys with a segment starting with a dot never come from {@link Keys}, and listings skip them.
 */
final class StagingUpload {
    static final String MARKER = ".staging-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final S3Calls calls;
    private final List<Future<CompletedPart>> parts = new ArrayList<>();
    private String uploadId;
    private boolean completing;
    private boolean completed;
    private String versionId;
    private long realLength;

    StagingUpload(S3Calls finalObject) {
        this.calls = new S3Calls(finalObject.s3(), finalObject.bucket(), keyFor(finalObject.key()));
    }

    /** The staging key of {@code objectKey}: same folder, a dot name no store key can take. */
    static String keyFor(String objectKey) {
        int slash = objectKey.lastIndexOf('/');
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return objectKey.substring(0, slash + 1) + "." + objectKey.substring(slash + 1) + MARKER
                + HexFormat.of().formatHex(random);
    }

    /** Starts the next streamed part of {@code size} bytes (the staging upload on the first call). */
    StreamedPart startPart(long size, int pipeSize, BufferPool gauge, PartUploads uploads) {
        if (uploadId == null) {
            uploadId = calls.startMultipart();
        }
        int number = parts.size() + 1;
        String id = uploadId;
        PartPipe pipe = new PartPipe(pipeSize, gauge);
        Future<CompletedPart> result = uploads.submitStreamed(() -> {
            try {
                return calls.uploadStreamedPart(id, number, size, pipe.provider());
            } catch (Throwable t) {
                pipe.fail(t);
                throw t;
            }
        }, pipe::release);
        parts.add(result);
        return new StreamedPart(size, pipe, result);
    }

    /** Counts {@code n} bytes of the stream (not padding) as sent to the staging upload. */
    void addReal(long n) {
        realLength += n;
    }

    /** The stream's bytes in the staging object, which starts with them. */
    long realLength() {
        return realLength;
    }

    /** Waits for the streamed parts and completes the staging object. */
    void complete(PartUploads uploads) {
        List<CompletedPart> done = uploads.awaitAll(parts);
        completing = true;
        versionId = calls.complete(uploadId, done);
        completed = true;
    }

    /**
     * Copies the real bytes of the completed staging object (not the padding) server-side into the
     * final upload {@code uploadId}, as parts after its {@code buffered} ones, in ranges that fit
     * the {@code maxParts} limit; returns the parts in order. Copies exactly the version completed.
     */
    List<CompletedPart> copyInto(S3Calls target, String uploadId, int buffered, int maxParts, long copyRange,
                                 PartUploads uploads) {
        List<Future<CompletedPart>> copies = new ArrayList<>();
        int number = buffered;
        for (CopyRange range : CopyRange.plan(realLength, maxParts - buffered, copyRange)) {
            int partNumber = ++number;
            copies.add(uploads.submitLimited(() -> target.uploadPartCopy(uploadId, partNumber, calls.key(),
                    versionId, range), () -> { }));
        }
        return uploads.awaitAll(copies);
    }

    /** Removes whatever exists: the open upload, or the staging object. Failures are logged. */
    void discard() {
        if (uploadId != null && !completed) {
            calls.abortMultipart(uploadId);
        }
        if (completing) {
            calls.deleteQuietly();
        }
    }
}
