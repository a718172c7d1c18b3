package io.pgbackup.dump;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program the way a shell does: the first executable of that name in the PATH's directories. */
public final class SearchPath {
    /** The search path used when the environment has no {@code PATH}. */
    public static final String DEFAULT = "/usr/local/bin:/usr/bin:/bin";

    private SearchPath() {
    }

    /** The first executable {@code name} in {@code path} (a PATH value; {@link #DEFAULT} when null). */
    public static Optional<Path> find(String path, String name) {
        for (String dir : (path == null ? DEFAULT : path).split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }
}
