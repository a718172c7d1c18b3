package io.pgbackup.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample application schema and data loaded by {@code pgbackup demo} and the tests. */
public final class SampleData {
    private SampleData() {
    }

    public static String sql() {
        try (InputStream in = SampleData.class.getResourceAsStream("sample.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the sample into {@code database} of {@code server}. */
    public static void load(LocalPostgres server, String database) {
        server.psql(database, sql());
    }
}
