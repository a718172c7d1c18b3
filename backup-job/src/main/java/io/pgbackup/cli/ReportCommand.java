package io.pgbackup.cli;

import io.pgbackup.catalog.retention.RetentionPolicy;
import io.pgbackup.engine.StatusJob;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.report.HtmlReport;
import io.pgbackup.report.JsonReport;
import io.pgbackup.report.ReportCollector;
import io.pgbackup.report.ReportFile;
import io.pgbackup.report.StoreReport;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the backup history of every database in the store as one self-contained HTML page",
                "(--html FILE: sizes and durations over time with the reason of each backup, days without a nightly",
                "backup, freshness against --max-age, restore drills, the latest backups) and/or as JSON (--json [FILE];",
                "stdout without FILE). Reads manifests and verification records only. Exits 0 once written, whatever",
                "the backups' state: 'pgbackup status' is the check that fails."})
final class ReportCommand extends JobCommand {
    @Mixin StoreOptions store;
    @Mixin VaultOptions vault;

    @Option(names = "--html", paramLabel = "FILE", description = "write the HTML page to FILE (e.g. public/index.html)")
    Path html;

    @Option(names = "--json", paramLabel = "FILE", arity = "0..1", fallbackValue = "-",
            description = "write the report as JSON to FILE, or to stdout without FILE or with -")
    String json;

    @Option(names = "--max-age", paramLabel = "AGE", defaultValue = "26h", converter = Ages.AgeConverter.class,
            description = "the newest backup may be this old (default ${DEFAULT-VALUE}, as status's)")
    Duration maxAge;

    @Option(names = "--schedule-days", paramLabel = "N", defaultValue = "" + RetentionPolicy.DEFAULT_DAILY,
            description = "search the N days before today for days without a scheduled backup (default"
                    + " ${DEFAULT-VALUE}, prune's --keep-daily)")
    int scheduleDays;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC", converter = Ages.ZoneConverter.class,
            description = "where the schedule's days begin (default ${DEFAULT-VALUE}), e.g. Europe/Paris")
    ZoneId zone;

    ReportCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        validate();
        try (JobSecrets secrets = vault.apply(ctx, JobKind.STORE_ONLY, null)) {
            return report();
        }
    }

    private void validate() {
        if (html == null && json == null) {
            throw new PgBackupException(ExitCode.USAGE, "nothing to write: give --html FILE, --json [FILE] or both",
                    "for example: pgbackup report --html public/index.html --json report.json");
        }
        StatusJob.validate(maxAge, 0);
        if (scheduleDays < 0 || scheduleDays > 3660) {
            throw new PgBackupException(ExitCode.USAGE, "--schedule-days must be between 0 and 3660 (got "
                    + scheduleDays + ")", "for example 14 searches the last two weeks; 0 searches none");
        }
    }

    private int report() {
        try (BackupStore source = store.open(ctx)) {
            StoreReport report = new ReportCollector(source, maxAge, zone, scheduleDays)
                    .collect(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            if (html != null) {
                ReportFile.write(html, HtmlReport.render(report));
                Summary.LOG.info("report of " + report.databases().size() + " database(s) of " + report.store()
                        + " written to " + html);
            }
            if ("-".equals(json)) {
                ctx.out().print(JsonReport.render(report));
            } else if (json != null) {
                ReportFile.write(Path.of(json), JsonReport.render(report));
                Summary.LOG.info("report as JSON written to " + json);
            }
            return ExitCode.SUCCESS.code();
        }
    }
}
