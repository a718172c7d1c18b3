package io.pgbackup.restore;

import io.pgbackup.dump.Database;
import io.pgbackup.error.ExitCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL keeps about a database outside it, and so outside any {@code pg_dump} of it: owner,
 * encoding and locale, tablespace, connection limit, privileges on the database, its comment and its
 * {@code ALTER DATABASE … SET} / {@code ALTER ROLE … IN DATABASE … SET} settings. Read from the target
 * before a restore and given to the new database before the switch, so the switch keeps them.
 * Security labels on the database are not copied.
 */
record DatabaseProperties(String name, String owner, String encoding, String collate, String ctype,
                          String localeProvider, String iculocale, String tablespace, int connectionLimit,
                          List<Grant> grants, String comment, List<Setting> settings) {
    private static final ExitCode FAILED = ExitCode.RESTORE_FAILED;

    /** One privilege on the database; {@code grantee} null is PUBLIC. */
    record Grant(String grantee, String privilege, boolean grantable) {
    }

    /** One {@code name=value} setting, for every role ({@code role} null) or for one role. */
    record Setting(String role, String assignment) {
    }

    /** The properties of database {@code name}, or empty when there is no such database. */
    static Optional<DatabaseProperties> read(Database db, String name) {
        List<List<String>> rows = db.rows("SELECT r.rolname, pg_encoding_to_char(d.encoding), d.datcollate, d.datctype,"
                + " d.datlocprovider::text, d.daticulocale, t.spcname, d.datconnlimit::text, (d.datacl IS NULL)::text,"
                + " shobj_description(d.oid, 'pg_database')"
                + " FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba JOIN pg_tablespace t ON t.oid = d.dattablespace"
                + " WHERE d.datname = ?", FAILED, name);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> r = rows.get(0);
        List<Grant> grants = "true".equals(r.get(8)) ? null : grants(db, name);
        return Optional.of(new DatabaseProperties(name, r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5),
                r.get(6), Integer.parseInt(r.get(7)), grants, r.get(9), settings(db, name)));
    }

    private static List<Grant> grants(Database db, String name) {
        List<Grant> grants = new ArrayList<>();
        for (List<String> g : db.rows("SELECT r.rolname, a.privilege_type, a.is_grantable::text"
                + " FROM pg_database d, aclexplode(d.datacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee"
                + " WHERE d.datname = ? ORDER BY 1, 2", FAILED, name)) {
            grants.add(new Grant(g.get(0), g.get(1), "true".equals(g.get(2))));
        }
        return grants;
    }

    private static List<Setting> settings(Database db, String name) {
        List<Setting> settings = new ArrayList<>();
        for (List<String> s : db.rows("SELECT r.rolname, c.assignment FROM pg_db_role_setting s"
                + " JOIN pg_database d ON d.oid = s.setdatabase LEFT JOIN pg_roles r ON r.oid = s.setrole,"
                + " unnest(s.setconfig) WITH ORDINALITY AS c(assignment, n)"
                + " WHERE d.datname = ? ORDER BY s.setrole, c.n", FAILED, name)) {
            settings.add(new Setting(s.get(0), s.get(1)));
        }
        return settings;
    }

    /** Whether some setting is for one role only (setting it needs CREATEROLE or superuser). */
    boolean hasRoleSettings() {
        return settings.stream().anyMatch(s -> s.role() != null);
    }

    /** {@code CREATE DATABASE} of an empty database like this one, from template0. */
    String createLike(String newName) {
        StringBuilder sql = new StringBuilder("CREATE DATABASE " + Database.quoteIdent(newName) + " TEMPLATE template0"
                + " OWNER " + Database.quoteIdent(owner) + " ENCODING " + literal(encoding)
                + " LC_COLLATE " + literal(collate) + " LC_CTYPE " + literal(ctype));
        if ("i".equals(localeProvider)) {
            sql.append(" LOCALE_PROVIDER icu ICU_LOCALE ").append(literal(iculocale));
        }
        if (!"pg_default".equals(tablespace)) {
            sql.append(" TABLESPACE ").append(Database.quoteIdent(tablespace));
        }
        return sql.append(" CONNECTION LIMIT ").append(connectionLimit).toString();
    }

    /** The statements that give database {@code other} this one's privileges, comment and settings. */
    List<String> applyTo(String other) {
        String db = Database.quoteIdent(other);
        List<String> sql = new ArrayList<>();
        if (grants != null) {
            sql.add("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
            sql.add("REVOKE ALL ON DATABASE " + db + " FROM " + Database.quoteIdent(owner));
            for (Grant g : grants) {
                sql.add("GRANT " + g.privilege() + " ON DATABASE " + db + " TO "
                        + (g.grantee() == null ? "PUBLIC" : Database.quoteIdent(g.grantee()))
                        + (g.grantable() ? " WITH GRANT OPTION" : ""));
            }
        }
        if (comment != null) {
            sql.add("COMMENT ON DATABASE " + db + " IS " + literal(comment));
        }
        for (Setting s : settings) {
            String target = s.role() == null ? "DATABASE " + db : "ROLE " + Database.quoteIdent(s.role()) + " IN DATABASE " + db;
            sql.add("ALTER " + target + " SET " + GucAssignment.toSql(s.assignment()));
        }
        return sql;
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
