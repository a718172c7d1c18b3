package io.pgbackup.report;

import io.pgbackup.catalog.Json;

/** The report as JSON: the {@link StoreReport} record, field for field, with ISO-8601 times. */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(StoreReport report) {
        return Json.MAPPER.writeValueAsString(report) + "\n";
    }
}
