package io.pgbackup.storage;

import org.junit.jupiter.api.Test;

import static io.pgbackup.storage.PartSchedule.GIB;
import static io.pgbackup.storage.PartSchedule.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default part schedule fits Scaleway's limits: 1,000 parts of 5 MiB to 5 GiB. */
class S3PartScheduleTest {
    private static final PartSchedule DEFAULT = PartSchedule.SCALEWAY;
    private static final long FIVE_TB = 5_000_000_000_000L;
    private static final long FIVE_TIB = 5L << 40;

    @Test
    void thousandPartsCarryFiveTerabytes() {
        assertThat(DEFAULT.maxParts()).isEqualTo(1000);
        assertThat(DEFAULT.capacity()).isEqualTo(5_007_864_758_272L).isGreaterThanOrEqualTo(FIVE_TB);
    }

    @Test
    void everyPartIsBetweenFiveMibAndFiveGib() {
        for (int part = 1; part <= DEFAULT.maxParts(); part++) {
            assertThat(DEFAULT.partSize(part)).isBetween(5 * MIB, 5 * GIB);
        }
        assertThat(DEFAULT.partSize(1)).isEqualTo(8 * MIB);
        assertThat(DEFAULT.partSize(8)).isEqualTo(8 * MIB);
        assertThat(DEFAULT.partSize(9)).isEqualTo(16 * MIB);
        assertThat(DEFAULT.partSize(80)).isEqualTo(4 * GIB);
        assertThat(DEFAULT.partSize(81)).isEqualTo(5 * GIB);
        assertThat(DEFAULT.partSize(1000)).isEqualTo(5 * GIB);
    }

    /** Why the target is 5 TB and not 5 TiB: no schedule can reach 5 TiB under Scaleway's limits. */
    @Test
    void fiveTebibytesAreOutOfReachOfAnySchedule() {
        assertThat(1000 * PartSchedule.MAX_PART_SIZE).isLessThan(FIVE_TIB);
        assertThat(new PartSchedule(5 * GIB, 1, 5 * GIB, 1000).capacity()).isLessThan(FIVE_TIB);
    }

    /** (parts in flight + 1) x min(part, 32 MiB) + the 4 MiB pipe once parts are streamed: never above 100 MiB. */
    @Test
    void memoryIsBoundedWhateverTheStreamSize() {
        WriterLimits limits = WriterLimits.DEFAULT;
        assertThat(limits.memoryBound(DEFAULT, 0, 2)).isEqualTo(24 * MIB);
        assertThat(limits.memoryBound(DEFAULT, 300_000_000L, 2)).isEqualTo(3 * 32 * MIB);
        assertThat(limits.memoryBound(DEFAULT, 1_000_000_000L, 2)).isEqualTo(3 * 32 * MIB + 4 * MIB);
        assertThat(limits.memoryBound(DEFAULT, 50_000_000_000L, 2)).isEqualTo(3 * 32 * MIB + 4 * MIB);
        assertThat(limits.memoryBound(DEFAULT, 4_999_000_000_000L, 2)).isEqualTo(3 * 32 * MIB + 4 * MIB);
        assertThat(limits.memoryBound(DEFAULT, 2)).isEqualTo(100 * MIB);
    }

    @Test
    void partsUpToThirtyTwoMibAreBufferedAndTheRestStreamed() {
        long buffered = 0;
        int part = 1;
        for (; DEFAULT.partSize(part) <= WriterLimits.DEFAULT.bufferCap(); part++) {
            buffered += DEFAULT.partSize(part);
        }
        assertThat(part).isEqualTo(25);
        assertThat(buffered).isEqualTo(448 * MIB);
    }

    @Test
    void copyRangesCoverTheRealBytesWithinTheParts() {
        assertThat(CopyRange.plan(1, 1, 5 * MIB)).containsExactly(new CopyRange(0, 0));
        assertThat(CopyRange.plan(12 * MIB, 10, 5 * MIB)).containsExactly(new CopyRange(0, 5 * MIB - 1),
                new CopyRange(5 * MIB, 10 * MIB - 1), new CopyRange(10 * MIB, 12 * MIB - 1));
        assertThat(CopyRange.plan(12 * MIB, 2, 5 * MIB)).extracting(CopyRange::length)
                .containsExactly(6 * MIB, 6 * MIB);
        assertThat(CopyRange.plan(10 * GIB + 1, 3, GIB)).extracting(CopyRange::header)
                .containsExactly("bytes=0-3579139413", "bytes=3579139414-7158278827", "bytes=7158278828-10737418240");
        // The largest stream of the default schedule fits: 976 streamed parts, copied in 976 ranges or fewer.
        long streamed = DEFAULT.capacity() - 448 * MIB;
        assertThat(CopyRange.plan(streamed, 1000 - 24, GIB)).hasSizeLessThanOrEqualTo(976)
                .allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(5 * GIB));
        assertThatThrownBy(() -> CopyRange.plan(5 * GIB + 1, 1, GIB)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSmallerMaximumObjectGrowsPartsMoreSlowly() {
        PartSchedule oneTerabyte = PartSchedule.forMaxObjectSize(1_000_000_000_000L, 1000);
        assertThat(oneTerabyte.capacity()).isGreaterThanOrEqualTo(1_000_000_000_000L);
        assertThat(oneTerabyte.doublingEvery()).isEqualTo(96);
        assertThat(PartSchedule.forMaxObjectSize(FIVE_TB, 1000)).isEqualTo(DEFAULT);
        assertThatThrownBy(() -> PartSchedule.forMaxObjectSize(FIVE_TIB, 1000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesPartsOutsideS3Limits() {
        assertThatThrownBy(() -> new PartSchedule(4 * MIB, 1, 5 * GIB, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartSchedule(8 * MIB, 1, 6 * GIB, 1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
