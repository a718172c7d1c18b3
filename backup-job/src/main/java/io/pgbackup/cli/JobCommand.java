package io.pgbackup.cli;

import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Base of every subcommand: sets up logging on the command's stderr, then runs it. */
abstract class JobCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;

    protected final Context ctx;

    JobCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public final Integer call() {
        Logging.configure(ctx.err(), output);
        return execute();
    }

    boolean verbose() {
        return output != null && output.verbose;
    }

    /** Runs the command; returns the exit code (failures are thrown as PgBackupException). */
    abstract int execute();
}
