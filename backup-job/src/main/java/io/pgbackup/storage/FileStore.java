package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A {@link BackupStore} in a local directory (a mounted volume, or a test's temp dir). Keys map to
 * files below the root; an object is written to {@code .<name>.partial-<random>} beside its final
 * name, synced, and renamed into place on close. Directories are created on first write with mode
 * 0700, files with mode 0600.
 */
public final class FileStore implements BackupStore {
    static final String PARTIAL = ".partial-";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    public FileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Passes if the root is a writable directory, or could be created as one. */
    @Override
    public void probe() {
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new PgBackupException(ExitCode.STORE_UNREACHABLE, (existing == null ? root : existing)
                    + " is not a directory", "give the store as file:///absolute/dir naming a directory");
        }
        if (!Files.isWritable(existing)) {
            throw new PgBackupException(ExitCode.STORE_UNREACHABLE, "cannot write to directory " + existing,
                    "give this user write access to it, or choose another store directory");
        }
    }

    @Override
    public ObjectWriter create(String key) {
        Path target = resolve(key);
        Path dir = target.getParent();
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        Path temp = dir.resolve("." + target.getFileName() + PARTIAL + HexFormat.of().formatHex(random));
        try {
            Files.createDirectories(dir, attributes("rwx------"));
            FileChannel channel = FileChannel.open(temp,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes("rw-------"));
            return new FileObjectWriter(channel, temp, target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    @Override
    public InputStream open(String key) {
        Path file = resolve(key);
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new PgBackupException(ExitCode.BACKUP_NOT_FOUND, "no object " + key + " in " + describe(),
                    "list the store to see which backups it holds");
        } catch (IOException e) {
            throw new PgBackupException(ExitCode.STORE_UNREACHABLE, "cannot read " + file + ": " + reason(e), e,
                    "check the file's permissions and the volume");
        }
    }

    /** Lists finished objects only: temporary files (names starting with a dot) are skipped. */
    @Override
    public List<StoredObject> list(String prefix) {
        String checked = Keys.checkPrefix(prefix);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<StoredObject> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String key = keyOf(file);
                if (key != null && key.startsWith(checked)) {
                    result.add(stat(key, file));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new PgBackupException(ExitCode.STORE_UNREACHABLE, "cannot list directory " + root, e,
                    "check the directory's permissions and the volume");
        }
        return result;
    }

    @Override
    public void delete(String key) {
        Path file = resolve(key);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new PgBackupException(ExitCode.STORE_UNREACHABLE, "cannot delete " + file + ": " + reason(e),
                    e, "check the directory's permissions");
        }
    }

    @Override
    public String describe() {
        return "file://" + root;
    }

    @Override
    public void close() {
        // nothing to release
    }

    static PgBackupException cannotWrite(Path target, IOException e) {
        return new PgBackupException(ExitCode.STORE_UNREACHABLE, "cannot write " + target + ": " + reason(e), e,
                "check the directory's permissions and free space");
    }

    /** A short lowercase reason such as "permission denied" or "no space left on device". */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    }

    private Path resolve(String key) {
        return root.resolve(Keys.check(key));
    }

    /** The key of {@code file}, or null for a temporary or hidden file. */
    private String keyOf(Path file) {
        List<String> segments = new ArrayList<>();
        for (Path segment : root.relativize(file)) {
            if (segment.toString().startsWith(".")) {
                return null;
            }
            segments.add(segment.toString());
        }
        return String.join("/", segments);
    }

    private static StoredObject stat(String key, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new StoredObject(key, attributes.size(), attributes.lastModifiedTime().toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(permissions))} : new FileAttribute<?>[0];
    }
}
