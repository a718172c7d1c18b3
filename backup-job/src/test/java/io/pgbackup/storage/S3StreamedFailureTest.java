package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static io.pgbackup.storage.BackupStoreContract.writeRandom;
import static io.pgbackup.storage.S3TestStores.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A writer that streams parts (5 MiB cap, S3Proxy) leaves nothing behind, neither open uploads nor
 * a staging object, when its requests fail, when it is aborted, and when its thread is interrupted.
 */
class S3StreamedFailureTest {
    private static final int FORTY_MB = 40_000_000;

    private final S3Recorder recorder = new S3Recorder();
    private String bucket;
    private S3Store store;

    @BeforeEach
    void openStore() {
        bucket = S3Fixture.newBucket("streamed-failure");
        store = S3TestStores.create(bucket, recorder, S3TestStores.TEST_SCHEDULE, 2, S3TestStores.STREAMING);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** The connection drops 3 MiB into streamed part 2 (the 10 MiB part at 20 MiB of the stream). */
    @Test
    void aConnectionResetInTheMiddleOfAStreamedPartFailsTheWriter() {
        recorder.failStagingPart = 2;
        recorder.failAfterBytes = 3 * MIB;
        ObjectWriter writer = store.create("app/reset");
        PgBackupException failure = catchThrowableOfType(PgBackupException.class, () -> {
            writeRandom(writer, FORTY_MB, 1);
            writer.close();
        });
        assertThat(failure.exitCode()).isEqualTo(ExitCode.STORE_UNREACHABLE);
        assertThat(failure.getMessage()).isEqualTo("cannot reach s3 endpoint " + S3Fixture.start());
        assertThat(writer.bytesWritten()).isBetween(23 * MIB, 30 * MIB);
        String rendered = failure.render();
        assertThatThrownBy(writer::close).isInstanceOfSatisfying(PgBackupException.class,
                e -> assertThat(e.render()).isEqualTo(rendered));
        assertThat(recorder.count("CompleteMultipartUpload")).isZero();
        assertThat(recorder.count("AbortMultipartUpload")).isEqualTo(2);
        assertNothingLeft();
    }

    /** Everything is uploaded and the staging object completed, but copying it fails. */
    @Test
    void aFailedCopyDeletesTheStagingObject() {
        recorder.failCopies = true;
        ObjectWriter writer = store.create("app/copy-fails");
        PgBackupException failure = catchThrowableOfType(PgBackupException.class, () -> {
            writeRandom(writer, FORTY_MB, 2);
            writer.close();
        });
        assertThat(failure.exitCode()).isEqualTo(ExitCode.STORE_UNREACHABLE);
        assertThat(failure.getMessage()).isEqualTo("cannot reach s3 endpoint " + S3Fixture.start());
        assertThat(recorder.count("CompleteMultipartUpload")).isEqualTo(1);
        assertThat(recorder.count("AbortMultipartUpload")).isEqualTo(1);
        assertThat(recorder.count("DeleteObject")).isEqualTo(1);
        assertNothingLeft();
    }

    /** Aborted 5 MiB into the second streamed part: both uploads are aborted. */
    @Test
    void abortInTheMiddleOfAStreamedPartLeavesNothing() throws Exception {
        ObjectWriter writer = store.create("app/aborted");
        writeRandom(writer, (int) (25 * MIB), 3);
        writer.abort();
        writer.close();
        assertThat(recorder.count("AbortMultipartUpload")).isEqualTo(2);
        assertThat(recorder.count("CompleteMultipartUpload")).isZero();
        assertNothingLeft();
    }

    /** The writer waits on the pipe of a streamed part whose request is slow to start, and is interrupted. */
    @Test
    void anInterruptInTheMiddleOfAStreamedPartLeavesNothing() throws Exception {
        recorder.stagingPartDelayMillis = 5_000;
        ObjectWriter writer = store.create("app/interrupted");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                writeRandom(writer, FORTY_MB, 4);
                writer.close();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        producer.start();
        while (recorder.stagingPartsStarted.get() < 1) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        long t0 = System.nanoTime();
        producer.interrupt();
        producer.join(30_000);
        assertThat(producer.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
        assertThat(thrown.get()).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(e.getMessage()).isEqualTo("interrupted while uploading pg/app/app/interrupted");
        });
        assertThat(writer.bytesWritten()).isBetween(10 * MIB, 12 * MIB);
        assertNothingLeft();
    }

    private void assertNothingLeft() {
        assertThat(store.list("")).isEmpty();
        S3TestStores.assertNoLeftovers(bucket);
    }
}
