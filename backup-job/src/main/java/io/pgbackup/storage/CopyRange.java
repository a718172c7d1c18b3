package io.pgbackup.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A byte range of the staging object, copied into the final object by one UploadPartCopy.
 *
 * @param first the offset of the first byte
 * @param last  the offset of the last byte (inclusive, as in {@code x-amz-copy-source-range})
 */
record CopyRange(long first, long last) {

    /**
     * The ranges that copy the first {@code length} bytes in at most {@code budget} parts: all of
     * {@code preferred} bytes (or more if the budget requires it, at most 5 GiB) but the last, which
     * is whatever remains. Every range but the last thus meets S3's 5 MiB minimum part size as long
     * as {@code preferred} does.
     */
    static List<CopyRange> plan(long length, int budget, long preferred) {
        if (length < 1 || budget < 1) {
            throw new IllegalArgumentException("nothing to copy: " + length + " bytes in " + budget + " parts");
        }
        long size = Math.max(preferred, (length + budget - 1) / budget);
        if (size > PartSchedule.MAX_PART_SIZE) {
            throw new IllegalArgumentException(length + " bytes do not fit in " + budget + " parts of 5 GiB");
        }
        List<CopyRange> ranges = new ArrayList<>();
        for (long first = 0; first < length; first += size) {
            ranges.add(new CopyRange(first, Math.min(length, first + size) - 1));
        }
        return ranges;
    }

    long length() {
        return last - first + 1;
    }

    /** The {@code x-amz-copy-source-range} header value. */
    String header() {
        return "bytes=" + first + "-" + last;
    }
}
