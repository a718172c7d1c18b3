package io.pgbackup.cli;

import io.pgbackup.engine.Cleanup;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * pgbackup's entry point. {@link #run} returns the exit code so tests can call it; only
 * {@link #main} exits the JVM.
 */
@Command(name = "pgbackup", mixinStandardHelpOptions = true, version = "pgbackup " + io.pgbackup.engine.Version.VERSION,
        description = "Encrypted, streaming PostgreSQL backups to S3-compatible storage, and restores that cannot half-fail.",
        footerHeading = "%nExit status:%n", synopsisSubcommandLabel = "COMMAND")
public final class Main {
    private static final Map<String, Function<Context, Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("backup", BackupCommand::new);
        COMMANDS.put("restore", RestoreCommand::new);
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("prune", PruneCommand::new);
        COMMANDS.put("verify", VerifyCommand::new);
        COMMANDS.put("status", StatusCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("demo", DemoCommand::new);
    }

    public static void main(String[] args) {
        Warmup.startFor(args);
        Signals.install();
        int code = run(System.out, System.err, System.getenv(), System.console() != null, args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command non-interactively; returns its exit code. */
    public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        return run(out, err, env, false, args);
    }

    static int run(PrintStream out, PrintStream err, Map<String, String> env, boolean interactive, String... args) {
        Cleanup.reset();
        Context ctx = new Context(out, err, env, interactive);
        CommandLine cli = commandLine(ctx, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, err, parsed));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            err.println("HINT: run 'pgbackup " + e.getCommandLine().getCommandName() + " --help' for the options");
            return ExitCode.USAGE.code();
        });
        return cli.execute(args);
    }

    /**
     * The command line for {@code args}: when they start with a command's name, only that command is
     * built (picocli reads every command's annotations when it is added; building all of them took
     * about 0.15 s of each run's start), otherwise all of them, for the help and the errors.
     */
    static CommandLine commandLine(Context ctx, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setUsageHelpWidth(120);
        boolean one = args.length > 0 && COMMANDS.containsKey(args[0]);
        COMMANDS.forEach((name, make) -> {
            if (!one || name.equals(args[0])) {
                cli.addSubcommand(name, make.apply(ctx));
            }
        });
        String[] footer = (ExitCode.helpTable() + "\nEnvironment:\n" + EnvVar.helpTable()).split("\n");
        for (CommandLine c : cli.getSubcommands().values()) {
            c.setUsageHelpWidth(120);
            c.getCommandSpec().usageMessage().footerHeading("%nExit status:%n").footer(footer);
        }
        cli.getCommandSpec().usageMessage().footer(footer);
        return cli;
    }

    private static int failure(Exception e, PrintStream err, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        boolean json = parsed.subcommands().stream()
                .anyMatch(p -> "json".equals(p.matchedOptionValue("--log-format", "text")));
        if (e instanceof PgBackupException p) {
            err.println(json ? ErrorJson.render(p) : p.render());
            if (verbose && p.getCause() != null) {
                p.getCause().printStackTrace(err);
            }
            return p.exitCode().code();
        }
        err.println("error: unexpected failure: " + e);
        err.println("HINT: this is a bug; run again with --verbose and report the output");
        if (verbose) {
            e.printStackTrace(err);
        }
        return ExitCode.FAILURE.code();
    }
}
