package io.pgbackup.infra.settings;

/**
 * The backup bucket of one environment.
 *
 * @param namePrefix            the bucket is named {@code <namePrefix>-<var.environnement>}; the
 *                              prefix keeps the name globally unique
 * @param region                Scaleway region, e.g. {@code fr-par}
 * @param zone                  Scaleway zone, e.g. {@code fr-par-1}
 * @param jobRetentionDays      the longest time the job's own retention (prune) keeps a backup
 * @param expirationDays        the lifecycle deletes every object this many days after its creation:
 *                              the safety net behind prune, so longer than {@code jobRetentionDays}
 * @param glacierTransitionDays move objects to GLACIER after this many days (90 at least), or
 *                              {@code null} to keep them in STANDARD
 * @param objectLock            object lock, or {@code null} for none
 */
public record BucketSettings(String namePrefix, String region, String zone, int jobRetentionDays,
        int expirationDays, Integer glacierTransitionDays, ObjectLock objectLock) {

    /** Incomplete multipart uploads (a killed backup) are aborted after this many days. */
    public static final int ABORT_INCOMPLETE_MULTIPART_UPLOAD_DAYS = 1;

    /** Scaleway moves objects to GLACIER after 90 days at the earliest. */
    public static final int GLACIER_MINIMUM_DAYS = 90;

    public BucketSettings withGlacierTransitionDays(Integer days) {
        return new BucketSettings(namePrefix, region, zone, jobRetentionDays, expirationDays, days, objectLock);
    }

    public BucketSettings withObjectLock(ObjectLock lock) {
        return new BucketSettings(namePrefix, region, zone, jobRetentionDays, expirationDays,
                glacierTransitionDays, lock);
    }

    public BucketSettings withDays(int jobRetention, int expiration) {
        return new BucketSettings(namePrefix, region, zone, jobRetention, expiration, glacierTransitionDays,
                objectLock);
    }

    /** The S3 endpoint of the region, as the job's {@code SCW_S3_URL}. */
    public String s3Url() {
        return "https://s3." + region + ".scw.cloud";
    }
}
