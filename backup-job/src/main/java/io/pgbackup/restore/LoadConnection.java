package io.pgbackup.restore;

import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.dump.Psql;
import io.pgbackup.dump.ToolProcess;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One psql connection of a parallel restore, in autocommit (all or nothing comes from the new
 * database beside the target, not from a transaction). What is written runs in order; {@link #sync()}
 * waits until all of it has run, by sending a marker query and reading its answer on psql's output.
 * psql stops at the first error ({@code ON_ERROR_STOP}): a write or a sync then throws psql's own error.
 */
final class LoadConnection implements AutoCloseable {
    private static final long ENDED = -1;

    private final ToolProcess psql;
    private final PgConnection target;
    private final OutputStream in;
    private final String marker = "pgbackup-sync-" + UUID.randomUUID() + "-";
    private final BlockingQueue<Long> answers = new LinkedBlockingQueue<>();
    private long sent;

    LoadConnection(PgTools tools, PgConnection target, String name) {
        this.psql = Psql.startAnswering(tools, target);
        this.target = target;
        this.in = new BufferedOutputStream(psql.stdin(), 256 * 1024);
        Thread reader = new Thread(this::readAnswers, "restore-" + name + "-answers");
        reader.setDaemon(true);
        reader.start();
    }

    void write(byte[] b, int off, int len) {
        try {
            in.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(String sql) {
        write(sql.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns once everything written so far has run; throws psql's error if it stopped on one. */
    void sync() {
        sent++;
        write("SELECT '" + marker + sent + "';\n");
        flush();
        try {
            for (long answer = answers.take(); answer != sent; answer = answers.take()) {
                if (answer == ENDED) {
                    answers.add(ENDED);
                    throw failed(null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgBackupException(ExitCode.INTERRUPTED, "interrupted");
        }
    }

    /** Ends psql's input and waits for it: throws its error if it failed. */
    void finish() {
        try {
            in.close();
        } catch (IOException e) {
            throw failed(e);
        }
        Psql.finish(psql, target);
    }

    /** Drops the connection at once: whatever it was running stops. */
    void kill() {
        psql.kill();
    }

    @Override
    public void close() {
        psql.close();
    }

    private void flush() {
        try {
            in.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** psql's own error (it exited on one); without one, the broken pipe or its end of output. */
    private PgBackupException failed(IOException e) {
        Psql.finish(psql, target);
        return new PgBackupException(ExitCode.RESTORE_FAILED, "psql ended before the restore did"
                + (e == null ? "" : ": " + e.getMessage()), "the new database is dropped: the target is unchanged");
    }

    private void readAnswers() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(psql.stdout(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(marker)) {
                    answers.add(Long.parseLong(line.substring(marker.length())));
                }
            }
        } catch (IOException | RuntimeException e) {
            // psql is gone: the waiter learns it below
        }
        answers.add(ENDED);
    }
}
