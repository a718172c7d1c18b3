package io.pgbackup.storage;

import io.pgbackup.error.PgBackupException;

/** What a failed writer throws on each later call. */
final class WriterFailure {
    private WriterFailure() {
    }

    /**
     * A new exception with the first failure's code, message and hints, caused by it. A new
     * instance each time, so that try-with-resources can attach the one from {@code close()} to the
     * one from {@code write()} (an exception cannot suppress itself).
     */
    static PgBackupException again(PgBackupException first) {
        return new PgBackupException(first.exitCode(), first.getMessage(), first,
                first.hints().toArray(String[]::new));
    }
}
