package io.pgbackup.storage;

import io.pgbackup.testsupport.S3Fixture;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;

/** S3 stores on fresh buckets of the test server, and what a writer must not leave in a bucket. */
final class S3TestStores {
    static final long MIB = PartSchedule.MIB;
    /** 5 MiB parts doubling every 2 parts: 5, 5, 10, 10, 20, 20, 40... MiB. */
    static final PartSchedule TEST_SCHEDULE = new PartSchedule(5 * MIB, 2, PartSchedule.MAX_PART_SIZE, 1000);
    /** Parts above 5 MiB streamed through a 1 MiB pipe, staged bytes copied in ranges of 5 MiB. */
    static final WriterLimits STREAMING = new WriterLimits(5 * MIB, 1 << 20, 5 * MIB);

    private S3TestStores() {
    }

    /** A store on a new bucket (prefix pg/app, list pages of 2 keys) whose client reports to {@code recorder}. */
    static S3Store create(String bucket, S3Recorder recorder, PartSchedule schedule, int partsInFlight,
                          WriterLimits limits) {
        S3Settings settings = S3Fixture.settings();
        return new S3Store(S3Clients.builder(settings, S3Clients.CONNECT_TIMEOUT,
                o -> o.addExecutionInterceptor(recorder)).build(), new S3Location(bucket, "pg/app"),
                settings.endpointText(), schedule, partsInFlight, limits, 2);
    }

    /** No open multipart upload and no staging object, looking at the bucket directly (not through the store). */
    static void assertNoLeftovers(String bucket) {
        assertThat(S3Fixture.client().listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
        assertThat(S3Fixture.client().listObjectsV2Paginator(r -> r.bucket(bucket)).contents())
                .extracting(S3Object::key).noneMatch(key -> key.contains(StagingUpload.MARKER));
    }
}
