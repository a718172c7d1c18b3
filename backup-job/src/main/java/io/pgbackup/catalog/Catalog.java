package io.pgbackup.catalog;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.ObjectWriter;
import io.pgbackup.storage.StoredObject;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The backups of one database in a store: listing, resolving ids, reading and writing manifests. */
public final class Catalog {
    public static final String LATEST = "latest";

    private final BackupStore store;
    private final String database;

    public Catalog(BackupStore store, String database) {
        this.store = store;
        this.database = database;
    }

    public String database() {
        return database;
    }

    /** Every backup of the database, complete or not, newest first. */
    public List<BackupEntry> all() {
        List<StoredObject> objects = store.list(database + "/");
        Map<String, StoredObject> manifests = new HashMap<>();
        for (StoredObject o : objects) {
            BackupName.parseKey(o.key(), BackupName.MANIFEST_SUFFIX).ifPresent(n -> manifests.put(n.id(), o));
        }
        return objects.stream()
                .map(o -> BackupName.parseKey(o.key(), BackupName.DATA_SUFFIX).map(n -> entry(n, o, manifests)))
                .flatMap(Optional::stream)
                .filter(e -> e.name().database().equals(database))
                .sorted(Comparator.comparing(BackupEntry::time).thenComparing(BackupEntry::id).reversed())
                .toList();
    }

    /**
     * The manifest of the newest complete backup, read alone (one listing, one object, where
     * {@link #all()} reads every manifest): for the progress estimate of the next backup.
     */
    public Optional<Manifest> newestManifest() {
        return store.list(database + "/").stream()
                .map(o -> BackupName.parseKey(o.key(), BackupName.MANIFEST_SUFFIX))
                .flatMap(Optional::stream)
                .filter(n -> n.database().equals(database))
                .max(Comparator.comparing(BackupName::time).thenComparing(BackupName::id))
                .flatMap(n -> readJson(n.manifestKey(), Manifest.class));
    }

    /** The restorable (complete) backups, newest first. */
    public List<BackupEntry> restorable() {
        return all().stream().filter(BackupEntry::complete).toList();
    }

    /** Finds a complete backup by id, or the newest one for {@code latest}. */
    public BackupEntry resolve(String idOrLatest) {
        if (LATEST.equals(idOrLatest)) {
            return restorable().stream().findFirst().orElseThrow(() -> new PgBackupException(ExitCode.BACKUP_NOT_FOUND,
                    "no restorable backup of database " + database + " in " + store.describe(),
                    "run 'pgbackup list --all' to see what the store holds; check --store and the database name"));
        }
        if (BackupName.parseId(database, idOrLatest).isEmpty()) {
            throw new PgBackupException(ExitCode.BACKUP_NOT_FOUND, "'" + idOrLatest + "' is not a backup id",
                    "backup ids look like 20261126T010203Z-schedule; run 'pgbackup list' to see them, or use latest");
        }
        BackupEntry entry = all().stream().filter(e -> e.id().equals(idOrLatest)).findFirst()
                .orElseThrow(() -> new PgBackupException(ExitCode.BACKUP_NOT_FOUND,
                        "backup " + idOrLatest + " of database " + database + " does not exist in " + store.describe(),
                        "run 'pgbackup list' to see the restorable backups"));
        if (!entry.complete()) {
            throw new PgBackupException(ExitCode.BACKUP_NOT_FOUND,
                    "backup " + idOrLatest + " is incomplete (it has no manifest) and cannot be restored",
                    "it was interrupted while being written; choose another one with 'pgbackup list'");
        }
        return entry;
    }

    /** Writes the manifest: the last step of a backup, which makes it complete. */
    public void writeManifest(BackupName name, Manifest manifest) {
        writeJson(name.manifestKey(), manifest);
    }

    /** Writes a small JSON document under {@code key}, atomically (visible only when complete). */
    public void writeJson(String key, Object value) {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(value);
        ObjectWriter w = store.create(key);
        try {
            w.write(bytes);
            w.close();
        } catch (IOException | RuntimeException e) {
            w.abort();
            throw e instanceof PgBackupException p ? p : new PgBackupException(ExitCode.STORE_UNREACHABLE,
                    "could not write " + key + " to " + store.describe() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a JSON document, or empty if the key does not exist. */
    public <T> Optional<T> readJson(String key, Class<T> type) {
        try (InputStream in = store.open(key)) {
            return Optional.of(Json.MAPPER.readValue(in, type));
        } catch (PgBackupException e) {
            if (e.exitCode() == ExitCode.BACKUP_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        } catch (JacksonException e) {
            throw new PgBackupException(ExitCode.BACKUP_CORRUPT, "the document " + key + " is not valid JSON", e,
                    "it was damaged or written by something else; delete it or restore another backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BackupEntry entry(BackupName name, StoredObject data, Map<String, StoredObject> manifests) {
        Manifest manifest = manifests.containsKey(name.id())
                ? readJson(name.manifestKey(), Manifest.class).orElse(null) : null;
        return new BackupEntry(name, data.size(), manifest);
    }
}
