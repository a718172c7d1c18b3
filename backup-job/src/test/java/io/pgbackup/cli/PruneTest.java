package io.pgbackup.cli;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Reason;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.StoredObject;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.S3Fixture;
import io.pgbackup.testsupport.Seed;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** pgbackup prune on a real S3 server: what it prints, --dry-run, --json, and its usage errors. */
class PruneTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static Cli cli(String store) {
        return new Cli().env(S3Fixture.env()).env("PGBACKUP_STORE", store).env("PGDATABASE", "app");
    }

    private static Set<String> keys(String store) {
        try (BackupStore s = Seed.open(store)) {
            return s.list("app/").stream().map(StoredObject::key).collect(Collectors.toSet());
        }
    }

    /** Seeds: newest, two older schedules, a young and an old deploy, a young and an old incomplete backup. */
    private static List<BackupName> seed(String store) {
        try (BackupStore s = Seed.open(store)) {
            Seed seed = new Seed(s, "app");
            return List.of(
                    seed.data(NOW.minus(Duration.ofMinutes(30)), Reason.SCHEDULE, 10),
                    seed.backup(NOW.minus(Duration.ofHours(1)), Reason.SCHEDULE, 100),
                    seed.backup(NOW.minus(Duration.ofDays(2)), Reason.SCHEDULE, 100),
                    seed.data(NOW.minus(Duration.ofDays(2).plusHours(1)), Reason.MANUAL, 10),
                    seed.backup(NOW.minus(Duration.ofDays(5)), Reason.DEPLOY, 100),
                    seed.backup(NOW.minus(Duration.ofDays(9)), Reason.SCHEDULE, 100),
                    seed.backup(NOW.minus(Duration.ofDays(40)), Reason.DEPLOY, 100));
        }
    }

    @Test
    void dryRunPrintsEveryDecisionAndDeletesNothing() {
        String store = Seed.newS3Store("prune-dry");
        List<BackupName> b = seed(store);
        Set<String> before = keys(store);

        Cli.Result r = cli(store).run("prune", "--dry-run", "--keep-last", "1", "--keep-daily", "0",
                "--keep-weekly", "0", "--keep-monthly", "0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(keys(store)).isEqualTo(before);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ACTION").contains("ID").contains("WHY");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                row("keep", b.get(0), "10 B", "incomplete, younger than 1 day (may still be uploading)"),
                row("keep", b.get(1), "100 B", "newest, last 1"),
                row("would delete", b.get(2), "100 B", "no rule keeps it"),
                row("would delete", b.get(3), "10 B", "incomplete (no manifest), older than 1 day"),
                row("keep", b.get(4), "100 B", "protected deploy"),
                row("would delete", b.get(5), "100 B", "no rule keeps it"),
                row("would delete", b.get(6), "100 B", "no rule keeps it"));
        assertThat(r.err()).contains("prune app: 3 kept, 4 would be deleted, 0 locked");
    }

    @Test
    void pruneDeletesWhatTheDryRunAnnounced() {
        String store = Seed.newS3Store("prune-real");
        List<BackupName> b = seed(store);
        Cli.Result dry = cli(store).run("prune", "--dry-run", "--json", "--keep-last", "1", "--keep-daily", "1",
                "--keep-weekly", "0", "--keep-monthly", "0");
        assertThat(dry.code()).as(dry.err()).isZero();
        JsonNode plan = Json.MAPPER.readTree(dry.out());
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.get("policy").get("keepDaily").asInt()).isEqualTo(1);
        assertThat(plan.get("policy").get("timezone").asString()).isEqualTo("UTC");
        assertThat(plan.get("policy").get("protectAgeSeconds").asLong()).isEqualTo(30 * 86400L);
        JsonNode newest = plan.get("backups").get(1);
        assertThat(newest.get("id").asString()).isEqualTo(b.get(1).id());
        assertThat(newest.get("action").asString()).isEqualTo("keep");
        assertThat(newest.get("why").toString()).isEqualTo("[\"newest\",\"last 1\",\"daily "
                + NOW.minus(Duration.ofHours(1)).toString().substring(0, 10) + "\"]");
        List<String> planned = plan.get("backups").valueStream().filter(n -> n.get("action").asString().equals("delete"))
                .map(n -> n.get("id").asString()).toList();
        assertThat(planned).containsExactly(b.get(2).id(), b.get(3).id(), b.get(5).id(), b.get(6).id());

        Cli.Result real = cli(store).run("prune", "--json", "--keep-last", "1", "--keep-daily", "1",
                "--keep-weekly", "0", "--keep-monthly", "0");
        assertThat(real.code()).as(real.err()).isZero();
        JsonNode done = Json.MAPPER.readTree(real.out());
        assertThat(done.get("dryRun").asBoolean()).isFalse();
        Set<String> left = keys(store);
        for (BackupName n : b) {
            boolean deleted = planned.contains(n.id());
            assertThat(left.contains(n.dataKey())).as("data of %s", n.id()).isEqualTo(!deleted);
            assertThat(left.stream().anyMatch(k -> k.startsWith("app/" + n.id() + ".manifest")))
                    .as("manifest of %s", n.id()).isEqualTo(!deleted && !n.equals(b.get(0)));
        }

        Cli.Result again = cli(store).run("prune", "--keep-last", "1", "--keep-daily", "1", "--keep-weekly", "0",
                "--keep-monthly", "0");
        assertThat(again.code()).isZero();
        assertThat(again.out()).doesNotContain("delete");
    }

    @Test
    void defaultsAreDocumentedInTheHelp() {
        Cli.Result r = new Cli().run("prune", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("keep the newest N backups (default 7)")
                .contains("last N days (default 14)").contains("last N ISO weeks (default 8)")
                .contains("last N months (default 12)").contains("(default UTC)").contains("(default 30d)");
    }

    @Test
    void badPolicyIsAUsageError() {
        String store = "s3://never-contacted/pgbackup";
        Cli.Result negative = cli(store).run("prune", "--keep-daily", "-1");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).isEqualTo("error: --keep-daily must not be negative (got -1)\n"
                + "HINT: use 0 to keep no backup for that rule\n");

        Cli.Result zone = cli(store).run("prune", "--timezone", "Mars/Olympus");
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).startsWith("error: Invalid value for option '--timezone': unknown time zone"
                + " 'Mars/Olympus': use an IANA name such as UTC or Europe/Paris\n");

        Cli.Result age = cli(store).run("prune", "--protect-age", "30 days");
        assertThat(age.code()).isEqualTo(2);
        assertThat(age.err()).startsWith("error: Invalid value for option '--protect-age': '30 days' is not an age:"
                + " use a number and a unit (w, d, h, m, s), for example 26h, 30d or 1d12h\n");
    }

    private static String row(String action, BackupName n, String size, String why) {
        return String.format("%-12s %-28s %10s  %s", action, n.id(), size, why);
    }
}
