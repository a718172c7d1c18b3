package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A schema-and-data dump of a database, normalised so that two equal databases compare equal. */
public final class DumpCompare {
    private DumpCompare() {
    }

    /**
     * {@code pg_dump --no-owner --no-privileges}, in pg_dump's order, with the rows of each COPY block
     * sorted: a table's rows have no order, and a parallel restore loads a big table's rows on several
     * connections at once, so they are stored in another order than the source's.
     */
    public static String dump(LocalPostgres pg, String database) {
        return rowsSorted(dump(pg, database, false, List.of()));
    }

    private static String rowsSorted(String dump) {
        List<String> out = new ArrayList<>();
        List<String> rows = null;
        for (String line : dump.split("\n", -1)) {
            if (rows != null && line.equals("\\.")) {
                rows.sort(null);
                out.addAll(rows);
                rows = null;
            }
            if (rows != null) {
                rows.add(line);
            } else {
                out.add(line);
                if (line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
                    rows = new ArrayList<>();
                }
            }
        }
        return String.join("\n", out);
    }

    /**
     * The comparison of the restore-over suite: {@code pg_dump --no-owner} with privileges on objects
     * kept, its lines sorted (so that objects dumped in another order compare equal) and the
     * {@code \restrict} lines stripped.
     */
    public static String normalised(LocalPostgres pg, String database) {
        return normalised(pg, database, List.of());
    }

    /** {@link #normalised(LocalPostgres, String)} of what pg_dump's {@code selection} options select. */
    public static String normalised(LocalPostgres pg, String database, List<String> selection) {
        return Arrays.stream(dump(pg, database, true, selection).split("\n"))
                .filter(l -> !l.isBlank())
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String dump(LocalPostgres pg, String database, boolean privileges, List<String> selection) {
        List<String> cmd = new ArrayList<>(List.of(pg.tools().tool("pg_dump"), "-h", pg.host(), "-p",
                Integer.toString(pg.port()), "-U", LocalPostgres.SUPERUSER, "--no-owner"));
        if (!privileges) {
            cmd.add("--no-privileges");
        }
        cmd.addAll(selection);
        cmd.add(io.pgbackup.dump.PgConnection.conninfoDbname(database));
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pg_dump of " + database + " failed");
            }
            // recent pg_dump brackets its output with restrict/unrestrict lines holding a random key
            return Arrays.stream(text.split("\n"))
                    .filter(l -> !l.startsWith("\\restrict") && !l.startsWith("\\unrestrict"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
