package io.pgbackup.restore;

import io.pgbackup.dump.Database;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code --table} / {@code --schema} restore keeps of a backup, decided entry by entry from
 * pg_dump's headers ({@code -- Name: n; Type: t; Schema: s; Owner: o}).
 * <ul>
 *   <li>{@code --schema S}: the schema, every object in it, and the comment and privileges on it;</li>
 *   <li>{@code --table S.T} (a name without a schema is in {@code public}): its schema (created unless it
 *   is {@code public}), the table, its rows, its indexes and constraints other than foreign keys, the
 *   comments and privileges on it and its columns. Not its sequences, column defaults kept apart by
 *   pg_dump (serial columns), triggers, policies or foreign keys: they need objects outside it.</li>
 * </ul>
 * An empty selection keeps everything.
 *
 * @param tables  {@code schema.table} names
 * @param schemas schema names
 */
public record Selection(List<String> tables, List<String> schemas) {
    public static final Selection ALL = new Selection(List.of(), List.of());

    private static final Pattern HEADER =
            Pattern.compile("^-- (?:Data for )?Name: (.*); Type: (.*?); Schema: (.*?); Owner: .*\n?$");
    private static final Pattern INDEX_ON = Pattern.compile(" ON (?:ONLY )?(\\S+) USING ");

    /** The fields of an entry's header (null when the line is no header). */
    record Header(String name, String type, String schema) {
        static Header parse(String line) {
            Matcher m = HEADER.matcher(line);
            return m.matches() ? new Header(m.group(1), m.group(2), m.group(3)) : null;
        }
    }

    /** {@code table}, qualified with {@code public} when it has no schema. */
    public static String qualified(String table) {
        return table.contains(".") ? table : "public." + table;
    }

    public boolean all() {
        return tables.isEmpty() && schemas.isEmpty();
    }

    /** Whether an entry is restored; {@code sql}: an INDEX entry's text (which names its table). */
    boolean keeps(Header h, String sql) {
        if (all() || h == null) {
            return true;
        }
        for (String s : schemas) {
            if (h.schema().equals(s) || namesSchema(h, s)) {
                return true;
            }
        }
        for (String t : tables) {
            String schema = t.substring(0, t.indexOf('.'));
            String table = t.substring(t.indexOf('.') + 1);
            if (!schema.equals("public") && namesSchema(h, schema) || h.schema().equals(schema) && ofTable(h, table, sql, t)) {
                return true;
            }
        }
        return false;
    }

    /** The manifest's row counts of the tables this selection restores. */
    Map<String, Long> counts(Map<String, Long> manifest) {
        if (all()) {
            return manifest;
        }
        Map<String, Long> kept = new LinkedHashMap<>();
        manifest.forEach((table, rows) -> {
            if (tables.contains(table) || schemas.stream().anyMatch(s -> table.startsWith(s + "."))) {
                kept.put(table, rows);
            }
        });
        return kept;
    }

    /**
     * The selected tables and schemas of which the manifest's row counts ({@code schema.table}) know
     * nothing: they are not in the backup. Nothing when the manifest has no counts.
     */
    List<String> notIn(Map<String, Long> counts) {
        if (counts == null || counts.isEmpty()) {
            return List.of();
        }
        List<String> missing = new java.util.ArrayList<>();
        tables.stream().filter(t -> !counts.containsKey(t)).forEach(t -> missing.add("table " + t));
        schemas.stream().filter(s -> counts.keySet().stream().noneMatch(t -> t.startsWith(s + ".")))
                .forEach(s -> missing.add("schema " + s));
        return missing;
    }

    /** For the logs: {@code table billing.invoices, schema app}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        tables.forEach(t -> sb.append(sb.isEmpty() ? "" : ", ").append("table ").append(t));
        schemas.forEach(s -> sb.append(sb.isEmpty() ? "" : ", ").append("schema ").append(s));
        return sb.toString();
    }

    private static boolean namesSchema(Header h, String schema) {
        return h.type().equals("SCHEMA") && h.name().equals(schema)
                || (h.type().equals("COMMENT") || h.type().equals("ACL")) && h.name().equals("SCHEMA " + schema);
    }

    private static boolean ofTable(Header h, String table, String sql, String qualified) {
        return switch (h.type()) {
            case "TABLE", "TABLE DATA" -> h.name().equals(table);
            case "CONSTRAINT" -> h.name().startsWith(table + " ");
            case "COMMENT", "ACL" -> h.name().equals("TABLE " + table) || h.name().startsWith("COLUMN " + table + ".");
            case "INDEX" -> sql != null && indexOn(sql, qualified);
            default -> false;
        };
    }

    private static boolean indexOn(String sql, String qualified) {
        Matcher m = INDEX_ON.matcher(sql);
        if (!m.find()) {
            return false;
        }
        String schema = qualified.substring(0, qualified.indexOf('.'));
        String table = qualified.substring(qualified.indexOf('.') + 1);
        return m.group(1).equals(schema + "." + table)
                || m.group(1).equals(Database.quoteIdent(schema) + "." + Database.quoteIdent(table));
    }
}
