package io.pgbackup.catalog.retention;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Reason;
import io.pgbackup.engine.PruneJob;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.StoredObject;
import io.pgbackup.testsupport.Seed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-written retention cases, each run by the real prune job against a real S3 server (S3Proxy):
 * the store is seeded with backups at chosen times, pruned with a fixed clock, and what is left in
 * the bucket must be exactly the expected backups (data and manifest), nothing of the others.
 */
class PruneCasesTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A backup written as {@code 2026-01-05T01:00:00Z schedule}, with {@code incomplete} for no manifest. */
    record Case(String name, int last, int daily, int weekly, int monthly, ZoneId zone, String now,
                List<String> backups, Set<String> kept) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ISO week 2026-W01 runs from Monday 2025-12-29 to Sunday 2026-01-04; 2025-12-28 is in 2025-W52.
                new Case("daily backups across a month and a year boundary (UTC)", 2, 3, 3, 3, UTC,
                        "2026-01-05T12:00:00Z", dailyAt1am("2025-11-25", "2026-01-05"),
                        Set.of("2026-01-05T01:00:00Z", "2026-01-04T01:00:00Z", "2026-01-03T01:00:00Z",
                                "2025-12-28T01:00:00Z", "2025-12-31T01:00:00Z", "2025-11-30T01:00:00Z")),
                new Case("months end at midnight UTC", 0, 0, 0, 2, UTC, "2026-04-01T10:00:00Z", monthEnds(),
                        Set.of("2026-03-31T22:30:00Z", "2026-02-28T23:30:00Z")),
                // The same backups: 22:30Z on March 31 is April 1 in Paris (UTC+2), 23:30Z on February 28 is March 1.
                new Case("months end at midnight in Paris", 0, 0, 0, 2, PARIS, "2026-04-01T10:00:00Z", monthEnds(),
                        Set.of("2026-03-31T22:30:00Z", "2026-03-31T21:30:00Z")),
                new Case("days end at midnight UTC", 0, 2, 0, 0, UTC, "2026-06-11T08:00:00Z", dayEnds(),
                        Set.of("2026-06-10T22:30:00Z", "2026-06-09T23:00:00Z")),
                new Case("days end at midnight in Paris", 0, 2, 0, 0, PARIS, "2026-06-11T08:00:00Z", dayEnds(),
                        Set.of("2026-06-10T22:30:00Z", "2026-06-10T21:30:00Z")),
                // Sunday 2026-03-29 (the day clocks go forward): 22:30Z is already Monday (2026-W14) in Paris.
                new Case("weeks end on Sunday midnight UTC", 0, 0, 2, 0, UTC, "2026-03-30T08:00:00Z", weekEnds(),
                        Set.of("2026-03-29T22:30:00Z", "2026-03-20T12:00:00Z")),
                new Case("weeks end on Sunday midnight in Paris", 0, 0, 2, 0, PARIS, "2026-03-30T08:00:00Z",
                        weekEnds(), Set.of("2026-03-29T22:30:00Z", "2026-03-29T21:30:00Z")),
                // Weeks without a backup (2026-W03) do not count.
                new Case("weekly counts weeks that have a backup", 0, 0, 3, 0, UTC, "2026-01-27T08:00:00Z",
                        List.of("2026-01-26T01:00:00Z schedule", "2026-01-20T01:00:00Z schedule",
                                "2026-01-19T01:00:00Z schedule", "2026-01-05T01:00:00Z schedule",
                                "2025-12-29T01:00:00Z schedule", "2025-12-22T01:00:00Z schedule"),
                        Set.of("2026-01-26T01:00:00Z", "2026-01-20T01:00:00Z", "2026-01-05T01:00:00Z")),
                // Nothing but the protections: newest, young deploy/pre-restore, young incomplete.
                new Case("protections when every rule is 0", 0, 0, 0, 0, UTC, "2026-05-01T00:00:00Z",
                        List.of("2026-04-30T12:00:00Z manual incomplete", "2026-04-30T01:00:00Z schedule",
                                "2026-04-28T01:00:00Z schedule incomplete", "2026-04-25T01:00:00Z schedule",
                                "2026-04-20T10:00:00Z deploy", "2026-04-10T10:00:00Z pre-restore",
                                "2026-03-20T10:00:00Z deploy", "2026-03-19T10:00:00Z pre-restore"),
                        Set.of("2026-04-30T12:00:00Z", "2026-04-30T01:00:00Z", "2026-04-20T10:00:00Z",
                                "2026-04-10T10:00:00Z")),
                // Incomplete backups take no keep-last slot, even when newest.
                new Case("keep-last counts restorable backups only", 2, 0, 0, 0, UTC, "2026-05-10T00:00:00Z",
                        List.of("2026-05-03T01:00:00Z schedule incomplete", "2026-05-02T01:00:00Z schedule",
                                "2026-05-01T01:00:00Z manual", "2026-04-30T01:00:00Z schedule"),
                        Set.of("2026-05-02T01:00:00Z", "2026-05-01T01:00:00Z")));
    }

    private static List<String> dailyAt1am(String from, String to) {
        List<String> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            out.add(d + "T01:00:00Z schedule");
        }
        return out;
    }

    private static List<String> monthEnds() {
        return List.of("2026-03-31T22:30:00Z schedule", "2026-03-31T21:30:00Z schedule",
                "2026-03-15T12:00:00Z schedule", "2026-02-28T23:30:00Z schedule", "2026-02-28T22:00:00Z schedule",
                "2026-02-10T12:00:00Z schedule");
    }

    private static List<String> dayEnds() {
        return List.of("2026-06-10T22:30:00Z schedule", "2026-06-10T21:30:00Z schedule",
                "2026-06-09T23:00:00Z schedule", "2026-06-09T12:00:00Z schedule");
    }

    private static List<String> weekEnds() {
        return List.of("2026-03-29T22:30:00Z schedule", "2026-03-29T21:30:00Z schedule",
                "2026-03-25T12:00:00Z schedule", "2026-03-20T12:00:00Z schedule");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsExactlyTheExpectedBackups(Case c) {
        try (BackupStore store = Seed.open(Seed.newS3Store("prune-case"))) {
            Seed seed = new Seed(store, "app");
            List<BackupName> all = new ArrayList<>();
            for (String spec : c.backups()) {
                String[] parts = spec.split(" ");
                Instant time = Instant.parse(parts[0]);
                Reason reason = Reason.parse(parts[1]);
                BackupName name = parts.length > 2 ? seed.data(time, reason, 100) : seed.backup(time, reason, 100);
                if (parts.length == 2) {
                    seed.verified(name, true, List.of());
                }
                all.add(name);
            }
            RetentionPolicy policy = new RetentionPolicy(c.last(), c.daily(), c.weekly(), c.monthly(), c.zone(),
                    Duration.ofDays(30));
            Clock clock = Clock.fixed(Instant.parse(c.now()), UTC);
            List<PruneJob.Outcome> outcomes = new PruneJob(store, "app", policy, false, clock).run();

            Set<String> keptByJob = outcomes.stream().filter(o -> o.action() == PruneJob.Action.KEEP)
                    .map(o -> o.decision().entry().time().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(keptByJob).as("kept by the job").isEqualTo(new TreeSet<>(c.kept()));
            assertThat(outcomes).hasSize(all.size());

            Set<String> left = store.list("app/").stream().map(StoredObject::key).collect(Collectors.toSet());
            for (BackupName name : all) {
                boolean kept = c.kept().contains(name.time().toString());
                boolean complete = c.backups().contains(name.time() + " " + name.reason().label());
                assertThat(left.contains(name.dataKey())).as("data of %s", name.id()).isEqualTo(kept);
                assertThat(left.contains(name.manifestKey())).as("manifest of %s", name.id()).isEqualTo(kept && complete);
                assertThat(left.contains(name.verifyKey())).as("verify record of %s", name.id())
                        .isEqualTo(kept && complete);
            }
        }
    }
}
