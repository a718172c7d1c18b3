package io.pgbackup.restore;

import io.pgbackup.dump.Database;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The checks a restore drill runs on the scratch database: every table holds the rows the manifest
 * counted, no table is missing or extra, and no sequence is behind the column it feeds (new rows
 * would collide with restored ones). Each finding is one sentence.
 */
public final class DrillChecks {
    /** Sequences owned by a column (serial, or identity), with the column they feed. */
    private static final String OWNED_SEQUENCES = "SELECT sn.nspname || '.' || s.relname,"
            + " format('%I.%I', sn.nspname, s.relname), tn.nspname || '.' || t.relname,"
            + " format('%I.%I', tn.nspname, t.relname), a.attname, quote_ident(a.attname), q.seqincrement"
            + " FROM pg_class s JOIN pg_namespace sn ON sn.oid = s.relnamespace"
            + " JOIN pg_sequence q ON q.seqrelid = s.oid"
            + " JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid"
            + " AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
            + " JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace"
            + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid"
            + " WHERE s.relkind = 'S' ORDER BY 1";

    private DrillChecks() {
    }

    /** Differences between the restored tables' row counts and the manifest's. */
    public static List<String> rowCounts(Map<String, Long> manifest, Map<String, Long> restored) {
        List<String> problems = new ArrayList<>();
        if (manifest.size() != restored.size()) {
            problems.add("the restored database has " + restored.size() + " tables; the manifest counts "
                    + manifest.size());
        }
        TreeSet<String> tables = new TreeSet<>(manifest.keySet());
        tables.addAll(restored.keySet());
        for (String table : tables) {
            Long expected = manifest.get(table);
            Long actual = restored.get(table);
            if (actual == null) {
                problems.add("table " + table + " is missing (the manifest counts " + expected + " rows)");
            } else if (expected == null) {
                problems.add("table " + table + " is not in the manifest (" + actual + " rows restored)");
            } else if (!expected.equals(actual)) {
                problems.add("table " + table + " has " + actual + " rows; the manifest says " + expected);
            }
        }
        return problems;
    }

    /** Result of the sequence check: how many were checked and what was wrong. */
    public record Sequences(int checked, List<String> problems) {
    }

    /** For each owned sequence: its next value must be past every value of its column. */
    public static Sequences sequences(Database db) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Statement st = db.jdbc().createStatement()) {
            List<Owned> owned = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(OWNED_SEQUENCES)) {
                while (rs.next()) {
                    owned.add(new Owned(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7)));
                }
            }
            for (Owned s : owned) {
                checked++;
                String problem = sequence(st, s);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            return new Sequences(checked, problems);
        } catch (SQLException e) {
            throw new PgBackupException(ExitCode.VERIFY_FAILED, "checking the sequences of the restored database failed: "
                    + e.getMessage(), e, "run the drill again with --verbose; report it if it persists");
        }
    }

    /** A sequence and the column it feeds: names to show, and quoted names for SQL. */
    private record Owned(String seq, String seqSql, String table, String tableSql, String column, String columnSql,
                         long increment) {
    }

    private static String sequence(Statement st, Owned s) throws SQLException {
        long increment = s.increment();
        String sql = "SELECT (SELECT " + (increment > 0 ? "max(" : "min(") + s.columnSql() + ")::numeric FROM "
                + s.tableSql() + "), last_value, is_called FROM " + s.seqSql();
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            BigDecimal extreme = rs.getBigDecimal(1);
            if (extreme == null) {
                return null;
            }
            BigDecimal last = rs.getBigDecimal(2);
            BigDecimal next = rs.getBoolean(3) ? last.add(BigDecimal.valueOf(increment)) : last;
            boolean behind = increment > 0 ? next.compareTo(extreme) <= 0 : next.compareTo(extreme) >= 0;
            if (!behind) {
                return null;
            }
            return "sequence " + s.seq() + " is behind its column " + s.table() + "." + s.column() + ": its next value is "
                    + next.toPlainString() + " but the column holds " + extreme.toPlainString()
                    + " (new rows would collide)";
        }
    }
}
