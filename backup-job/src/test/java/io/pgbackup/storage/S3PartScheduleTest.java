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

    @Test
    void memoryBoundIsPartsInFlightPlusOneTimesTheCurrentPart() {
        assertThat(DEFAULT.memoryBound(0, 2)).isEqualTo(24 * MIB);
        assertThat(DEFAULT.memoryBound(1_000_000_000L, 2)).isEqualTo(3 * 64 * MIB);
        assertThat(DEFAULT.memoryBound(10_000_000_000L, 2)).isEqualTo(3 * GIB);
        assertThat(DEFAULT.memoryBound(50_000_000_000L, 2)).isEqualTo(12 * GIB);
        assertThat(DEFAULT.memoryBound(100_000_000_000L, 2)).isEqualTo(15 * GIB);
    }

    @Test
    void aSmallerMaximumObjectGrowsPartsMoreSlowly() {
        PartSchedule oneTerabyte = PartSchedule.forMaxObjectSize(1_000_000_000_000L, 1000);
        assertThat(oneTerabyte.capacity()).isGreaterThanOrEqualTo(1_000_000_000_000L);
        assertThat(oneTerabyte.doublingEvery()).isEqualTo(96);
        assertThat(oneTerabyte.memoryBound(50_000_000_000L, 2)).isEqualTo(3 * 256 * MIB);
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
