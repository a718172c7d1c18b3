package io.pgbackup.storage;

/**
 * How much memory an {@link S3ObjectWriter} may use, whatever the size of the stream.
 *
 * @param bufferCap  the largest part held in memory; larger parts of the schedule are streamed
 *                   through the pipe instead (at least 5 MiB, S3's smallest part)
 * @param pipeSize   the bytes between the writer and the request of a streamed part
 * @param copyRange  the preferred size of each server-side copy of staged bytes into the final
 *                   object (5 MiB to 5 GiB; grown if the parts left require it)
 */
public record WriterLimits(long bufferCap, int pipeSize, long copyRange) {
    /** 32 MiB parts in memory, a 4 MiB pipe, copies of 1 GiB. */
    public static final WriterLimits DEFAULT = new WriterLimits(32 * PartSchedule.MIB, 4 << 20, PartSchedule.GIB);

    public WriterLimits {
        if (bufferCap < PartSchedule.MIN_PART_SIZE || pipeSize < 1 || copyRange < PartSchedule.MIN_PART_SIZE
                || copyRange > PartSchedule.MAX_PART_SIZE) {
            throw new IllegalArgumentException("invalid writer limits " + bufferCap + "/" + pipeSize + "/" + copyRange);
        }
    }

    /**
     * The most bytes a writer holds in its buffers, whatever the stream's size: {@code partsInFlight}
     * parts uploading plus the one filling, none larger than {@code min(largest part, bufferCap)},
     * plus the pipe of a streamed part.
     */
    public long memoryBound(PartSchedule schedule, int partsInFlight) {
        return (partsInFlight + 1L) * Math.min(schedule.maxPartSize(), bufferCap) + pipeSize;
    }

    /**
     * The most bytes a writer holds while the stream is at {@code offset}: {@code (partsInFlight + 1)
     * x min(P, bufferCap)}, where {@code P} is the size of the part holding that offset, plus the
     * pipe once parts are streamed ({@code P > bufferCap}).
     */
    public long memoryBound(PartSchedule schedule, long offset, int partsInFlight) {
        long part = schedule.partSizeAt(offset);
        return (partsInFlight + 1L) * Math.min(part, bufferCap) + (part > bufferCap ? pipeSize : 0);
    }
}
