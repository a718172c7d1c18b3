package io.pgbackup.cli;

import io.pgbackup.catalog.Catalog;
import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.VerifyRecord;
import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.engine.VerifyJob;
import io.pgbackup.engine.VerifyRequest;
import io.pgbackup.error.ExitCode;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Restore drill: restore a backup into a scratch database (pgbackup_verify_<id>), compare every",
                "table's row count with the manifest, check that no sequence is behind its column, drop the scratch",
                "database, and store the result next to the backup (<id>.verify.json) for 'pgbackup status'.",
                "The account needs CREATEDB (with --vault-group: the verify account, and --owner-role).",
                "Prints the report on stdout; exits 41 when the drill fails."})
final class VerifyCommand extends JobCommand {
    @Mixin StoreOptions store;
    @Mixin DatabaseOptions database;
    @Mixin PassphraseOptions passphrase;
    @Mixin VaultOptions vault;
    @Mixin NotifyOptions notify;

    @Option(names = "--backup", paramLabel = "ID", defaultValue = Catalog.LATEST,
            description = "backup id from 'pgbackup list', or latest (default)")
    String backupId;

    @Option(names = "--owner-role", paramLabel = "ROLE",
            description = "role that owns the scratch database and the restored objects (SET ROLE); needed with Vault")
    String ownerRole;

    @Option(names = "--maintenance-db", paramLabel = "DB", defaultValue = "postgres",
            description = "database used to create and drop the scratch database (default ${DEFAULT-VALUE})")
    String maintenanceDb;

    @Option(names = "--json", description = "print the verification record as JSON on stdout")
    boolean json;

    VerifyCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        try (JobSecrets secrets = vault.apply(ctx, JobKind.VERIFY, ownerRole)) {
            return verify();
        }
    }

    private int verify() {
        PgConnection conn = database.connection(ctx);
        try (BackupStore source = store.open(ctx)) {
            VerifyRequest req = new VerifyRequest(source, conn, PgTools.locate(), passphrase.passphrase(ctx),
                    backupId, ownerRole, maintenanceDb, BackupCommand.compression(ctx, null, null, null));
            VerifyRecord r = notify.verify(ctx, conn.database(), () -> new VerifyJob(req, Clock.systemUTC()).run());
            if (json) {
                ctx.out().println(Json.MAPPER.writeValueAsString(r));
            } else {
                printReport(r);
            }
            if (!r.passed()) {
                throw VerifyJob.failure(r);
            }
            return ExitCode.SUCCESS.code();
        }
    }

    private void printReport(VerifyRecord r) {
        ctx.out().printf("verify %s of %s: %s%n", r.backupId(), r.database(), r.passed() ? "passed" : "FAILED");
        ctx.out().printf("  restored %s of SQL into %s (dropped since) in %s%n", Progress.bytes(r.sqlBytes()),
                r.scratchDatabase(), Durations.human(r.durationMillis()));
        ctx.out().printf("  %d tables compared with the manifest's row counts, %d sequences checked%n",
                r.tablesChecked(), r.sequencesChecked());
        for (String problem : r.problems()) {
            ctx.out().println("  problem: " + problem);
        }
        for (String note : r.notes()) {
            ctx.out().println("  note: " + note);
        }
    }
}
