package io.pgbackup.metrics;

import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.VerifyRecord;

import java.util.List;

/** The metrics pgbackup pushes; names and help texts are part of the documented interface. */
final class Metrics {
    private Metrics() {
    }

    static List<Gauge> backup(Manifest m) {
        return List.of(
                new Gauge("pgbackup_last_success_timestamp_seconds", "Unix time the last successful backup finished.",
                        m.finishedAt().toEpochMilli() / 1000.0),
                new Gauge("pgbackup_duration_seconds", "Duration of the last successful backup.",
                        m.durationMillis() / 1000.0),
                new Gauge("pgbackup_stored_bytes", "Bytes stored by the last successful backup (compressed, encrypted).",
                        m.storedBytes()),
                new Gauge("pgbackup_dump_bytes", "Bytes of SQL pg_dump produced in the last successful backup.",
                        m.dumpBytes()),
                new Gauge("pgbackup_compression_ratio", "SQL bytes per stored byte of the last successful backup.",
                        m.storedBytes() == 0 ? 0 : (double) m.dumpBytes() / m.storedBytes()));
    }

    static List<Gauge> verify(VerifyRecord r) {
        return List.of(
                new Gauge("pgbackup_verify_success", "1 if the last restore drill passed, 0 if it failed.",
                        r.passed() ? 1 : 0),
                new Gauge("pgbackup_verify_timestamp_seconds", "Unix time the last restore drill finished.",
                        r.finishedAt().toEpochMilli() / 1000.0),
                new Gauge("pgbackup_verify_duration_seconds", "Duration of the last restore drill.",
                        r.durationMillis() / 1000.0));
    }

    static List<Gauge> verifyError(long nowMillis, long durationMillis) {
        return List.of(
                new Gauge("pgbackup_verify_success", "1 if the last restore drill passed, 0 if it failed.", 0),
                new Gauge("pgbackup_verify_timestamp_seconds", "Unix time the last restore drill finished.",
                        nowMillis / 1000.0),
                new Gauge("pgbackup_verify_duration_seconds", "Duration of the last restore drill.",
                        durationMillis / 1000.0));
    }
}
