package io.pgbackup.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.LoggerFactory;

import java.io.FilterOutputStream;
import java.io.OutputStream;

/** Sends all logging to the command's stderr, as text or JSON lines. stdout stays for results. */
final class Logging {
    private Logging() {
    }

    static void configure(OutputStream err, OutputOptions options) {
        LoggerContext lc = (LoggerContext) LoggerFactory.getILoggerFactory();
        lc.reset();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(lc);
        appender.setName("stderr");
        appender.setEncoder(encoder(lc, options.logFormat, options.verbose));
        appender.setOutputStream(new FilterOutputStream(err) {
            @Override
            public void close() {
                flushQuietly();
            }

            private void flushQuietly() {
                try {
                    flush();
                } catch (java.io.IOException ignored) {
                    // nothing to do
                }
            }
        });
        appender.setImmediateFlush(true);
        appender.start();
        Logger root = lc.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        lc.getLogger("io.pgbackup").setLevel(options.verbose ? Level.DEBUG : Level.INFO);
        lc.getLogger("pgbackup").setLevel(Level.INFO);
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext lc, String format, boolean verbose) {
        if ("json".equals(format)) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(lc);
            json.setWithContext(false);
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithArguments(false);
            json.setWithMDC(false);
            json.setWithKVPList(false);
            json.start();
            return json;
        }
        if (!"text".equals(format)) {
            throw new PgBackupException(ExitCode.USAGE, "unknown log format '" + format + "'",
                    "use --log-format text or --log-format json");
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(lc);
        text.setPattern(verbose ? "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{20} %msg%n" : "%d{HH:mm:ss} %msg%n");
        text.start();
        return text;
    }
}
