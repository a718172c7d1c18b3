package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Turns SDK failures into the operator's messages. Messages name the bucket and endpoint, never
 * a key, and never copy the service's own text (which may echo request details).
 */
final class S3Errors {
    private static final Set<String> REFUSED = Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch",
            "AccessDenied", "InvalidToken", "ExpiredToken", "AuthorizationHeaderMalformed");

    private final S3Location location;
    private final String endpoint;

    S3Errors(S3Location location, String endpoint) {
        this.location = location;
        this.endpoint = endpoint;
    }

    /** The exception to throw for {@code failure} (of any kind) while working on the store. */
    PgBackupException map(Throwable failure) {
        if (failure instanceof PgBackupException known) {
            return known;
        }
        if (failure instanceof S3Exception s3) {
            return mapService(s3);
        }
        if (failure instanceof AbortedException || failure instanceof InterruptedException) {
            return new PgBackupException(ExitCode.INTERRUPTED, "interrupted while talking to " + location, failure);
        }
        if (failure instanceof SdkException && hasIoCause(failure)) {
            return unreachable(failure);
        }
        return new PgBackupException(ExitCode.STORE_UNREACHABLE, "the s3 request to bucket " + location.bucket()
                + " at " + endpoint + " failed (" + failure.getClass().getSimpleName() + ")", failure,
                "run again with --verbose to see the cause");
    }

    PgBackupException notFound(String key) {
        return new PgBackupException(ExitCode.BACKUP_NOT_FOUND, "no object " + key + " in " + location,
                "list the store to see which backups it holds");
    }

    /** An archived object (GLACIER): the exact command that brings it back, then what to do. */
    PgBackupException archived(String objectKey) {
        return new PgBackupException(ExitCode.BACKUP_ARCHIVED, "the backup object in " + location
                + " is archived in the GLACIER storage class (the bucket's lifecycle moved it there) and cannot be read",
                "bring it back for a few days: aws s3api restore-object --bucket " + location.bucket() + " --key "
                        + objectKey + " --restore-request Days=3 --endpoint-url " + endpoint,
                "wait until 'aws s3api head-object' on it shows ongoing-request=\"false\" (minutes to hours), then run this again");
    }

    /** Whether a GET failed for want of the key (not of the bucket). */
    static boolean isNoSuchKey(S3Exception e) {
        return e instanceof NoSuchKeyException || "NoSuchKey".equals(code(e));
    }

    /** Whether a refused delete is object lock (retention or legal hold) at work. */
    static boolean isObjectLocked(S3Exception e) {
        String code = code(e);
        String text = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? ""
                : e.awsErrorDetails().errorMessage().toLowerCase(Locale.ROOT);
        boolean mentionsLock = text.contains("object lock") || text.contains("retention")
                || text.contains("legal hold") || text.contains("worm");
        return "ObjectLocked".equals(code)
                || (("AccessDenied".equals(code) || "InvalidRequest".equals(code)) && mentionsLock);
    }

    private PgBackupException mapService(S3Exception e) {
        String code = code(e);
        if (e instanceof NoSuchBucketException || "NoSuchBucket".equals(code)) {
            return new PgBackupException(ExitCode.STORE_UNREACHABLE, "bucket " + location.bucket()
                    + " does not exist at " + endpoint, e,
                    "create the bucket (the infra stack declares it) or fix the bucket in the store uri",
                    "check that " + S3Settings.ENDPOINT + " and " + S3Settings.REGION + " name the bucket's region");
        }
        if (e.statusCode() == 403 || REFUSED.contains(code)) {
            return new PgBackupException(ExitCode.STORE_UNREACHABLE,
                    "the s3 service refused the credentials for bucket " + location.bucket(), e,
                    "check " + S3Settings.ACCESS_KEY + " and " + S3Settings.SECRET_KEY
                            + " in Vault: the key may be wrong, revoked, or lack access to this bucket");
        }
        return new PgBackupException(ExitCode.STORE_UNREACHABLE, "the s3 service at " + endpoint + " answered "
                + e.statusCode() + (code == null ? "" : " " + code) + " for bucket " + location.bucket(), e,
                "run again later; if it persists, check the provider's status page");
    }

    private PgBackupException unreachable(Throwable e) {
        return new PgBackupException(ExitCode.STORE_UNREACHABLE, "cannot reach s3 endpoint " + endpoint, e,
                "check " + S3Settings.ENDPOINT + " and that this machine can reach it (network, DNS, proxy)");
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String code(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }
}
