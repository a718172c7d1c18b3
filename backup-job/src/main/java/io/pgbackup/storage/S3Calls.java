package io.pgbackup.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The S3 requests of one upload, exactly as sent: no server-side-encryption header (Scaleway
 * answers 400 to it) and no checksum beyond what the API requires. Failures surface as the SDK's
 * exceptions; the writer maps them.
 */
record S3Calls(S3Client s3, String bucket, String key) {
    private static final Logger LOG = LoggerFactory.getLogger(S3Calls.class);
    private static final String CONTENT_TYPE = "application/octet-stream";

    /** Puts {@code body}, or an empty object if it is null. */
    void put(PartBuffer body) {
        long size = body == null ? 0 : body.size();
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(CONTENT_TYPE).contentLength(size),
                body == null ? RequestBody.empty() : body.body());
    }

    String startMultipart() {
        return s3.createMultipartUpload(r -> r.bucket(bucket).key(key).contentType(CONTENT_TYPE)).uploadId();
    }

    CompletedPart uploadPart(String uploadId, int number, PartBuffer part) {
        String etag = s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                .contentLength(part.size()), part.body()).eTag();
        LOG.debug("uploaded part {} of {} ({} bytes)", number, key, part.size());
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    /**
     * Sends a part of {@code size} bytes read from {@code body} as the request goes. A retry after
     * bytes were read fails in {@code body} (they are gone): that surfaces as the I/O failure it is.
     */
    CompletedPart uploadStreamedPart(String uploadId, int number, long size, ContentStreamProvider body) {
        String etag;
        try {
            etag = s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                    .contentLength(size), RequestBody.fromContentProvider(body, size, CONTENT_TYPE)).eTag();
        } catch (UncheckedIOException e) {
            throw SdkClientException.create("streamed part " + number + " failed and cannot be resent", e.getCause());
        }
        LOG.debug("streamed part {} of {} ({} bytes)", number, key, size);
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    /** Makes part {@code number} a server-side copy of {@code range} of the object {@code sourceKey}. */
    CompletedPart uploadPartCopy(String uploadId, int number, String sourceKey, String sourceVersion,
                                 CopyRange range) {
        String etag = s3.uploadPartCopy(r -> r.sourceBucket(bucket).sourceKey(sourceKey)
                .sourceVersionId(sourceVersion).destinationBucket(bucket).destinationKey(key).uploadId(uploadId)
                .partNumber(number).copySourceRange(range.header())).copyPartResult().eTag();
        LOG.debug("copied part {} of {} from {} ({} bytes)", number, key, sourceKey, range.length());
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    /** Completes the upload; returns the new object's version id (null in an unversioned bucket). */
    String complete(String uploadId, List<CompletedPart> parts) {
        return s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(u -> u.parts(parts))).versionId();
    }

    /** Deletes the object; a failure is logged, not thrown: the caller is done or handling a failure. */
    void deleteQuietly() {
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        } catch (SdkException e) {
            LOG.warn("could not delete the staging object {} in bucket {} ({}); it is hidden from listings,"
                    + " delete it by hand", key, bucket, e.getClass().getSimpleName());
        }
    }

    /** Aborts the upload; a failure is logged, not thrown: the caller is already handling one. */
    void abortMultipart(String uploadId) {
        try {
            s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            LOG.warn("could not abort the multipart upload of {} in bucket {} ({}); the bucket's lifecycle rule"
                    + " for incomplete uploads removes it", key, bucket, e.getClass().getSimpleName());
        }
    }
}
