package io.pgbackup.storage;

import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.IOException;
import java.io.InputStream;

import static io.pgbackup.storage.S3TestStores.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The store contract and round trips with a 5 MiB buffer cap, so that parts of 10 MiB and more are
 * streamed to a staging object and copied server-side into the final one (S3Proxy).
 */
class S3StreamedPartsTest extends BackupStoreContract {
    private static final int FORTY_MB = 40_000_000;

    private final S3Recorder recorder = new S3Recorder();
    private String bucket;

    @Override
    protected BackupStore newStore() {
        return newStore(S3TestStores.TEST_SCHEDULE, S3TestStores.STREAMING);
    }

    private S3Store newStore(PartSchedule schedule, WriterLimits limits) {
        bucket = S3Fixture.newBucket("streamed");
        return S3TestStores.create(bucket, recorder, schedule, 2, limits);
    }

    @Override
    protected void assertNoLeftovers() {
        S3TestStores.assertNoLeftovers(bucket);
    }

    /** 5 + 5 MiB buffered, then 10, 10 and 20 MiB streamed: the last one holds 8.1 MiB and 11.9 MiB of zeros. */
    @Test
    void fortyMegabytesGoThroughStreamedPartsAndComeBackWithoutPadding() throws IOException {
        S3ObjectWriter writer = (S3ObjectWriter) store.create("app/forty");
        String written = writeRandom(writer, FORTY_MB, 40);
        writer.close();
        assertThat(writer.partSizes()).containsExactly(5 * MIB, 5 * MIB, 10 * MIB, 10 * MIB, 20 * MIB);
        assertThat(recorder.count("CreateMultipartUpload")).isEqualTo(2);
        assertThat(recorder.count("UploadPart")).isEqualTo(5);
        assertThat(recorder.count("UploadPartCopy")).isEqualTo(6);
        assertThat(recorder.count("CompleteMultipartUpload")).isEqualTo(2);
        assertThat(recorder.count("DeleteObject")).isEqualTo(1);
        assertThat(recorder.count("AbortMultipartUpload")).isZero();
        long streamed = FORTY_MB - 10 * MIB;
        assertThat(recorder.copyRanges).hasSize(6).contains("bytes=0-5242879")
                .contains("bytes=" + 25 * MIB + "-" + (streamed - 1));
        assertThat(S3Fixture.client().headObject(r -> r.bucket(bucket).key("pg/app/app/forty")).contentLength())
                .isEqualTo(FORTY_MB);
        try (InputStream in = store.open("app/forty")) {
            assertThat(sha256(in)).isEqualTo(written);
        }
        assertThat(store.list("")).extracting(StoredObject::key, StoredObject::size)
                .containsExactly(tuple("app/forty", (long) FORTY_MB));
        assertThat(writer.highWater()).isPositive()
                .isLessThanOrEqualTo(S3TestStores.STREAMING.memoryBound(S3TestStores.TEST_SCHEDULE, 2));
        assertNoLeftovers();
    }

    /** Sizes on and just past part boundaries, buffered (5, 10 MiB) and streamed (20 MiB). */
    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({
            "5242880, 0, ''",
            "5242881, 0, ''",
            "10485760, 0, ''",
            "10485761, 1, bytes=0-0",
            "20971520, 2, bytes=5242880-10485759",
            "20971521, 3, bytes=10485760-10485760"})
    void roundTripsAtPartBoundaries(int size, int copies, String lastRange) throws IOException {
        assertRoundTrip("app/boundary", size);
        assertThat(recorder.count("UploadPartCopy")).isEqualTo(copies);
        assertThat(recorder.count("DeleteObject")).isEqualTo(copies > 0 ? 1 : 0);
        if (copies > 0) {
            // copies may run in parallel, so the recorder sees them in any order: the last is the highest range
            assertThat(recorder.copyRanges.stream()
                    .max(java.util.Comparator.comparingLong(r -> Long.parseLong(r.substring(6, r.indexOf('-')))))
                    .orElseThrow()).isEqualTo(lastRange);
        }
    }

    /**
     * A first part larger than the cap: its first 5 MiB wait in memory; a stream that ends there is
     * one PutObject, a longer one streams part 1 and is copied whole.
     */
    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({"100, 0", "5242880, 0", "5242881, 2", "10485761, 3", "31457281, 7"})
    void aFirstPartLargerThanTheCapStartsInMemory(int size, int copies) throws IOException {
        store.close();
        store = newStore(new PartSchedule(10 * MIB, 1, PartSchedule.MAX_PART_SIZE, 1000),
                new WriterLimits(5 * MIB, 1 << 20, 5 * MIB));
        assertRoundTrip("app/head", size);
        assertThat(recorder.count("PutObject")).isEqualTo(copies == 0 ? 1 : 0);
        assertThat(recorder.count("UploadPartCopy")).isEqualTo(copies);
    }

    /**
     * 200 MB through 64 MiB parts with an 8 MiB cap: the writer never holds more than
     * 3 x 8 MiB + the 4 MiB pipe, where buffering whole parts would take 3 x 64 MiB.
     */
    @Test
    void memoryStaysUnderTheCapWhateverThePartSize() throws IOException {
        PartSchedule schedule = new PartSchedule(8 * MIB, 2, 64 * MIB, 1000);
        WriterLimits limits = new WriterLimits(8 * MIB, 4 << 20, PartSchedule.GIB);
        store.close();
        store = newStore(schedule, limits);
        S3ObjectWriter writer = (S3ObjectWriter) store.create("app/two-hundred");
        String written = writeRandom(writer, 200_000_000, 200);
        writer.close();
        assertThat(writer.partSizes()).containsExactly(8 * MIB, 8 * MIB, 16 * MIB, 16 * MIB, 32 * MIB, 32 * MIB,
                64 * MIB, 64 * MIB);
        assertThat(limits.memoryBound(schedule, 2)).isEqualTo(28 * MIB);
        assertThat(writer.highWater()).isGreaterThanOrEqualTo(8 * MIB).isLessThanOrEqualTo(28 * MIB);
        try (InputStream in = store.open("app/two-hundred")) {
            assertThat(sha256(in)).isEqualTo(written);
        }
        assertNoLeftovers();
    }

    /** A staging object left behind (say, by a killed job) never shows in the store's listing. */
    @Test
    void stagingObjectsAreNotListed() throws IOException {
        put("app/kept", 10);
        String staging = StagingUpload.keyFor("pg/app/app/kept");
        assertThat(staging).startsWith("pg/app/app/.kept.staging-").hasSize("pg/app/app/.kept.staging-".length() + 16);
        S3Fixture.client().putObject(r -> r.bucket(bucket).key(staging),
                RequestBody.fromString("padding"));
        assertThat(store.list("")).extracting(StoredObject::key).containsExactly("app/kept");
        assertThat(store.list("app/")).extracting(StoredObject::key).containsExactly("app/kept");
        S3Fixture.client().deleteObject(r -> r.bucket(bucket).key(staging));
    }
}
