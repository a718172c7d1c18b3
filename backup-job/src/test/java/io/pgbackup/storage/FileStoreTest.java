package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStoreTest extends BackupStoreContract {
    @TempDir
    Path temp;

    /** A directory that does not exist yet: the first write creates it. */
    @Override
    protected BackupStore newStore() {
        return new FileStore(temp.resolve("backups/pgbackup"));
    }

    @Override
    protected void assertNoLeftovers() {
        assertThat(files()).noneMatch(p -> p.getFileName().toString().contains(FileStore.PARTIAL));
    }

    @Test
    void writesThroughAHiddenTemporaryFileInTheSameDirectory() throws IOException {
        ObjectWriter writer = store.create("app/dump");
        writer.write(new byte[] {1, 2, 3});
        List<Path> during = files();
        assertThat(during).hasSize(1);
        assertThat(during.get(0).getParent()).isEqualTo(temp.resolve("backups/pgbackup/app"));
        assertThat(during.get(0).getFileName().toString()).matches("\\.dump\\.partial-[0-9a-f]{16}");
        writer.close();
        assertThat(files()).containsExactly(temp.resolve("backups/pgbackup/app/dump"));
    }

    @Test
    void createsPrivateFilesAndDirectories() throws IOException {
        put("app/secret-dump", 10);
        Path dir = temp.resolve("backups/pgbackup/app");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("backups"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret-dump"))))
                .isEqualTo("rw-------");
    }

    @Test
    void listIgnoresTemporaryFilesLeftByACrash() throws IOException {
        put("app/done", 10);
        Files.write(temp.resolve("backups/pgbackup/app/.next.partial-0123456789abcdef"), new byte[5]);
        assertThat(store.list("")).extracting(StoredObject::key).containsExactly("app/done");
    }

    @Test
    void aRootThatIsAFileIsRefused() throws IOException {
        Path file = Files.write(temp.resolve("not-a-dir"), new byte[1]);
        FileStore onFile = new FileStore(file.resolve("sub"));
        assertThatThrownBy(onFile::probe).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.STORE_UNREACHABLE);
            assertThat(e.getMessage()).isEqualTo(file + " is not a directory");
        });
        assertThatThrownBy(() -> onFile.create("app/x")).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.STORE_UNREACHABLE);
            assertThat(e.getMessage()).isEqualTo("cannot write " + file.resolve("sub/app/x") + ": not a directory");
        });
    }

    @Test
    void anInterruptedWriterDeletesItsTemporaryFile() {
        ObjectWriter writer = store.create("app/interrupted");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> writer.write(new byte[200_000])).isInstanceOfSatisfying(PgBackupException.class,
                    e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
                        assertThat(e.getMessage()).isEqualTo("interrupted while writing "
                                + temp.resolve("backups/pgbackup/app/interrupted"));
                    });
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(files()).isEmpty();
        assertThatThrownBy(writer::close).isInstanceOf(PgBackupException.class);
    }

    @Test
    void describesItselfAsAFileUri() {
        assertThat(store.describe()).isEqualTo("file://" + temp.resolve("backups/pgbackup"));
    }

    private List<Path> files() {
        if (!Files.exists(temp)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(temp)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
