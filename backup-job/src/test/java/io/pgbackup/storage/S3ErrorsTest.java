package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object lock cannot be shown on S3Proxy (it has no object lock), so the recognition of a locked
 * object is checked on the error bodies that S3 services send.
 */
class S3ErrorsTest {
    @Test
    void recognisesObjectLockRefusals() {
        assertThat(S3Errors.isObjectLocked(error(403, "AccessDenied", "Access Denied because object protected by"
                + " object lock."))).isTrue();
        assertThat(S3Errors.isObjectLocked(error(400, "InvalidRequest", "Object is WORM protected and cannot be"
                + " overwritten (retention until 2027-01-01)"))).isTrue();
        assertThat(S3Errors.isObjectLocked(error(403, "AccessDenied", "Access Denied"))).isFalse();
        assertThat(S3Errors.isObjectLocked(error(400, "InvalidRequest", "Missing required header"))).isFalse();
    }

    @Test
    void aPlainAccessDeniedIsRefusedCredentials() {
        S3Errors errors = new S3Errors(new S3Location("acme-backups", "app"), "https://s3.fr-par.scw.cloud");
        var e = errors.map(error(403, "AccessDenied", "Access Denied"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.STORE_UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("the s3 service refused the credentials for bucket acme-backups");
    }

    @Test
    void otherServiceErrorsNameStatusCodeAndBucket() {
        S3Errors errors = new S3Errors(new S3Location("acme-backups", "app"), "https://s3.fr-par.scw.cloud");
        var e = errors.map(error(503, "SlowDown", "Please reduce your request rate."));
        assertThat(e.exitCode()).isEqualTo(ExitCode.STORE_UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("the s3 service at https://s3.fr-par.scw.cloud answered 503 SlowDown"
                + " for bucket acme-backups");
    }

    private static S3Exception error(int status, String code, String message) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }
}
