package io.pgbackup.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a stored {@code name=value} setting ({@code pg_db_role_setting.setconfig}) back into the
 * {@code name TO value} of an {@code ALTER … SET}, as pg_dump's {@code makeAlterConfigCommand} does:
 * the value of a list setting such as {@code search_path} is split into its elements (each one a
 * literal, double quotes removed), any other value is one literal.
 */
final class GucAssignment {
    /** The settings PostgreSQL flags GUC_LIST_QUOTE (pg_dump's variable_is_guc_list_quote). */
    private static final Set<String> LIST_QUOTE = Set.of("local_preload_libraries", "search_path",
            "session_preload_libraries", "shared_preload_libraries", "temp_tablespaces", "unix_socket_directories");

    private GucAssignment() {
    }

    static String toSql(String assignment) {
        int eq = assignment.indexOf('=');
        String name = assignment.substring(0, eq);
        String value = assignment.substring(eq + 1);
        if (!LIST_QUOTE.contains(name.toLowerCase())) {
            return name + " TO " + DatabaseProperties.literal(value);
        }
        List<String> elements = splitList(value);
        if (elements.isEmpty()) {
            return name + " TO ''";
        }
        return name + " TO " + String.join(", ", elements.stream().map(DatabaseProperties::literal).toList());
    }

    /** PostgreSQL's SplitGUCList: comma-separated, an element in double quotes may hold commas and "". */
    static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder element = new StringBuilder();
            boolean quoted = value.charAt(i) == '"';
            if (quoted) {
                i++;
                while (i < n) {
                    char c = value.charAt(i++);
                    if (c == '"') {
                        if (i < n && value.charAt(i) == '"') {
                            element.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        element.append(c);
                    }
                }
                while (i < n && value.charAt(i) != ',') {
                    i++;
                }
            } else {
                while (i < n && value.charAt(i) != ',') {
                    element.append(value.charAt(i++));
                }
            }
            out.add(quoted ? element.toString() : element.toString().strip());
            i++; // the comma
        }
        return out;
    }
}
