package io.pgbackup.storage;

import java.time.Instant;

/** One object as listed by a store. */
public record StoredObject(String key, long size, Instant lastModified) {
}
