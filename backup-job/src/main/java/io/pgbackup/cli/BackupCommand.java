package io.pgbackup.cli;

import io.pgbackup.catalog.Manifest;
import io.pgbackup.catalog.Reason;
import io.pgbackup.compress.Compression;
import io.pgbackup.dump.PgTools;
import io.pgbackup.engine.BackupJob;
import io.pgbackup.engine.BackupRequest;
import io.pgbackup.engine.Durations;
import io.pgbackup.engine.Progress;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.secrets.JobKind;
import io.pgbackup.secrets.JobSecrets;
import io.pgbackup.storage.BackupStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Dump a database with pg_dump, compress, encrypt and stream it into the store.",
                "Prints the backup id alone on stdout; progress and the summary go to stderr.",
                "pg_dump selection options can follow '--', for example: -- --schema=app --exclude-table-data=audit"})
final class BackupCommand extends JobCommand {
    /** The level chosen from the benchmark: see the README, "Choosing the compression level". */
    static final int DEFAULT_LEVEL = 1;

    @Mixin StoreOptions store;
    @Mixin DatabaseOptions database;
    @Mixin PassphraseOptions passphrase;
    @Mixin VaultOptions vault;
    @Mixin NotifyOptions notify;

    @Option(names = "--reason", paramLabel = "REASON",
            description = "schedule, deploy, manual or pre-restore (default: from CI_PIPELINE_SOURCE, else manual)")
    String reason;

    @Option(names = "--compress-level", paramLabel = "1-9",
            description = "gzip level (default ${DEFAULT-VALUE}; env PGBACKUP_COMPRESS_LEVEL)")
    Integer compressLevel;

    @Option(names = "--compressor", paramLabel = "auto|igzip|zlib",
            description = {"igzip (ISA-L, package isal) in the pipe from pg_dump, or zlib in pgbackup on --threads cores;",
                    "auto: igzip when installed (default auto; env PGBACKUP_COMPRESSOR; igzip from PGBACKUP_IGZIP or PATH)"})
    String compressor;

    @Option(names = "--threads", paramLabel = "N", description = "zlib compression threads (default: number of cores)")
    Integer threads;

    @Option(names = "--no-row-counts", description = "do not count every table's rows for the manifest")
    boolean noRowCounts;

    @Parameters(paramLabel = "PG_DUMP_OPTION", description = "pg_dump selection options, after --")
    List<String> selection = new ArrayList<>();

    BackupCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        try (JobSecrets secrets = vault.apply(ctx, JobKind.BACKUP, null); BackupStore target = store.open(ctx)) {
            BackupRequest req = new BackupRequest(target, database.connection(ctx), PgTools.locate(),
                    passphrase.passphrase(ctx), reason(), selection, compression(ctx, compressor, compressLevel, threads),
                    !noRowCounts, ciLabels(ctx.env()));
            Manifest m = notify.backup(ctx, req.connection().database(),
                    () -> new BackupJob(req, Clock.systemUTC()).run());
            ctx.out().println(m.id());
            Summary.LOG.info(String.format(java.util.Locale.ROOT, "backup %s: %s of SQL -> %s stored (%.1f%%) in %s, sha256 %s",
                    m.id(), Progress.bytes(m.dumpBytes()), Progress.bytes(m.storedBytes()),
                    m.dumpBytes() == 0 ? 0.0 : 100.0 * m.storedBytes() / m.dumpBytes(),
                    Durations.human(m.durationMillis()), m.sha256()));
            return ExitCode.SUCCESS.code();
        }
    }

    private Reason reason() {
        if (reason == null) {
            return Reason.fromCi(ctx.env());
        }
        try {
            return Reason.parse(reason);
        } catch (IllegalArgumentException e) {
            throw new PgBackupException(ExitCode.USAGE, e.getMessage(), "use --reason schedule|deploy|manual|pre-restore");
        }
    }

    /** The compression of a backup from flags (null when not given) and their variables. */
    static Compression compression(Context ctx, String compressorFlag, Integer levelFlag, Integer threadsFlag) {
        String engine = compressorFlag != null ? compressorFlag : ctx.env(EnvVar.PGBACKUP_COMPRESSOR);
        return Compression.choose(engine, level(ctx, levelFlag), threads(threadsFlag), ctx.env());
    }

    static int level(Context ctx, Integer flag) {
        if (flag != null) {
            return flag;
        }
        String env = ctx.env(EnvVar.PGBACKUP_COMPRESS_LEVEL);
        try {
            return env == null ? DEFAULT_LEVEL : Integer.parseInt(env.strip());
        } catch (NumberFormatException e) {
            throw new PgBackupException(ExitCode.CONFIG, "PGBACKUP_COMPRESS_LEVEL is not a number: " + env,
                    "set it to a gzip level between 1 and 9");
        }
    }

    static int threads(Integer flag) {
        return flag != null && flag > 0 ? flag : Runtime.getRuntime().availableProcessors();
    }

    /** GitLab CI labels recorded in the manifest, when present. */
    static Map<String, String> ciLabels(Map<String, String> env) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("CI_COMMIT_SHA", "CI_PIPELINE_ID", "CI_JOB_ID", "CI_COMMIT_REF_NAME",
                "CI_PIPELINE_SOURCE", "CI_PROJECT_PATH", "CI_ENVIRONMENT_NAME")) {
            String value = env.get(key);
            if (value != null && !value.isEmpty()) {
                labels.put(key, value);
            }
        }
        return labels;
    }
}
