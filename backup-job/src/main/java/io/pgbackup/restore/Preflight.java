package io.pgbackup.restore;

import io.pgbackup.dump.Database;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.util.List;

/**
 * What the restore account must be allowed, checked before anything is touched (no superuser needed):
 * <ul>
 *   <li>{@code CREATEDB}: the backup is loaded into a new database beside the target;</li>
 *   <li>membership in the target's owner role: to create the new database owned by it, and to rename
 *   the target (renaming needs ownership);</li>
 *   <li>membership in {@code --owner-role}, which the load runs as;</li>
 *   <li>{@code pg_signal_backend}: to end the application's sessions on the target at the switch;</li>
 *   <li>{@code CREATEROLE}, only when the target has {@code ALTER ROLE … IN DATABASE … SET} settings.</li>
 * </ul>
 * It also refuses a target that a switch would break: logical replication slots (they stay with the
 * previous database) and prepared transactions (they hold the database).
 */
final class Preflight {
    private static final ExitCode MISSING = ExitCode.PRIVILEGE_MISSING;

    private Preflight() {
    }

    record Account(String name, boolean superuser, boolean createdb, boolean createrole) {
    }

    static Account account(Database db) {
        List<String> r = db.rows("SELECT current_user::text, rolsuper::text, rolcreatedb::text, rolcreaterole::text"
                + " FROM pg_roles WHERE rolname = current_user", ExitCode.RESTORE_FAILED).get(0);
        return new Account(r.get(0), "true".equals(r.get(1)), "true".equals(r.get(2)), "true".equals(r.get(3)));
    }

    static void check(Database db, Account me, DatabaseProperties target, String ownerRole) {
        if (!me.superuser() && !me.createdb()) {
            throw new PgBackupException(MISSING, "the account " + me.name() + " cannot create databases; a restore loads"
                    + " the backup into a new database beside the target; nothing was changed",
                    "grant it: ALTER ROLE " + Database.quoteIdent(me.name()) + " CREATEDB (the Vault restore role of infra/"
                            + " creates its accounts so)");
        }
        if (ownerRole != null && !member(db, ownerRole)) {
            throw new PgBackupException(MISSING, "the account " + me.name() + " is not a member of --owner-role "
                    + ownerRole + "; nothing was changed", "grant it: GRANT " + Database.quoteIdent(ownerRole) + " TO "
                    + Database.quoteIdent(me.name()));
        }
        if (target == null || me.superuser()) {
            if (target != null) {
                refuseUnswitchable(db, target.name());
            }
            return;
        }
        if (!member(db, target.owner())) {
            throw new PgBackupException(MISSING, "the account " + me.name() + " is not a member of role " + target.owner()
                    + ", the owner of database " + target.name() + ": it can neither create the new database owned by"
                    + " that role nor rename the target; nothing was changed",
                    "grant it: GRANT " + Database.quoteIdent(target.owner()) + " TO " + Database.quoteIdent(me.name()));
        }
        if (!member(db, "pg_signal_backend")) {
            throw new PgBackupException(MISSING, "the account " + me.name() + " cannot end the application's sessions on "
                    + target.name() + " at the switch (it is not a member of pg_signal_backend); nothing was changed",
                    "grant it: GRANT pg_signal_backend TO " + Database.quoteIdent(me.name()));
        }
        if (target.hasRoleSettings() && !me.createrole()) {
            throw new PgBackupException(MISSING, "database " + target.name() + " has per-role settings (ALTER ROLE ... IN"
                    + " DATABASE ... SET) that only a CREATEROLE account can give to the restored database; nothing"
                    + " was changed", "grant it: ALTER ROLE " + Database.quoteIdent(me.name()) + " CREATEROLE, or remove"
                    + " those settings");
        }
        refuseUnswitchable(db, target.name());
    }

    private static boolean member(Database db, String role) {
        return "true".equals(db.rows("SELECT pg_has_role(current_user, ?, 'MEMBER')::text", ExitCode.RESTORE_FAILED,
                role).get(0).get(0));
    }

    private static void refuseUnswitchable(Database db, String target) {
        List<List<String>> slots = db.rows("SELECT slot_name::text FROM pg_replication_slots WHERE database = ?"
                + " ORDER BY 1", ExitCode.RESTORE_FAILED, target);
        if (!slots.isEmpty()) {
            throw new PgBackupException(ExitCode.RESTORE_FAILED, "database " + target + " has logical replication slots ("
                    + String.join(", ", slots.stream().map(s -> s.get(0)).toList()) + "): after the switch they would"
                    + " stay with the previous database; nothing was changed",
                    "drop them (SELECT pg_drop_replication_slot(name)) and recreate them after the restore,"
                            + " or restore into another database with --target-database NAME");
        }
        String prepared = db.rows("SELECT count(*)::text FROM pg_prepared_xacts WHERE database = ?",
                ExitCode.RESTORE_FAILED, target).get(0).get(0);
        if (!"0".equals(prepared)) {
            throw new PgBackupException(ExitCode.RESTORE_FAILED, "database " + target + " has " + prepared
                    + " prepared transaction(s), which would block the switch; nothing was changed",
                    "finish them with COMMIT PREPARED or ROLLBACK PREPARED (see pg_prepared_xacts)");
        }
    }
}
