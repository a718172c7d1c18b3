package io.pgbackup.restore;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@link DumpReader} cuts pg_dump's plain SQL for a parallel load (the real load: ParallelRestoreTest). */
class DumpReaderTest {
    /** Records what the reader hands over, one line per call. */
    static final class Recorder implements DumpReader.Load {
        final List<String> calls = new ArrayList<>();
        final StringBuilder sequential = new StringBuilder();

        @Override
        public void sequential(byte[] b, int off, int len) {
            sequential.append(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void session(String name, byte[] line) {
            calls.add("session " + name);
        }

        @Override
        public void entry(byte[] sql) {
            calls.add("entry " + new String(sql, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("CREATE")
                    || l.startsWith("ALTER") || l.startsWith("    ADD")).toList());
        }

        @Override
        public void rows(byte[] header, byte[] rows, int len) {
            if (len > 0) {
                calls.add("rows " + new String(header, StandardCharsets.UTF_8).strip() + " " + len + " bytes, "
                        + new String(rows, 0, len, StandardCharsets.UTF_8).lines().count() + " rows");
            }
        }

        @Override
        public byte[] buffer() {
            return new byte[DumpReader.CHUNK];
        }
    }

    private static final String DUMP = """
            \\restrict abc123

            SET statement_timeout = 0;
            SET client_encoding = 'UTF8';
            SELECT pg_catalog.set_config('search_path', '', false);

            --
            -- Name: touch(); Type: FUNCTION; Schema: public; Owner: app
            --

            CREATE FUNCTION public.touch() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
            BEGIN

            SET x = 1;
            RETURN NEW;
            END $$;

            SET default_table_access_method = heap;

            --
            -- Name: t; Type: TABLE; Schema: public; Owner: app
            --

            CREATE TABLE public.t (id integer NOT NULL, body text);

            --
            -- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: app
            --

            COPY public.t (id, body) FROM stdin;
            1\tone
            2\t\\N
            \\.

            --
            -- Data for Name: u; Type: TABLE DATA; Schema: public; Owner: app
            --

            COPY public.u (id) FROM stdin;
            \\.

            --
            -- Name: t_pkey; Type: CONSTRAINT; Schema: public; Owner: app
            --

            ALTER TABLE ONLY public.t
                ADD CONSTRAINT t_pkey PRIMARY KEY (id);

            SET default_tablespace = fast;

            --
            -- Name: t_body; Type: INDEX; Schema: public; Owner: app
            --

            CREATE INDEX t_body ON public.t USING btree (body);

            --
            -- Name: t t_touch; Type: TRIGGER; Schema: public; Owner: app
            --

            CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();

            \\unrestrict abc123
            """;

    @Test
    void rowsEntriesSessionSettingsAndTheRestAreHandedOverApart() throws IOException {
        Recorder load = new Recorder();
        DumpReader reader = new DumpReader(new ByteArrayInputStream(DUMP.getBytes(StandardCharsets.UTF_8)), load);

        reader.run();

        assertThat(load.calls).containsExactly("session \\restrict", "session statement_timeout",
                "session client_encoding", "session search_path", "session default_table_access_method",
                "rows COPY public.t (id, body) FROM stdin; 11 bytes, 2 rows",
                "entry [ALTER TABLE ONLY public.t,     ADD CONSTRAINT t_pkey PRIMARY KEY (id);]",
                "session default_tablespace",
                "entry [CREATE INDEX t_body ON public.t USING btree (body);]");
        assertThat(load.sequential.toString())
                .as("a SET inside a function's body stays in it").contains("BEGIN\n\nSET x = 1;\nRETURN NEW;")
                .contains("CREATE TABLE public.t").contains("CREATE TRIGGER t_touch").contains("\\unrestrict abc123")
                .doesNotContain("COPY").doesNotContain("-- Data for Name");
        assertThat(reader.sqlBytes()).isEqualTo(DUMP.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theRowsOfOneTableAreCutAtRowEndsIntoChunks() throws IOException {
        StringBuilder rows = new StringBuilder();
        String row = "x".repeat(99) + "\n";
        int count = 3 * DumpReader.CHUNK / row.length();
        rows.append(row.repeat(count));
        String bigRow = "y".repeat(DumpReader.CHUNK + 10) + "\n";
        String dump = "--\n-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n"
                + "COPY public.t (body) FROM stdin;\n" + rows + bigRow + row + "\\.\n";
        Recorder load = new Recorder();

        new DumpReader(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)), load).run();

        int perChunk = DumpReader.CHUNK / row.length();
        assertThat(load.calls).containsExactly(
                "rows COPY public.t (body) FROM stdin; " + perChunk * 100 + " bytes, " + perChunk + " rows",
                "rows COPY public.t (body) FROM stdin; " + perChunk * 100 + " bytes, " + perChunk + " rows",
                "rows COPY public.t (body) FROM stdin; " + (count - 2 * perChunk) * 100 + " bytes, "
                        + (count - 2 * perChunk) + " rows",
                "rows COPY public.t (body) FROM stdin; " + bigRow.length() + " bytes, 1 rows",
                "rows COPY public.t (body) FROM stdin; 100 bytes, 1 rows");
    }

    @Test
    void aDumpCutOffInsideRowsIsAnError() {
        String dump = "--\n-- Data for Name: t; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n"
                + "COPY public.t (body) FROM stdin;\none\ntwo\n";
        DumpReader reader = new DumpReader(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)),
                new Recorder());

        assertThatThrownBy(reader::run).isInstanceOf(IOException.class)
                .hasMessage("the dump ends inside the rows of a COPY block");
    }
}
