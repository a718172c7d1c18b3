package io.pgbackup.cli;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.StatusJob;
import io.pgbackup.engine.StatusJob.Check;
import io.pgbackup.engine.StatusJob.Report;
import io.pgbackup.error.ExitCode;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Check the backups of a database (--dbname / PGDATABASE), for a monitoring system or a CI schedule.",
                "Exits 40 when there is no restorable backup or the newest is older than --max-age, 41 when the last",
                "restore drill (pgbackup verify) failed, 42 when the newest backup is smaller than --min-size-ratio",
                "times the median of the 5 before it, 0 otherwise. Prints a table (or --json) on stdout."})
final class StatusCommand extends JobCommand {
    @Mixin StoreOptions store;
    @Mixin DatabaseOptions database;
    @Mixin VaultOptions vault;

    @Option(names = "--max-age", paramLabel = "AGE", defaultValue = "26h", converter = Ages.AgeConverter.class,
            description = "the newest backup may be this old (default ${DEFAULT-VALUE}: a nightly backup, with slack)")
    Duration maxAge;

    @Option(names = "--min-size-ratio", paramLabel = "RATIO", defaultValue = "0.5",
            description = "newest size >= RATIO x the median of the 5 before it (default ${DEFAULT-VALUE}; 0: no check)")
    double minSizeRatio;

    @Option(names = "--json", description = "one JSON object on stdout")
    boolean json;

    StatusCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        StatusJob.validate(maxAge, minSizeRatio);
        try (JobSecrets secrets = vault.apply(ctx, JobKind.STORE_ONLY, null)) {
            return run();
        }
    }

    private int run() {
        String db = database.connection(ctx).database();
        try (BackupStore source = store.open(ctx)) {
            Report report = new StatusJob(source, db, maxAge, minSizeRatio, Clock.systemUTC()).run();
            if (json) {
                ctx.out().println(Json.MAPPER.writeValueAsString(document(report)));
            } else {
                printTable(report);
            }
            report.error().ifPresent(e -> {
                throw e;
            });
            return ExitCode.SUCCESS.code();
        }
    }

    private void printTable(Report r) {
        String format = "%-13s %-7s %s%n";
        ctx.out().printf(format, "CHECK", "RESULT", "DETAIL");
        for (Check c : r.checks()) {
            ctx.out().printf(format, c.name(), c.ok() ? "ok" : "FAILED", c.detail());
        }
        ctx.out().printf(format, "status", r.exitCode() == ExitCode.SUCCESS ? "ok" : "FAILED",
                r.database() + ": " + r.restorable() + " restorable backups in " + r.store() + "; exit "
                        + r.exitCode().code());
    }

    private static Map<String, Object> document(Report r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("database", r.database());
        doc.put("store", r.store());
        doc.put("checkedAt", r.checkedAt().toString());
        doc.put("ok", r.exitCode() == ExitCode.SUCCESS);
        doc.put("exitCode", r.exitCode().code());
        doc.put("restorableBackups", r.restorable());
        doc.put("newest", r.newest() == null ? null : newest(r.newest(), r));
        VerifyRecord v = r.lastVerification();
        doc.put("lastVerification", v == null ? null : Map.of("backupId", v.backupId(), "result", v.result(),
                "finishedAt", v.finishedAt().toString(), "problems", v.problems()));
        doc.put("checks", r.checks().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("ok", c.ok());
            m.put("exitCodeOnFailure", c.failsWith().code());
            m.put("detail", c.detail());
            return m;
        }).toList());
        return doc;
    }

    private static Map<String, Object> newest(BackupEntry e, Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("time", e.time().toString());
        m.put("ageSeconds", Duration.between(e.time(), r.checkedAt()).toSeconds());
        m.put("reason", e.name().reason().label());
        m.put("storedBytes", e.storedBytes());
        m.put("storedSize", Progress.bytes(e.storedBytes()));
        return m;
    }
}
