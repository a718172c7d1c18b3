package io.pgbackup.report;

import java.time.Instant;
import java.util.List;

/**
 * What {@code pgbackup report} shows of one store: every database in it, as read from the manifests
 * and verification records alone. The JSON output is this record as it stands.
 *
 * @param store          the store's printable location (no secret)
 * @param generatedAt    when the report was made
 * @param maxAgeSeconds  the freshness limit (--max-age), in seconds
 * @param maxAge         the same limit for people ({@code 26h})
 * @param timezone       where the days of the nightly schedule begin
 * @param scheduleDays   how many days before today were searched for a missing nightly backup
 * @param databases      one entry per database found in the store, by name
 */
public record StoreReport(String store, Instant generatedAt, long maxAgeSeconds, String maxAge, String timezone,
                          int scheduleDays, List<DatabaseReport> databases) {
}
