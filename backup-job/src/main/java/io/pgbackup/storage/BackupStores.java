package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Opens the store named by a URI. Everything is validated here, before any network call. */
public final class BackupStores {
    private static final String FORMS = "give the store as s3://bucket/prefix, file:///absolute/dir"
            + " or /absolute/dir";

    private BackupStores() {
    }

    /**
     * {@code s3://bucket/prefix} opens an {@link S3Store} with {@code s3} (validated: missing
     * variables throw {@code CONFIG}); {@code file:///dir} or {@code /dir} opens a {@link FileStore}
     * ({@code s3} may then be null). Anything else throws {@code CONFIG}. No network call is made.
     */
    public static BackupStore open(String uri, S3Settings s3) {
        if (uri == null || uri.isBlank()) {
            throw new PgBackupException(ExitCode.CONFIG, "no store given", FORMS);
        }
        String trimmed = uri.trim();
        if (trimmed.startsWith("s3://")) {
            S3Location location = S3Location.parse(trimmed);
            if (s3 == null) {
                throw new PgBackupException(ExitCode.CONFIG, "no s3 settings for store " + location,
                        "set " + S3Settings.ENDPOINT + ", " + S3Settings.REGION + ", " + S3Settings.ACCESS_KEY
                                + " and " + S3Settings.SECRET_KEY);
            }
            return S3Store.open(location, s3.validate());
        }
        if (trimmed.startsWith("file:")) {
            return new FileStore(fileUriPath(trimmed));
        }
        if (trimmed.startsWith("/")) {
            return new FileStore(Path.of(trimmed));
        }
        throw new PgBackupException(ExitCode.CONFIG, "unsupported store " + trimmed, FORMS);
    }

    private static Path fileUriPath(String uri) {
        try {
            URI parsed = new URI(uri);
            if (parsed.getAuthority() == null && parsed.getPath() != null && parsed.getPath().startsWith("/")) {
                return Path.of(parsed);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // reported below
        }
        throw new PgBackupException(ExitCode.CONFIG, "invalid file store " + uri,
                "give an absolute directory such as file:///var/backups/pgbackup (three slashes)");
    }
}
