package io.pgbackup.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL that Vault's database secrets engine runs to create and drop the temporary accounts of
 * the backup and restore jobs. This is the single source: the infrastructure code (infra/) declares
 * the Vault roles with these statements, and the tests' Vault stand-in executes them on a real
 * PostgreSQL. Vault fills {@code {{name}}}, {@code {{password}}} and {@code {{expiration}}};
 * {@code {{owner_role}}} is the application's owner role, filled in here.
 *
 * <p>The backup account only gets {@code pg_read_all_data}: it can read, never write. The restore
 * account may create the database, is a member of the owner role (so that the restore can
 * {@code SET ROLE} to it and nothing restored belongs to the temporary account) and of
 * {@code pg_signal_backend}. The verify account (the drill) may create its scratch database and is a
 * member of the owner role, since a backup replays {@code ALTER ... OWNER TO} that role; it has
 * neither {@code pg_read_all_data} nor {@code pg_signal_backend}, and a verify token cannot take
 * the restore account.
 * Vault's database user needs no superuser: CREATEROLE, membership in the owner role and
 * {@code pg_signal_backend} (README, "before the first apply"); the statements make it a member of
 * the accounts that may own something, as PostgreSQL 15+ requires to REASSIGN/DROP OWNED BY them.
 */
public final class DatabaseRoleStatements {

    /** Which job the account is for. */
    public enum Kind { BACKUP, RESTORE, VERIFY }

    private DatabaseRoleStatements() {
    }

    /** Statements Vault runs to create an account of this kind. */
    public static List<String> creation(Kind kind, String ownerRole) {
        return load(kind, "creation", ownerRole);
    }

    /** Statements Vault runs when the lease ends or is revoked. */
    public static List<String> revocation(Kind kind, String ownerRole) {
        return load(kind, "revocation", ownerRole);
    }

    /**
     * Statements Vault runs when the lease is renewed: the account's password validity follows the
     * lease (otherwise a renewed account could no longer open new sessions after its first TTL).
     * The same as Vault's PostgreSQL default, declared so that the roles say it explicitly.
     */
    public static List<String> renewal(Kind kind, String ownerRole) {
        return load(kind, "renewal", ownerRole);
    }

    private static List<String> load(Kind kind, String phase, String ownerRole) {
        if (kind != Kind.BACKUP && (ownerRole == null || !ownerRole.matches("[A-Za-z_][A-Za-z0-9_$-]*"))) {
            throw new IllegalArgumentException("invalid owner role name: " + ownerRole);
        }
        String file = "roles/" + kind.name().toLowerCase() + "-" + phase + ".sql";
        try (InputStream in = DatabaseRoleStatements.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                    .map(line -> ownerRole == null ? line : line.replace("{{owner_role}}", ownerRole))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
