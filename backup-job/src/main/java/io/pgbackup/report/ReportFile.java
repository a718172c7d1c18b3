package io.pgbackup.report;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a rendered report to a local file, whole or not at all (a temporary file, then a rename). */
public final class ReportFile {
    private ReportFile() {
    }

    public static void write(Path file, String content) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            readableByAll(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new PgBackupException(ExitCode.CONFIG, "cannot write the report to " + file + ": " + e.getMessage(), e,
                    "check that the directory is writable and the volume is not full, or choose another file");
        }
    }

    /** A temporary file is private (rw-------); the report is a page to publish (rw-r--r--, as files are). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ignored) {
            // the rename failed already; that error is the one reported
        }
    }
}
