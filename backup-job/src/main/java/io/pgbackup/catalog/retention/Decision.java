package io.pgbackup.catalog.retention;

import io.pgbackup.catalog.BackupEntry;

import java.util.List;

/**
 * What the policy decided for one backup, and why: every rule that keeps it (for example
 * {@code last 2}, {@code daily 2026-11-20}, {@code protected deploy}, {@code newest}), or the reason
 * it goes.
 */
public record Decision(BackupEntry entry, boolean keep, List<String> why) {

    public String id() {
        return entry.id();
    }

    public String reasons() {
        return String.join(", ", why);
    }
}
