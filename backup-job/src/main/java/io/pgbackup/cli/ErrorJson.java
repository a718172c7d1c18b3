package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.error.PgBackupException;
import tools.jackson.databind.SerializationFeature;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A failure as one JSON line, for {@code --log-format json}: message, hints and exit code. */
final class ErrorJson {
    private ErrorJson() {
    }

    static String render(PgBackupException e) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", "ERROR");
        line.put("message", e.getMessage());
        line.put("hints", e.hints());
        line.put("exitCode", e.exitCode().code());
        return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(line);
    }
}
