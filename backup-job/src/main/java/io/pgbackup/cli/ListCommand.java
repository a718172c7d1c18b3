package io.pgbackup.cli;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Json;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.error.ExitCode;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the restorable backups of a database (--dbname / PGDATABASE), newest first.")
final class ListCommand extends JobCommand {
    @Mixin StoreOptions store;
    @Mixin DatabaseOptions database;
    @Mixin VaultOptions vault;

    @Option(names = "--json", description = "one JSON array on stdout")
    boolean json;

    @Option(names = "--all", description = "include incomplete backups (no manifest), marked as such")
    boolean all;

    ListCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        try (JobSecrets secrets = vault.apply(ctx, JobKind.STORE_ONLY, null)) {
            return list();
        }
    }

    private int list() {
        String db = database.connection(ctx).database();
        try (BackupStore source = store.open(ctx)) {
            source.probe();
            Catalog catalog = new Catalog(source, db);
            List<BackupEntry> entries = all ? catalog.all() : catalog.restorable();
            if (json) {
                ctx.out().println(Json.MAPPER.writeValueAsString(entries.stream().map(ListCommand::row).toList()));
            } else {
                printTable(entries);
            }
            return ExitCode.SUCCESS.code();
        }
    }

    private static Map<String, Object> row(BackupEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("database", e.name().database());
        row.put("time", e.time().toString());
        row.put("reason", e.name().reason().label());
        row.put("complete", e.complete());
        row.put("storedBytes", e.storedBytes());
        if (e.complete()) {
            row.put("dumpBytes", e.manifest().dumpBytes());
            row.put("durationMillis", e.manifest().durationMillis());
            row.put("sha256", e.manifest().sha256());
        }
        return row;
    }

    private void printTable(List<BackupEntry> entries) {
        String format = "%-28s %-20s %-11s %10s %10s  %s%n";
        ctx.out().printf(format, "ID", "TIME (UTC)", "REASON", "SIZE", "DURATION", "STATUS");
        for (BackupEntry e : entries) {
            ctx.out().printf(format, e.id(), e.time().toString().replace("T", " ").replace("Z", ""),
                    e.name().reason().label(), Progress.bytes(e.storedBytes()),
                    e.complete() ? Durations.human(e.manifest().durationMillis()) : "-",
                    e.complete() ? "restorable" : "INCOMPLETE (no manifest)");
        }
    }
}
