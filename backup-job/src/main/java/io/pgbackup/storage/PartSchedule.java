package io.pgbackup.storage;

/**
 * The size of each part of a multipart upload whose total size is unknown in advance: parts start
 * at {@code firstPartSize} and double every {@code doublingEvery} parts, up to {@code maxPartSize}.
 * Small streams thus use small parts (little memory) while {@code maxParts} parts still carry a
 * very large stream. Parts larger than {@link WriterLimits#bufferCap()} are streamed rather than
 * held in memory, so a growing schedule costs no memory beyond the cap (see
 * {@link WriterLimits#memoryBound(PartSchedule, long, int)}).
 *
 * <p>{@link #SCALEWAY} fits Scaleway's limits (1,000 parts of 5 MiB to 5 GiB): 8 MiB doubling
 * every 8 parts (8, 16, ..., 4096 MiB for 80 parts, about 68.6 GB), then 5 GiB parts: 1,000 parts
 * carry {@value #SCALEWAY_CAPACITY_TEXT}. Note that 5 TiB cannot be reached under those limits at
 * all: 1,000 x 5 GiB = 5,000 GiB, less than 5 TiB (5,120 GiB).
 *
 * @param firstPartSize bytes of part 1; at least 5 MiB (S3's smallest non-final part)
 * @param doublingEvery how many parts share one size before it doubles
 * @param maxPartSize   the largest part; at most 5 GiB (S3's largest part)
 * @param maxParts      how many parts the service accepts in one upload
 */
public record PartSchedule(long firstPartSize, int doublingEvery, long maxPartSize, int maxParts) {
    public static final long MIB = 1L << 20;
    public static final long GIB = 1L << 30;
    /** S3's smallest part (except the last one). */
    public static final long MIN_PART_SIZE = 5 * MIB;
    /** S3's largest part. */
    public static final long MAX_PART_SIZE = 5 * GIB;
    static final String SCALEWAY_CAPACITY_TEXT = "5,007,864,758,272 bytes (5.0 TB)";
    /** The default: 8 MiB doubling every 8 parts, at most 5 GiB, 1,000 parts. */
    public static final PartSchedule SCALEWAY = new PartSchedule(8 * MIB, 8, MAX_PART_SIZE, 1000);

    public PartSchedule {
        if (firstPartSize < MIN_PART_SIZE || maxPartSize > MAX_PART_SIZE || firstPartSize > maxPartSize
                || doublingEvery < 1 || maxParts < 1) {
            throw new IllegalArgumentException("invalid part schedule " + firstPartSize + "/" + doublingEvery
                    + "/" + maxPartSize + "/" + maxParts);
        }
    }

    /**
     * The slowest-growing schedule from 8 MiB (so the most parts small enough to buffer) whose
     * {@code maxParts} parts of at most 5 GiB still carry {@code maxObjectSize} bytes.
     */
    public static PartSchedule forMaxObjectSize(long maxObjectSize, int maxParts) {
        for (int every = maxParts; every >= 1; every--) {
            PartSchedule candidate = new PartSchedule(8 * MIB, every, MAX_PART_SIZE, maxParts);
            if (candidate.capacity() >= maxObjectSize) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(maxObjectSize + " bytes do not fit in " + maxParts + " parts of 5 GiB");
    }

    /** The size of part {@code partNumber} (1-based). */
    public long partSize(int partNumber) {
        int doublings = (partNumber - 1) / doublingEvery;
        if (doublings >= Long.numberOfLeadingZeros(firstPartSize) - 1) {
            return maxPartSize;
        }
        return Math.min(maxPartSize, firstPartSize << doublings);
    }

    /** The largest stream that {@code maxParts} parts carry. */
    public long capacity() {
        long total = 0;
        for (int part = 1; part <= maxParts; part++) {
            total += partSize(part);
        }
        return total;
    }

    /** The size of the part that holds the byte at {@code offset} (0-based) of the stream. */
    public long partSizeAt(long offset) {
        long end = 0;
        for (int part = 1; part <= maxParts; part++) {
            end += partSize(part);
            if (offset < end) {
                return partSize(part);
            }
        }
        throw new IllegalArgumentException("offset " + offset + " is beyond the capacity " + capacity());
    }
}
