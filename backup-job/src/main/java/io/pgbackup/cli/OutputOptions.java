package io.pgbackup.cli;

import picocli.CommandLine.Option;

/** Logging: text or JSON lines on stderr; --verbose adds debug lines and stack traces. */
public final class OutputOptions {
    @Option(names = {"-v", "--verbose"}, description = "debug logging and stack traces")
    boolean verbose;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (JSON lines on stderr)")
    String logFormat;
}
