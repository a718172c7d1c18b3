package io.pgbackup.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.util.List;

/**
 * The S3 requests of one upload, exactly as sent: no server-side-encryption header (Scaleway
 * answers 400 to it) and no checksum beyond what the API requires. Failures surface as the SDK's
 * exceptions; the writer maps them.
 */
record S3Calls(S3Client s3, String bucket, String key) {
    private static final Logger LOG = LoggerFactory.getLogger(S3Calls.class);
    private static final String CONTENT_TYPE = "application/octet-stream";

    void put(PartBuffer body) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(CONTENT_TYPE).contentLength(body.size()),
                body.body());
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

    void complete(String uploadId, List<CompletedPart> parts) {
        s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(u -> u.parts(parts)));
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
