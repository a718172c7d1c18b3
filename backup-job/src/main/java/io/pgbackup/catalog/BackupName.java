package io.pgbackup.catalog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one backup: {@code <database>/<UTC date and time>-<reason>}. Its data object is
 * {@code <database>/<stamp>-<reason>.sql.gz.gpg}, its manifest {@code ...manifest.json} and its
 * verification record {@code ...verify.json}, all relative to the store's prefix. The id shown to
 * users is {@code <stamp>-<reason>}, for example {@code 20261126T010203Z-schedule}; ids sort by time.
 */
public record BackupName(String database, Instant time, Reason reason) {
    public static final String DATA_SUFFIX = ".sql.gz.gpg";
    public static final String MANIFEST_SUFFIX = ".manifest.json";
    public static final String VERIFY_SUFFIX = ".verify.json";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ID = Pattern.compile("(\\d{8}T\\d{6}Z)-([a-z-]+)");

    public BackupName {
        time = time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    public String id() {
        return STAMP.format(time) + "-" + reason.label();
    }

    /**
     * The start of the keys of every backup of this database taken in the same second, whatever its
     * reason: {@code <database>/<stamp>-}.
     */
    public String secondPrefix() {
        return database + "/" + STAMP.format(time) + "-";
    }

    public String dataKey() {
        return database + "/" + id() + DATA_SUFFIX;
    }

    public String manifestKey() {
        return database + "/" + id() + MANIFEST_SUFFIX;
    }

    public String verifyKey() {
        return database + "/" + id() + VERIFY_SUFFIX;
    }

    /** Parses an id such as {@code 20261126T010203Z-schedule}; empty if it is not one. */
    public static Optional<BackupName> parseId(String database, String id) {
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant time = Instant.from(STAMP.parse(m.group(1)));
            return Optional.of(new BackupName(database, time, Reason.parse(m.group(2))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses a store key ending with one of the suffixes; empty for any other object. */
    public static Optional<BackupName> parseKey(String key, String suffix) {
        int slash = key.lastIndexOf('/');
        if (slash <= 0 || !key.endsWith(suffix)) {
            return Optional.empty();
        }
        String database = key.substring(0, slash);
        String id = key.substring(slash + 1, key.length() - suffix.length());
        return parseId(database, id);
    }
}
