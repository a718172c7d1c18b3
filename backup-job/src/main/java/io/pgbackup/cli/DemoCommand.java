package io.pgbackup.cli;

import io.pgbackup.demo.Demo;
import io.pgbackup.error.ExitCode;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Try pgbackup with nothing configured: start a throwaway PostgreSQL from the machine's binaries,",
                "load sample data, back it up to a local store, list it, restore it into a new database,",
                "check that every table has the same row count, print a summary and clean up."})
final class DemoCommand extends JobCommand {
    DemoCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        String tmp = ctx.env().getOrDefault("TMPDIR", System.getProperty("java.io.tmpdir"));
        new Demo(ctx.out(), java.nio.file.Path.of(tmp)).run();
        return ExitCode.SUCCESS.code();
    }
}
