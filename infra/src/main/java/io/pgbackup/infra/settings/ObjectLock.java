package io.pgbackup.infra.settings;

/**
 * Object lock of the bucket: every new object version is kept, undeletable, for
 * {@code retentionDays}. It can only be enabled when the bucket is created.
 *
 * @param mode          GOVERNANCE (holders of a special permission may still delete) or
 *                      COMPLIANCE (nobody can, not even the project owner)
 * @param retentionDays default retention of every new object version, in days
 */
public record ObjectLock(Mode mode, int retentionDays) {

    /** The two S3 retention modes. */
    public enum Mode { GOVERNANCE, COMPLIANCE }
}
