package io.pgbackup.engine;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What must be undone if pgbackup is told to stop (SIGTERM from a cancelled CI job, Ctrl-C): kill
 * pg_dump/psql, abort the upload. {@link #interrupt()} runs every registered action once; work in
 * progress then fails, and callers report {@link ExitCode#INTERRUPTED} instead of the failure the
 * kill caused.
 */
public final class Cleanup {
    private static final Set<Runnable> ACTIONS = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean INTERRUPTED = new AtomicBoolean();
    private static final AtomicReference<PgBackupException> REASON = new AtomicReference<>();

    private Cleanup() {
    }

    /** An action that {@link #interrupt()} runs unless the registration is closed first. */
    public static Registration register(Runnable action) {
        ACTIONS.add(action);
        if (INTERRUPTED.get()) {
            action.run();
        }
        return () -> ACTIONS.remove(action);
    }

    /**
     * Runs a blocking call that a signal stops by interrupting this thread (pgjdbc's wait for a
     * login, for one): after a signal its failure becomes {@link #interruptedError}. The interrupt
     * status is cleared afterwards; {@link #checkpoint} still sees the signal.
     */
    public static <T> T interruptibly(String what, Supplier<T> call) {
        Thread caller = Thread.currentThread();
        try (Registration r = register(caller::interrupt)) {
            return call.get();
        } catch (PgBackupException e) {
            throw INTERRUPTED.get() ? interruptedError(what) : e;
        } finally {
            Thread.interrupted();
        }
    }

    /** Between steps: stops the work if a signal arrived. */
    public static void checkpoint(String what) {
        if (INTERRUPTED.get()) {
            throw interruptedError(what);
        }
    }

    /** Called from the signal handler: runs every registered action. */
    public static void interrupt() {
        INTERRUPTED.set(true);
        for (Runnable action : ACTIONS) {
            try {
                action.run();
            } catch (RuntimeException ignored) {
                // keep going: every action gets its chance
            }
        }
    }

    /**
     * Stops the work as a signal does, for a reason of its own (the Vault token is about to reach
     * its max TTL): the job then ends with {@code reason} instead of "interrupted by a signal".
     */
    public static void abort(PgBackupException reason) {
        REASON.compareAndSet(null, reason);
        interrupt();
    }

    public static boolean interrupted() {
        return INTERRUPTED.get();
    }

    /** For tests and for a new run in the same JVM. */
    public static void reset() {
        INTERRUPTED.set(false);
        REASON.set(null);
    }

    public static PgBackupException interruptedError(String what) {
        PgBackupException reason = REASON.get();
        if (reason != null) {
            return reason;
        }
        return new PgBackupException(ExitCode.INTERRUPTED, what + " interrupted by a signal: nothing partial was kept",
                "run it again when ready");
    }

    /** Closing a registration removes its action. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
