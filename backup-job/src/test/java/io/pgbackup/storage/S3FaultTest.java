package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the S3 store reports refused keys, a missing bucket and an unreachable endpoint. */
class S3FaultTest {
    private static final String WRONG_SECRET = "wrong-secret-5b1d0c7e";
    private static final String NL = System.lineSeparator();
    private static final String REFUSED_HINT = "HINT: check SCW_ACCESS_KEY and SCW_SECRET_KEY in Vault: the key may"
            + " be wrong, revoked, or lack access to this bucket";
    private static String bucket;

    @BeforeAll
    static void createBucket() {
        bucket = S3Fixture.newBucket("faults");
    }

    @Test
    void aWrongSecretKeyIsRefusedCredentials() {
        S3Settings wrong = new S3Settings(Optional.of(S3Fixture.start()), S3Fixture.REGION, S3Fixture.ACCESS_KEY,
                WRONG_SECRET, true);
        try (S3Store store = S3Store.open(new S3Location(bucket, "app"), wrong)) {
            String expected = "error: the s3 service refused the credentials for bucket " + bucket + NL + REFUSED_HINT;
            assertFails(store::probe, ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> store.list(""), ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> store.open("app/x"), ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> writeSmall(store), ExitCode.STORE_UNREACHABLE, expected);
        }
    }

    @Test
    void anUnknownAccessKeyIsRefusedCredentials() {
        S3Settings wrong = new S3Settings(Optional.of(S3Fixture.start()), S3Fixture.REGION, "unknown-access-key",
                S3Fixture.SECRET_KEY, true);
        try (S3Store store = S3Store.open(new S3Location(bucket, "app"), wrong)) {
            assertFails(store::probe, ExitCode.STORE_UNREACHABLE, "error: the s3 service refused the credentials"
                    + " for bucket " + bucket + NL + REFUSED_HINT);
        }
    }

    @Test
    void aMissingBucketIsNamed() {
        String expected = "error: bucket no-such-bucket-pgbackup does not exist at " + S3Fixture.start() + NL
                + "HINT: create the bucket (the infra stack declares it) or fix the bucket in the store uri" + NL
                + "HINT: check that SCW_S3_URL and SCW_DEFAULT_REGION name the bucket's region";
        try (S3Store store = S3Store.open(new S3Location("no-such-bucket-pgbackup", "app"), S3Fixture.settings())) {
            assertFails(store::probe, ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> store.list("app/"), ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> store.open("app/x"), ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> writeSmall(store), ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> writeLarge(store), ExitCode.STORE_UNREACHABLE, expected);
        }
    }

    @Test
    void aClosedPortIsUnreachableWithinSeconds() throws IOException {
        URI closed = closedPort();
        S3Settings settings = new S3Settings(Optional.of(closed), S3Fixture.REGION, S3Fixture.ACCESS_KEY,
                S3Fixture.SECRET_KEY, true);
        String expected = "error: cannot reach s3 endpoint " + closed + NL
                + "HINT: check SCW_S3_URL and that this machine can reach it (network, DNS, proxy)";
        long start = System.nanoTime();
        try (S3Store store = new S3Store(S3Clients.builder(settings, Duration.ofSeconds(1),
                o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build(), new S3Location(bucket, "app"),
                settings.endpointText(), PartSchedule.SCALEWAY, 2)) {
            assertFails(store::probe, ExitCode.STORE_UNREACHABLE, expected);
            assertFails(() -> writeSmall(store), ExitCode.STORE_UNREACHABLE, expected);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theProductionClientAlsoGivesUpOnAClosedPortWithinSeconds() throws IOException {
        URI closed = closedPort();
        S3Settings settings = new S3Settings(Optional.of(closed), S3Fixture.REGION, S3Fixture.ACCESS_KEY,
                S3Fixture.SECRET_KEY, true);
        long start = System.nanoTime();
        try (BackupStore store = BackupStores.open("s3://" + bucket + "/app", settings)) {
            assertFails(store::probe, ExitCode.STORE_UNREACHABLE, "error: cannot reach s3 endpoint " + closed + NL
                    + "HINT: check SCW_S3_URL and that this machine can reach it (network, DNS, proxy)");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    private static void writeSmall(BackupStore store) throws IOException {
        try (ObjectWriter writer = store.create("app/small")) {
            writer.write(new byte[100]);
        }
    }

    private static void writeLarge(BackupStore store) throws IOException {
        try (ObjectWriter writer = store.create("app/large")) {
            writer.write(new byte[9 * 1024 * 1024]);
        }
    }

    /** Asserts the exception, its rendering, and that no secret appears anywhere in it or its causes. */
    static void assertFails(Executable action, ExitCode code, String rendered) {
        assertThatThrownBy(action::execute).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(code);
            assertThat(e.render()).isEqualTo(rendered);
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t)).doesNotContain(S3Fixture.SECRET_KEY).doesNotContain(WRONG_SECRET);
            }
        });
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
