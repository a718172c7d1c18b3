package io.pgbackup.cli;

import io.pgbackup.engine.Cleanup;
import io.pgbackup.error.ExitCode;
import sun.misc.Signal;

/**
 * SIGTERM (a cancelled CI job) and SIGINT stop the work cleanly: children are killed, the upload
 * aborted, the command returns {@link ExitCode#INTERRUPTED}, and exiting runs the shutdown hooks
 * (Vault lease revocation). If the work does not wind down within 30 s, the JVM exits anyway.
 */
final class Signals {
    private static final long GRACE_MILLIS = 30_000;

    private Signals() {
    }

    static void install() {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), s -> onSignal());
        }
    }

    private static void onSignal() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException ignored) {
                return;
            }
            System.exit(ExitCode.INTERRUPTED.code());
        }, "signal-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Cleanup.interrupt();
    }
}
