package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store contract, and the multipart behaviour, against a real S3 server (S3Proxy). */
class S3StoreTest extends BackupStoreContract {
    static final long MIB = PartSchedule.MIB;
    /** 30 MB goes up as 5, 5, 10 and 8.6 MiB, all buffered (below the default 32 MiB cap). */
    static final PartSchedule TEST_SCHEDULE = S3TestStores.TEST_SCHEDULE;

    private final S3Recorder recorder = new S3Recorder();
    private String bucket;

    /** A new bucket, the prefix pg/app, 2 parts in flight, and pages of 2 keys to exercise pagination. */
    @Override
    protected BackupStore newStore() {
        return newStore(2);
    }

    private S3Store newStore(int partsInFlight) {
        bucket = S3Fixture.newBucket("contract");
        return S3TestStores.create(bucket, recorder, TEST_SCHEDULE, partsInFlight, WriterLimits.DEFAULT);
    }

    @Override
    protected void assertNoLeftovers() {
        S3TestStores.assertNoLeftovers(bucket);
    }

    @Test
    void partsGrowAsTheStreamGrows() throws IOException {
        S3ObjectWriter writer = (S3ObjectWriter) store.create("app/big");
        writeRandom(writer, MULTI_PART_SIZE, 7);
        writer.close();
        assertThat(writer.partSizes()).containsExactly(5 * MIB, 5 * MIB, 10 * MIB, MULTI_PART_SIZE - 20 * MIB);
        assertThat(recorder.count("UploadPart")).isEqualTo(4);
        assertThat(recorder.count("CompleteMultipartUpload")).isEqualTo(1);
        assertThat(recorder.count("PutObject")).isZero();
        assertThat(S3Fixture.client().headObject(r -> r.bucket(bucket).key("pg/app/app/big")).contentLength())
                .isEqualTo(MULTI_PART_SIZE);
    }

    @Test
    void aSmallObjectIsOnePutObject() throws IOException {
        put("app/small", 4096);
        assertThat(recorder.operations).containsExactly("PutObject");
    }

    @Test
    void sendsNeitherEncryptionNorChecksumHeaders() throws IOException {
        assertRoundTrip("app/big", MULTI_PART_SIZE);
        assertRoundTrip("app/small", 100);
        assertThat(recorder.operations).contains("CreateMultipartUpload", "UploadPart", "PutObject", "GetObject");
        assertThat(recorder.headerNames).isNotEmpty().noneMatch(h -> h.toLowerCase().startsWith("x-amz-server-side"))
                .noneMatch(h -> h.toLowerCase().startsWith("x-amz-checksum"))
                .noneMatch(h -> h.toLowerCase().startsWith("x-amz-sdk-checksum"));
    }

    @Test
    void aFailedPartAbortsTheUploadAndFailsTheWriter() throws IOException {
        recorder.failOnPart = 2;
        ObjectWriter writer = store.create("app/doomed");
        PgBackupException failure = null;
        try {
            writeRandom(writer, MULTI_PART_SIZE, 9);
            writer.close();
        } catch (PgBackupException e) {
            failure = e;
        }
        assertThat(failure).isNotNull();
        assertThat(failure.exitCode()).isEqualTo(ExitCode.STORE_UNREACHABLE);
        assertThat(failure.getMessage()).isEqualTo("cannot reach s3 endpoint " + S3Fixture.start());
        String rendered = failure.render();
        assertThatThrownBy(writer::close).isInstanceOfSatisfying(PgBackupException.class,
                e -> assertThat(e.render()).isEqualTo(rendered));
        assertThatThrownBy(() -> writer.write(1)).isInstanceOfSatisfying(PgBackupException.class,
                e -> assertThat(e.render()).isEqualTo(rendered));
        assertThat(recorder.count("AbortMultipartUpload")).isEqualTo(1);
        assertThat(store.list("")).isEmpty();
        assertNoLeftovers();
    }

    @Test
    void atMostTwoPartsUploadAtOnce() throws IOException {
        recorder.partDelayMillis = 300;
        assertRoundTrip("app/big", MULTI_PART_SIZE);
        assertThat(recorder.maxPartsUploading.get()).isEqualTo(2);
    }

    @Test
    void oneInFlightMeansOnePartAtATime() throws IOException {
        store.close();
        store = newStore(1);
        recorder.partDelayMillis = 100;
        assertRoundTrip("app/big", MULTI_PART_SIZE);
        assertThat(recorder.maxPartsUploading.get()).isEqualTo(1);
    }

    @Test
    void anInterruptedWriterAbortsTheUpload() throws Exception {
        recorder.partDelayMillis = 5_000;
        ObjectWriter writer = store.create("app/interrupted");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                writeRandom(writer, MULTI_PART_SIZE, 11);
                writer.close();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        producer.start();
        while (recorder.partsUploading.get() < 2) {
            Thread.sleep(10);
        }
        long t0 = System.nanoTime();
        producer.interrupt();
        producer.join(30_000);
        assertThat(producer.isAlive()).isFalse();
        // The parts in flight were stopped, not waited for (each would take 5 s).
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
        assertThat(thrown.get()).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(e.getMessage()).isEqualTo("interrupted while uploading pg/app/app/interrupted");
        });
        assertThat(store.list("")).isEmpty();
        assertNoLeftovers();
    }

    @Test
    void listPaginates() throws IOException {
        for (int i = 0; i < 5; i++) {
            put("app/" + i, 1);
        }
        recorder.operations.clear();
        List<StoredObject> all = store.list("app/");
        assertThat(all).extracting(StoredObject::key).containsExactlyInAnyOrder("app/0", "app/1", "app/2", "app/3",
                "app/4");
        assertThat(recorder.count("ListObjectsV2")).isEqualTo(3);
    }

    @Test
    void describesBucketAndPrefixOnly() {
        assertThat(store.describe()).isEqualTo("s3://" + bucket + "/pg/app");
    }
}
