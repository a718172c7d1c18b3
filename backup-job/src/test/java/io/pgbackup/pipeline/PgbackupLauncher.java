package io.pgbackup.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A {@code pgbackup} command for the pipeline's PGBACKUP_BIN that runs {@code io.pgbackup.cli.Main}
 * from this test JVM's classpath with this JVM's java: the code under test, without building the
 * jar or the image. The classpath goes through a java argument file, so the command line stays short.
 */
final class PgbackupLauncher {
    private PgbackupLauncher() {
    }

    /** Writes {@code dir/pgbackup} (and its argument file); returns the command's path. */
    static Path write(Path dir) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path argFile = dir.resolve("pgbackup.jvm-args");
        Path command = dir.resolve("pgbackup");
        try {
            Files.createDirectories(dir);
            // Quick start-up for a short-lived command; the argument file quotes the classpath.
            Files.writeString(argFile, "-XX:+UseSerialGC\n-XX:TieredStopAtLevel=1\n-cp\n\"" + classpath() + "\"\n");
            Files.writeString(command, """
                    #!/bin/sh
                    # pgbackup from the test classpath (see PgbackupLauncher.java)
                    exec '%s' @'%s' io.pgbackup.cli.Main "$@"
                    """.formatted(java, argFile));
            Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
            return command;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire's test classpath (its own JVM may only see a manifest-only booter jar). */
    private static String classpath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        if (cp.contains("\"") || cp.contains("\\") || cp.contains("'")) {
            throw new AssertionError("the test classpath holds a quote or a backslash, which the launcher cannot pass: " + cp);
        }
        return cp;
    }
}
