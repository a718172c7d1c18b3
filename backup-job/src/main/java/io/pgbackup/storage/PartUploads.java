package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The background requests of one writer: at most {@code partsInFlight} limited ones at once
 * (buffered parts, part copies), plus one streamed part on a thread kept free for it. The first
 * failure of any request is remembered and thrown, mapped, by {@link #failIfFailed()}.
 */
final class PartUploads {
    private static final Logger LOG = LoggerFactory.getLogger(PartUploads.class);
    private static final long STOP_WAIT_SECONDS = 60;

    private final String objectKey;
    private final S3Errors errors;
    private final Semaphore slots;
    private final ExecutorService pool;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    PartUploads(int partsInFlight, String objectKey, S3Errors errors) {
        this.objectKey = objectKey;
        this.errors = errors;
        this.slots = new Semaphore(partsInFlight);
        this.pool = Executors.newFixedThreadPool(partsInFlight + 1, runnable -> {
            Thread thread = new Thread(runnable, "s3-upload-" + objectKey);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code request} in the background once fewer than {@code partsInFlight} run; blocks until
     * then. {@code whenDone} runs when the request ends, before its slot is free (so a part's memory
     * is given back before the next part can start).
     */
    Future<CompletedPart> submitLimited(Callable<CompletedPart> request, Runnable whenDone) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            throw interrupted(objectKey, e);
        }
        return submit(request, () -> {
            whenDone.run();
            slots.release();
        });
    }

    /** Runs the one streamed part in the background at once. */
    Future<CompletedPart> submitStreamed(Callable<CompletedPart> request, Runnable whenDone) {
        return submit(request, whenDone);
    }

    CompletedPart await(Future<CompletedPart> part) {
        try {
            return part.get();
        } catch (ExecutionException e) {
            throw errors.map(e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(objectKey, e);
        }
    }

    List<CompletedPart> awaitAll(List<Future<CompletedPart>> parts) {
        List<CompletedPart> done = new ArrayList<>(parts.size());
        for (Future<CompletedPart> part : parts) {
            done.add(await(part));
        }
        return done;
    }

    void failIfFailed() {
        Throwable t = failure.get();
        if (t != null) {
            throw errors.map(t);
        }
    }

    /** Interrupts the requests still running and waits (a bounded time) for their threads to end. */
    void stop() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("a part upload of {} still runs after {} s", objectKey, STOP_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static PgBackupException interrupted(String objectKey, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new PgBackupException(ExitCode.INTERRUPTED, "interrupted while uploading " + objectKey, e);
    }

    private Future<CompletedPart> submit(Callable<CompletedPart> request, Runnable whenDone) {
        return pool.submit(() -> {
            try {
                return request.call();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                throw t;
            } finally {
                whenDone.run();
            }
        });
    }
}
