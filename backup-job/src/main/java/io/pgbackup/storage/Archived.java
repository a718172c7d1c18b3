package io.pgbackup.storage;

import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Set;

/**
 * Objects a lifecycle rule moved to an archive storage class. S3 and Scaleway refuse to GET them
 * ({@code 403 InvalidObjectState}) until a RestoreObject brought a copy back; a server that serves
 * them anyway (S3Proxy) still reports the class, which is treated the same, so what the job says
 * does not depend on the server. A restored copy ({@code x-amz-restore: ongoing-request="false"})
 * reads as usual.
 */
final class Archived {
    private static final Set<String> ARCHIVE_CLASSES = Set.of("GLACIER", "DEEP_ARCHIVE", "GLACIER_IR_ARCHIVE");

    private Archived() {
    }

    static boolean isArchived(GetObjectResponse response) {
        String storageClass = response.storageClassAsString();
        boolean restored = response.restore() != null && response.restore().contains("ongoing-request=\"false\"");
        return storageClass != null && ARCHIVE_CLASSES.contains(storageClass) && !restored;
    }

    static boolean isArchived(S3Exception e) {
        return e.awsErrorDetails() != null && "InvalidObjectState".equals(e.awsErrorDetails().errorCode());
    }
}
