package io.pgbackup.cli;

import io.pgbackup.crypto.Passphrase;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The encryption passphrase: from a file or ENCRYPTION_KEY, never from an argument. */
public final class PassphraseOptions {
    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "file whose first line is the passphrase (default: env ENCRYPTION_KEY)")
    Path file;

    /** The passphrase, or null when none is configured (the job then fails with a HINT). */
    public Passphrase passphrase(Context ctx) {
        if (file != null) {
            return Passphrase.fromFile(file);
        }
        String value = ctx.env(EnvVar.ENCRYPTION_KEY);
        return value == null || value.isEmpty() ? null : Passphrase.fromEnv(value);
    }
}
