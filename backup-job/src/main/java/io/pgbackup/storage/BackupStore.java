package io.pgbackup.storage;

import java.io.InputStream;
import java.util.List;

/**
 * Where backups live: an S3 bucket prefix or a local directory. Keys are relative to the store's
 * root and use {@code /} as separator (for example {@code app/20261126T010203Z-schedule.sql.gz.gpg}).
 *
 * <p>Contract, checked for every implementation by {@code BackupStoreContract}:
 * <ul>
 *   <li>{@link #create} returns a writer; the object becomes visible under its key only when
 *       {@link ObjectWriter#close()} returns normally. {@link ObjectWriter#abort()} (or any failure
 *       while writing or closing) leaves nothing behind: no object, no open multipart upload, no
 *       temporary file or staging object. Temporary and staging objects, while they exist, never
 *       appear in {@link #list}.</li>
 *   <li>{@link #open} of a missing key throws {@code PgBackupException} with
 *       {@code ExitCode.BACKUP_NOT_FOUND}.</li>
 *   <li>Network failures, refused credentials and missing buckets throw {@code PgBackupException}
 *       with {@code ExitCode.STORE_UNREACHABLE} and a HINT; messages never contain a secret.</li>
 *   <li>{@link #delete} of an object protected by object lock throws
 *       {@link ObjectLockedException}; deleting a missing key is not an error.</li>
 * </ul>
 */
public interface BackupStore extends AutoCloseable {

    /** Checks that the store exists and the credentials are accepted, before any work starts. */
    void probe();

    /** Starts writing the object {@code key}; see the class contract for visibility rules. */
    ObjectWriter create(String key);

    /**
     * Reads the object {@code key} from its first byte. The caller closes the stream; a failure
     * while reading surfaces as an {@code IOException} from {@code read}.
     */
    InputStream open(String key);

    /** The objects whose key starts with {@code prefix}, in no particular order. */
    List<StoredObject> list(String prefix);

    /**
     * Removes {@code key}; missing keys are ignored. In a versioned S3 bucket (object lock implies
     * versioning) this hides the object behind a delete marker; the protected version stays until
     * its retention ends and the bucket lifecycle removes it.
     */
    void delete(String key);

    /** A printable location such as {@code s3://bucket/prefix} or {@code file:///var/backups}: no secret. */
    String describe();

    @Override
    void close();
}
