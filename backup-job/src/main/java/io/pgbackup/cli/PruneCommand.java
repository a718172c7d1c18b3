package io.pgbackup.cli;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.retention.RetentionPolicy;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.PruneJob;
import io.pgbackup.engine.PruneJob.Action;
import io.pgbackup.engine.PruneJob.Outcome;
import io.pgbackup.error.ExitCode;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "prune", mixinStandardHelpOptions = true,
        description = {"Delete the backups of a database (--dbname / PGDATABASE) that the retention policy lets go.",
                "Grandfather-father-son: the newest --keep-last backups, and the newest backup of each of the last",
                "--keep-daily days, --keep-weekly ISO weeks and --keep-monthly months that have one (in --timezone).",
                "Always kept: the newest restorable backup, deploy and pre-restore backups younger than --protect-age,",
                "backups under object lock (reported as locked). Incomplete backups older than a day are deleted.",
                "Prints one line per backup on stdout: keep, delete, would delete or locked, and why."})
final class PruneCommand extends JobCommand {
    @Mixin StoreOptions store;
    @Mixin DatabaseOptions database;
    @Mixin VaultOptions vault;

    @Option(names = "--keep-last", paramLabel = "N", defaultValue = "" + RetentionPolicy.DEFAULT_LAST,
            description = "keep the newest N backups (default ${DEFAULT-VALUE})")
    int keepLast;

    @Option(names = "--keep-daily", paramLabel = "N", defaultValue = "" + RetentionPolicy.DEFAULT_DAILY,
            description = "keep the newest backup of each of the last N days (default ${DEFAULT-VALUE})")
    int keepDaily;

    @Option(names = "--keep-weekly", paramLabel = "N", defaultValue = "" + RetentionPolicy.DEFAULT_WEEKLY,
            description = "keep the newest backup of each of the last N ISO weeks (default ${DEFAULT-VALUE})")
    int keepWeekly;

    @Option(names = "--keep-monthly", paramLabel = "N", defaultValue = "" + RetentionPolicy.DEFAULT_MONTHLY,
            description = "keep the newest backup of each of the last N months (default ${DEFAULT-VALUE})")
    int keepMonthly;

    @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC", converter = Ages.ZoneConverter.class,
            description = "where days, weeks and months begin (default ${DEFAULT-VALUE}), e.g. Europe/Paris")
    ZoneId zone;

    @Option(names = "--protect-age", paramLabel = "AGE", defaultValue = "30d", converter = Ages.AgeConverter.class,
            description = "always keep deploy and pre-restore backups younger than this (default ${DEFAULT-VALUE})")
    Duration protectAge;

    @Option(names = "--dry-run", description = "print what would be deleted; delete nothing")
    boolean dryRun;

    @Option(names = "--json", description = "one JSON object on stdout")
    boolean json;

    PruneCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        RetentionPolicy policy = new RetentionPolicy(keepLast, keepDaily, keepWeekly, keepMonthly, zone, protectAge);
        try (JobSecrets secrets = vault.apply(ctx, JobKind.STORE_ONLY, null)) {
            return run(policy);
        }
    }

    private int run(RetentionPolicy policy) {
        String db = database.connection(ctx).database();
        try (BackupStore target = store.open(ctx)) {
            List<Outcome> outcomes = new PruneJob(target, db, policy, dryRun, Clock.systemUTC()).run();
            if (json) {
                ctx.out().println(Json.MAPPER.writeValueAsString(document(db, policy, outcomes)));
            } else {
                printTable(outcomes);
            }
            return ExitCode.SUCCESS.code();
        }
    }

    private void printTable(List<Outcome> outcomes) {
        String format = "%-12s %-28s %10s  %s%n";
        ctx.out().printf(format, "ACTION", "ID", "SIZE", "WHY");
        for (Outcome o : outcomes) {
            String why = o.decision().reasons() + (o.note() == null ? "" : " [" + o.note() + "]");
            ctx.out().printf(format, o.action().label(), o.decision().id(),
                    Progress.bytes(o.decision().entry().storedBytes()), why);
        }
    }

    private Map<String, Object> document(String db, RetentionPolicy policy, List<Outcome> outcomes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("database", db);
        doc.put("dryRun", dryRun);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("keepLast", policy.keepLast());
        p.put("keepDaily", policy.keepDaily());
        p.put("keepWeekly", policy.keepWeekly());
        p.put("keepMonthly", policy.keepMonthly());
        p.put("timezone", policy.zone().getId());
        p.put("protectAgeSeconds", policy.protectAge().toSeconds());
        doc.put("policy", p);
        doc.put("backups", outcomes.stream().map(PruneCommand::row).toList());
        return doc;
    }

    private static Map<String, Object> row(Outcome o) {
        BackupEntry e = o.decision().entry();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("time", e.time().toString());
        row.put("reason", e.name().reason().label());
        row.put("complete", e.complete());
        row.put("storedBytes", e.storedBytes());
        row.put("action", o.action() == Action.WOULD_DELETE ? "delete" : o.action().label());
        row.put("why", o.decision().why());
        if (o.note() != null) {
            row.put("note", o.note());
        }
        return row;
    }
}
