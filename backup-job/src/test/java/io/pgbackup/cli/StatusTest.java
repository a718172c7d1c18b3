package io.pgbackup.cli;

import io.pgbackup.catalog.BackupName;
import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Reason;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.S3Fixture;
import io.pgbackup.testsupport.Seed;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** pgbackup status on a real S3 server: each exit code, the table and the JSON. */
class StatusTest {

    private static Cli cli(String store) {
        return new Cli().env(S3Fixture.env()).env("PGBACKUP_STORE", store).env("PGDATABASE", "app");
    }

    private static String store(Consumer<Seed> seeding) {
        String uri = Seed.newS3Store("status");
        try (BackupStore s = Seed.open(uri)) {
            seeding.accept(new Seed(s, "app"));
        }
        return uri;
    }

    private static Instant ago(Duration d) {
        return Instant.now().minus(d);
    }

    /** Six nightly backups of about 1000 bytes, the newest {@code newestAge} old and {@code newestBytes} big. */
    private static BackupName nightlies(Seed seed, Duration newestAge, int newestBytes) {
        int[] sizes = {1000, 1100, 900, 1000, 1050};
        for (int i = 0; i < sizes.length; i++) {
            seed.backup(ago(newestAge.plusDays(i + 1)), Reason.SCHEDULE, sizes[i]);
        }
        return seed.backup(ago(newestAge), Reason.SCHEDULE, newestBytes);
    }

    @Test
    void healthyBackupsExitZero() {
        String[] newest = new String[1];
        String store = store(seed -> {
            BackupName n = nightlies(seed, Duration.ofHours(3), 1020);
            seed.verified(n, true, List.of());
            newest[0] = n.id();
        });
        Cli.Result r = cli(store).run("status");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("CHECK +RESULT +DETAIL");
        assertThat(lines.get(1)).matches("freshness +ok +the newest backup " + newest[0]
                + " is 3h( \\d+m)? old \\(limit 26h\\)");
        assertThat(lines.get(2)).matches("verification +ok +the last restore drill \\(backup " + newest[0]
                + ", .*\\) passed");
        assertThat(lines.get(3)).isEqualTo(String.format("%-13s %-7s %s", "size", "ok", "the newest backup "
                + newest[0] + " is 1.02 kB, 1.02 x the median (1.00 kB) of the 5 before it (limit 0.50)"));
        assertThat(lines.get(4)).startsWith("status        ok      app: 6 restorable backups in s3://status-")
                .endsWith("; exit 0");

        JsonNode json = Json.MAPPER.readTree(cli(store).run("status", "--json").out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("exitCode").asInt()).isZero();
        assertThat(json.get("restorableBackups").asInt()).isEqualTo(6);
        assertThat(json.get("newest").get("id").asString()).isEqualTo(newest[0]);
        assertThat(json.get("newest").get("storedBytes").asLong()).isEqualTo(1020);
        assertThat(json.get("newest").get("ageSeconds").asLong()).isBetween(3 * 3600L, 4 * 3600L);
        assertThat(json.get("lastVerification").get("result").asString()).isEqualTo("passed");
        assertThat(json.get("checks")).hasSize(3);
    }

    @Test
    void noRestorableBackupIsStale() {
        String store = store(seed -> seed.data(ago(Duration.ofHours(1)), Reason.SCHEDULE, 100));
        Cli.Result r = cli(store).run("status");
        assertThat(r.code()).isEqualTo(40);
        assertThat(r.err()).isEqualTo("error: no restorable backup of database app in " + store + "\n"
                + "HINT: check that the backup schedule runs (CI/CD > Schedules) and that its last backup job passed\n"
                + "HINT: 'pgbackup list --all' shows what the store holds\n");
        assertThat(r.out()).contains("freshness     FAILED  no restorable backup");
    }

    @Test
    void oldNewestBackupIsStale() {
        String[] newest = new String[1];
        String store = store(seed -> newest[0] = nightlies(seed, Duration.ofHours(30), 1000).id());
        Cli.Result r = cli(store).run("status", "--max-age", "26h");
        assertThat(r.code()).isEqualTo(40);
        assertThat(r.err()).matches("(?s)error: the newest backup " + newest[0]
                + " is 30h( \\d+m)? old, more than the limit of 26h\nHINT: check that the backup schedule runs.*");
        assertThat(cli(store).run("status", "--max-age", "2d").code()).isZero();
    }

    @Test
    void failedVerificationExits41() {
        String[] newest = new String[1];
        String store = store(seed -> {
            BackupName n = nightlies(seed, Duration.ofHours(2), 1000);
            seed.verified(n, false, List.of("table public.orders has 3 rows; the manifest says 4"));
            newest[0] = n.id();
        });
        Cli.Result r = cli(store).run("status");
        assertThat(r.code()).isEqualTo(41);
        assertThat(r.err()).startsWith("error: the last restore drill (backup " + newest[0] + ", ")
                .contains(") failed: table public.orders has 3 rows; the manifest says 4\n"
                        + "HINT: read the verification record's problems, fix the cause, take a new backup and run"
                        + " 'pgbackup verify --backup latest'\n");
        JsonNode json = Json.MAPPER.readTree(cli(store).run("status", "--json").out());
        assertThat(json.get("exitCode").asInt()).isEqualTo(41);
        assertThat(json.get("lastVerification").get("problems").get(0).asString())
                .isEqualTo("table public.orders has 3 rows; the manifest says 4");
    }

    @Test
    void aMuchSmallerNewestBackupExits42() {
        String[] newest = new String[1];
        String store = store(seed -> newest[0] = nightlies(seed, Duration.ofHours(2), 400).id());
        Cli.Result r = cli(store).run("status");
        assertThat(r.code()).isEqualTo(42);
        assertThat(r.err()).startsWith("error: the newest backup " + newest[0]
                + " is 400 B, 0.40 x the median (1.00 kB) of the 5 before it (limit 0.50)\n"
                + "HINT: check that the backup still dumps everything it should");
        assertThat(cli(store).run("status", "--min-size-ratio", "0.3").code()).isZero();
        assertThat(cli(store).run("status", "--min-size-ratio", "0").code()).isZero();
    }

    @Test
    void staleWinsOverTheOtherFailures() {
        String store = store(seed -> {
            BackupName n = nightlies(seed, Duration.ofDays(3), 100);
            seed.verified(n, false, List.of("the restore failed: boom"));
        });
        Cli.Result r = cli(store).run("status", "--json");
        assertThat(r.code()).isEqualTo(40);
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("checks").valueStream().map(c -> c.get("ok").asBoolean()).toList())
                .containsExactly(false, false, false);
        assertThat(json.get("checks").valueStream().map(c -> c.get("exitCodeOnFailure").asInt()).toList())
                .containsExactly(40, 41, 42);
    }

    @Test
    void badLimitsAreUsageErrors() {
        Cli.Result ratio = cli("s3://never-contacted/p").run("status", "--min-size-ratio", "2");
        assertThat(ratio.code()).isEqualTo(2);
        assertThat(ratio.err()).isEqualTo("error: --min-size-ratio must be between 0 and 1 (got 2.0)\n"
                + "HINT: for example 0.5 flags a backup half the usual size; 0 turns the check off\n");
        Cli.Result age = cli("s3://never-contacted/p").run("status", "--max-age", "0h");
        assertThat(age.code()).isEqualTo(2);
        assertThat(age.err()).startsWith("error: --max-age must be positive\n");
    }
}
