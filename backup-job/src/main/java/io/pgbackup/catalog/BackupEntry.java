package io.pgbackup.catalog;

import java.time.Instant;

/**
 * One backup found in a store. {@code manifest} is null when the backup is incomplete (its data
 * object exists but its manifest was never written): such a backup is never restored.
 */
public record BackupEntry(BackupName name, long storedBytes, Manifest manifest) {

    public String id() {
        return name.id();
    }

    public Instant time() {
        return name.time();
    }

    public boolean complete() {
        return manifest != null;
    }
}
