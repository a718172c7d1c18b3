package io.pgbackup.restore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts pg_dump's plain SQL into what a parallel restore can run apart. pg_dump writes each archive
 * entry under a comment header ({@code -- Name: x; Type: INDEX; Schema: s; Owner: o}) and in three
 * sections: pre-data (the schema), data (a {@code COPY … FROM stdin} block per table, sequence values,
 * large objects), post-data (indexes, constraints, triggers, foreign keys…). The reader gives its
 * {@link Load}:
 * <ul>
 *   <li>the rows of every COPY block, cut at row ends into chunks of at most {@link #CHUNK} bytes
 *   (a row longer than that is a chunk of its own): rows of one table load on several connections;</li>
 *   <li>each INDEX and CONSTRAINT entry after the data (each builds one index);</li>
 *   <li>the session settings pg_dump writes between entries ({@code SET default_tablespace = …}), which a
 *   connection must have before it runs what follows them;</li>
 *   <li>everything else, in order.</li>
 * </ul>
 */
final class DumpReader {
    /** The most bytes of rows in one chunk. */
    static final int CHUNK = 4 << 20;

    /** Where the pieces go. */
    interface Load {
        /** SQL to run in order, after everything given before it. */
        void sequential(byte[] b, int off, int len);

        /** A session setting ({@code name}: which one), to run in order and on every connection. */
        void session(String name, byte[] line);

        /** An index or constraint entry: runs once the rows are in, beside the other entries. */
        void entry(byte[] sql);

        /**
         * {@code len} bytes of rows of the COPY block {@code header} (none: {@code rows} is only given back);
         * {@code rows} is the Load's from then on.
         */
        void rows(byte[] header, byte[] rows, int len);

        /** An empty buffer for {@link #rows} (waits while all are in use). */
        byte[] buffer();
    }

    private static final Pattern SESSION = Pattern.compile(
            "^(?:SET ([a-z_]+) = .*;|SELECT pg_catalog\\.set_config\\('(search_path)', .*\\);|(\\\\restrict) .*)\n$");
    private static final Set<String> SESSION_SETTINGS = Set.of("statement_timeout", "lock_timeout",
            "idle_in_transaction_session_timeout", "transaction_timeout", "client_encoding",
            "standard_conforming_strings", "search_path", "check_function_bodies", "xmloption", "client_min_messages",
            "row_security", "default_tablespace", "default_table_access_method", "default_with_oids", "\\restrict");
    private static final Set<String> PARALLEL_TYPES = Set.of("INDEX", "CONSTRAINT");
    private static final byte[] DASHES = "--\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NAME = "-- Name: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA_NAME = "-- Data for Name: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT = "-- ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COPY = "COPY ".getBytes(StandardCharsets.US_ASCII);

    private final LineInput in;
    private final Load load;
    private final Selection selection;
    private Selection.Header header;
    private boolean skipping;
    private String type = "";
    private boolean dataSeen;
    private boolean afterDashes;
    private boolean afterBlank = true;
    private boolean afterSession;
    private ByteArrayOutputStream entry;

    DumpReader(InputStream sql, Load load) {
        this(sql, load, Selection.ALL);
    }

    /** A reader that gives {@code load} only the entries {@code selection} keeps (and every session setting). */
    DumpReader(InputStream sql, Load load, Selection selection) {
        this.in = new LineInput(sql);
        this.load = load;
        this.selection = selection;
    }

    /** Reads the dump to its end. */
    void run() throws IOException {
        while (in.next()) {
            line();
        }
        endEntry();
    }

    /** Bytes of SQL read so far. */
    long sqlBytes() {
        return in.total();
    }

    private void line() throws IOException {
        if (afterDashes && (in.startsWith(NAME) || in.startsWith(DATA_NAME))) {
            startEntry(in.text());
        }
        afterDashes = in.is(DASHES);
        boolean statementStart = afterBlank || afterSession;
        afterBlank = in.length() == 1;
        afterSession = statementStart && session();
        if (afterSession) {
            return;
        }
        if (entry != null) {
            entry.write(in.buffer(), in.start(), in.length());
        } else if (type.equals("TABLE DATA") && in.startsWith(COPY)) {
            copy(in.copy());
        } else if (skipping) {
            return;
        } else if (!type.equals("TABLE DATA") || !(afterBlank || afterDashes || in.startsWith(COMMENT))) {
            load.sequential(in.buffer(), in.start(), in.length());
        }
    }

    private void startEntry(String line) {
        endEntry();
        header = Selection.Header.parse(line);
        type = header == null ? "" : header.type();
        dataSeen |= type.equals("TABLE DATA");
        // an index's table is in its SQL: it is kept or not at its end
        skipping = !type.equals("INDEX") && !selection.keeps(header, null);
        if (dataSeen && PARALLEL_TYPES.contains(type) && !skipping || type.equals("INDEX") && !selection.all()) {
            entry = new ByteArrayOutputStream();
        }
    }

    private void endEntry() {
        if (entry != null) {
            byte[] sql = entry.toByteArray();
            entry = null;
            if (!selection.keeps(header, new String(sql, StandardCharsets.UTF_8))) {
                return;
            }
            if (dataSeen) {
                load.entry(sql);
            } else {
                load.sequential(sql, 0, sql.length);
            }
        }
    }

    /** A session setting at the start of a statement: handed over as such. */
    private boolean session() {
        if (in.length() > 4096 || in.buffer()[in.start()] == ' ') {
            return false;
        }
        Matcher m = SESSION.matcher(in.text());
        if (!m.matches()) {
            return false;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (!SESSION_SETTINGS.contains(name)) {
            return false;
        }
        endEntry(); // pg_dump writes a setting before the entry it is for: the one before is complete
        load.session(name, in.copy());
        return true;
    }

    /** Reads past the rows of a COPY block that is not restored. */
    private void skipRows() throws IOException {
        byte[] scratch = new byte[64 * 1024];
        while (true) {
            in.rows(scratch, 0);
            if (in.endOfRows()) {
                return;
            }
            if (in.rowLength() > 0) {
                scratch = new byte[in.rowLength()];
            }
        }
    }

    /** The rows of one COPY block, to its {@code \\.} line, in chunks. */
    private void copy(byte[] header) throws IOException {
        if (skipping) {
            skipRows();
            return;
        }
        byte[] chunk = load.buffer();
        int n = 0;
        for (;;) {
            n = in.rows(chunk, n);
            if (in.endOfRows()) {
                load.rows(header, chunk, n);
                return;
            }
            load.rows(header, chunk, n);
            chunk = in.rowLength() > 0 ? new byte[in.rowLength()] : load.buffer();
            n = 0;
        }
    }
}
