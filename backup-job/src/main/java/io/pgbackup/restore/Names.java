package io.pgbackup.restore;

import io.pgbackup.engine.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The databases a restore makes beside its target. Their names carry a hash of the target's name, so
 * they fit PostgreSQL's 63 bytes and need no quoting whatever the target is called:
 * <ul>
 *   <li>{@code pgbackup_new_<hash>}: the backup being loaded; it becomes the target at the switch;</li>
 *   <li>{@code pgbackup_prev_<hash>_<yyyymmddthhmmssz>}: what the target was before a restore, kept
 *   for {@code restore --undo}; the stamp sorts them;</li>
 *   <li>{@code pgbackup_part_<hash>_<yyyymmddthhmmssz>}: the scratch database of a {@code --table} or
 *   {@code --schema} restore given no {@code --target-database} (the hash is the source's).</li>
 * </ul>
 */
public final class Names {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmss'z'").withZone(ZoneOffset.UTC);

    private Names() {
    }

    /** Eight hex digits of the SHA-256 of the target's name. */
    static String hash(String target) {
        byte[] digest = Sha256.newDigest().digest(target.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 4);
    }

    public static String staging(String target) {
        return "pgbackup_new_" + hash(target);
    }

    public static String previousPrefix(String target) {
        return "pgbackup_prev_" + hash(target) + "_";
    }

    public static String scratch(String source, Instant at) {
        return "pgbackup_part_" + hash(source) + "_" + STAMP.format(at);
    }

    public static String previous(String target, Instant at) {
        return previousPrefix(target) + STAMP.format(at);
    }
}
