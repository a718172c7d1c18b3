package io.pgbackup.dump;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.util.List;

/**
 * pg_dump reads with {@code row_security = off}: a table with row-level security that applies to
 * the account (it neither owns the table without FORCE, nor has BYPASSRLS or superuser) makes it
 * fail in the middle of the dump. This check finds such tables before pg_dump starts and stops the
 * backup with one message naming them. With options that change which rows are read (--table,
 * --exclude-table-data, --enable-row-security...) it is left to pg_dump, which fails as cleanly
 * (no backup is written either way).
 */
public final class RowSecurity {
    private static final String BLOCKING = "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p') AND c.relrowsecurity"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND NOT (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)"
            + " AND (c.relforcerowsecurity OR NOT pg_has_role(current_user, c.relowner, 'USAGE'))"
            + " ORDER BY 1";

    private static final List<String> ROW_OPTIONS = List.of("--schema", "--exclude-schema", "--table",
            "--exclude-table", "--exclude-table-data", "--enable-row-security", "--schema-only");

    private RowSecurity() {
    }

    /** Whether {@link #check} tells the truth for these pg_dump selection options. */
    public static boolean applies(List<String> selection) {
        return selection.stream().map(o -> o.contains("=") ? o.substring(0, o.indexOf('=')) : o)
                .noneMatch(ROW_OPTIONS::contains);
    }

    /** @throws PgBackupException {@link ExitCode#DUMP_FAILED} naming the tables, before anything is dumped */
    public static void check(Database db, String account) {
        List<String> tables = db.rows(BLOCKING, ExitCode.DUMP_FAILED).stream().map(r -> r.get(0)).toList();
        if (tables.isEmpty()) {
            return;
        }
        String shown = tables.size() <= 5 ? String.join(", ", tables)
                : String.join(", ", tables.subList(0, 5)) + " and " + (tables.size() - 5) + " more";
        throw new PgBackupException(ExitCode.DUMP_FAILED, "the account " + account + " cannot dump " + shown
                + ": row-level security applies to it, and pg_dump reads with row_security off; nothing was dumped",
                "give the backup account BYPASSRLS: ALTER ROLE ... BYPASSRLS needs a superuser (PostgreSQL 16+: a"
                        + " CREATEROLE user that has BYPASSRLS itself); with Vault, add BYPASSRLS to the backup role's"
                        + " CREATE ROLE in infra/ where the platform allows it",
                "or leave those tables' rows out: pgbackup backup ... -- --exclude-table-data=" + tables.get(0));
    }
}
