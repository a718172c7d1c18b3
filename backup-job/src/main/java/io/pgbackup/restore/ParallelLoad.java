package io.pgbackup.restore;

import io.pgbackup.dump.PgConnection;
import io.pgbackup.dump.PgTools;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Loads a plain dump, as {@link DumpReader} cuts it, on {@code jobs} connections plus one for the
 * schema, into the new database beside the target (which makes it all or nothing: a failure drops
 * that database). The schema connection runs the pre-data, everything of the data section that is not
 * rows, and at the end the post-data that is not an index or a constraint, in the dump's order. The
 * job connections load the rows' chunks, then build the indexes and constraints; before a piece of
 * schema runs, every chunk given before it has loaded, and before a chunk loads, the schema given
 * before it has run. The first failure on any connection ends all of them at once and is the error.
 * Memory: {@code jobs + 2} buffers of {@link DumpReader#CHUNK} bytes; no spool on disk.
 */
final class ParallelLoad implements DumpReader.Load, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParallelLoad.class);
    private static final byte[] END_OF_COPY = "\\.\n".getBytes(StandardCharsets.US_ASCII);
    private static final Task STOP = new Task(Map.of(), null, null, 0, false);

    /** One piece for a job connection: a chunk of rows ({@code head}: the COPY line) or an entry. */
    private record Task(Map<String, byte[]> session, byte[] head, byte[] body, int len, boolean pooled) {
    }

    private final PgTools tools;
    private final PgConnection target;
    private final String preamble;
    private final int jobs;
    private final LoadConnection schema;
    private final List<LoadConnection> connections = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final BlockingQueue<Task> tasks;
    private final BlockingQueue<byte[]> buffers;
    private final Map<String, byte[]> session = new LinkedHashMap<>();
    private final ByteArrayOutputStream postData = new ByteArrayOutputStream();
    private final ByteArrayOutputStream settings = new ByteArrayOutputStream();
    private boolean schemaWritten;
    private boolean inPostData;
    private long submitted;
    private long done;
    private RuntimeException failure;
    private final long started = System.nanoTime();

    /** {@code preamble}: what every connection runs first ({@code SET ROLE}). */
    ParallelLoad(PgTools tools, PgConnection target, String preamble, int jobs) {
        this.tools = tools;
        this.target = target;
        this.preamble = preamble;
        this.jobs = jobs;
        this.tasks = new ArrayBlockingQueue<>(jobs);
        this.buffers = new ArrayBlockingQueue<>(jobs + 2);
        for (int i = 0; i < jobs + 2; i++) {
            buffers.add(new byte[DumpReader.CHUNK]);
        }
        this.schema = connect("schema");
        schema.write(preamble);
    }

    @Override
    public void sequential(byte[] b, int off, int len) {
        if (inPostData) {
            postData.write(b, off, len);
            return;
        }
        awaitIdle();
        schema.write(settings.toByteArray());
        settings.reset();
        schema.write(b, off, len);
        schemaWritten = true;
    }

    /** Kept for the job connections; the schema connection gets it with what follows it. */
    @Override
    public void session(String name, byte[] line) {
        session.put(name, line);
        (inPostData ? postData : settings).write(line, 0, line.length);
    }

    @Override
    public void entry(byte[] sql) {
        if (!inPostData) {
            LOG.info("all rows read after {} ms; indexes and constraints next, on {} connections", since(started), jobs);
        }
        inPostData = true;
        submit(new Task(Map.copyOf(session), null, sql, sql.length, false));
    }

    @Override
    public void rows(byte[] header, byte[] rows, int len) {
        if (len == 0) {
            giveBack(rows);
            return;
        }
        submit(new Task(Map.copyOf(session), header, rows, len, rows.length == DumpReader.CHUNK));
    }

    @Override
    public byte[] buffer() {
        try {
            for (;;) {
                byte[] b = buffers.poll(100, TimeUnit.MILLISECONDS);
                if (b != null) {
                    return b;
                }
                checkFailure();
            }
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    /** After the whole dump was read and checked: the rest of the post-data, then every connection ends. */
    void finish() {
        awaitIdle();
        long rest = System.nanoTime();
        LOG.info("rows, indexes and constraints loaded after {} ms; the rest of the post-data next", since(started));
        schema.write(postData.toByteArray());
        schema.sync();
        LOG.info("the rest of the post-data ran in {} ms", since(rest));
        for (int i = 0; i < threads.size(); i++) {
            put(STOP);
        }
        for (Thread t : threads) {
            join(t);
        }
        checkFailure();
        for (LoadConnection c : connections) { // the schema connection first
            c.finish();
        }
    }

    /** Ends every connection at once (a failure elsewhere, or a signal). */
    void kill() {
        fail(new PgBackupException(ExitCode.RESTORE_FAILED, "the restore was stopped",
                "the new database is dropped: the target is unchanged"));
    }

    @Override
    public void close() {
        kill();
        threads.forEach(Thread::interrupt);
    }

    private void submit(Task task) {
        checkFailure();
        if (schemaWritten) {
            schema.sync();
            schemaWritten = false;
        }
        if (threads.isEmpty()) {
            startJobs();
        }
        synchronized (this) {
            submitted++;
        }
        put(task);
    }

    private void put(Task task) {
        try {
            while (!tasks.offer(task, 100, TimeUnit.MILLISECONDS)) {
                checkFailure();
            }
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private void startJobs() {
        for (int i = 1; i <= jobs; i++) {
            LoadConnection c = connect("job" + i);
            c.write(preamble);
            Thread t = new Thread(() -> work(c), "restore-job" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private LoadConnection connect(String name) {
        LoadConnection c = new LoadConnection(tools, target, name);
        synchronized (this) {
            connections.add(c);
        }
        return c;
    }

    private void work(LoadConnection c) {
        Map<String, byte[]> applied = new LinkedHashMap<>();
        try {
            for (Task t = tasks.take(); t != STOP; t = tasks.take()) {
                for (Map.Entry<String, byte[]> s : t.session().entrySet()) {
                    if (applied.put(s.getKey(), s.getValue()) != s.getValue()) {
                        c.write(s.getValue());
                    }
                }
                run(c, t);
                synchronized (this) {
                    done++;
                    notifyAll();
                }
            }
        } catch (RuntimeException e) {
            fail(e);
        } catch (InterruptedException e) {
            fail(interrupted());
        }
    }

    private void run(LoadConnection c, Task t) {
        if (t.head() != null) {
            c.write(t.head());
            c.write(t.body(), 0, t.len());
            c.write(END_OF_COPY);
        } else {
            c.write(t.body());
        }
        c.sync();
        if (t.pooled()) {
            giveBack(t.body());
        }
    }

    private void giveBack(byte[] buffer) {
        if (buffer.length == DumpReader.CHUNK) {
            buffers.offer(buffer);
        }
    }

    /** Waits until every task given so far has run. */
    private synchronized void awaitIdle() {
        try {
            while (done < submitted && failure == null) {
                wait(100);
            }
        } catch (InterruptedException e) {
            throw interrupted();
        }
        checkFailure();
    }

    private synchronized void checkFailure() {
        if (failure != null) {
            throw failure;
        }
    }

    /** The first failure is kept, and ends every connection: the others stop at once. */
    private void fail(RuntimeException e) {
        List<LoadConnection> all;
        synchronized (this) {
            if (failure != null) {
                return;
            }
            failure = e;
            notifyAll();
            all = List.copyOf(connections);
        }
        all.forEach(LoadConnection::kill);
    }

    private static long since(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private static PgBackupException interrupted() {
        Thread.currentThread().interrupt();
        return new PgBackupException(ExitCode.INTERRUPTED, "interrupted");
    }
}
