package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

/** Thrown by {@link BackupStore#delete} when object lock protects the object. Prune reports it. */
public class ObjectLockedException extends PgBackupException {
    private static final long serialVersionUID = 1L;

    public ObjectLockedException(String key) {
        super(ExitCode.STORE_UNREACHABLE, "object " + key + " is protected by object lock and cannot be deleted yet",
                "the bucket's retention period has not run out; the bucket lifecycle removes it later");
    }
}
