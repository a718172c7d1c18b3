package io.pgbackup.report;

import io.pgbackup.storage.BackupStore;
import io.pgbackup.catalog.Catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads many small JSON documents (manifests, verification records) of a store, {@link #IN_FLIGHT}
 * at a time: on S3 each read is a round trip, and a store of 1,000 backups read one by one would
 * wait for 1,000 of them in a row. The first failure (a store that stopped answering) is thrown.
 */
final class Documents {
    /** Reads at once; well below the S3 client's pool of 50 connections. */
    static final int IN_FLIGHT = 16;

    private Documents() {
    }

    /** The documents under {@code keys}, parsed as {@code type}; a key that vanished meanwhile is left out. */
    static <T> Map<String, T> read(BackupStore store, List<String> keys, Class<T> type) {
        Map<String, T> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        Catalog reader = new Catalog(store, "");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(IN_FLIGHT, keys.size()), r -> {
            Thread t = new Thread(r, "pgbackup-report-read");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Optional<T>>> reads = new ArrayList<>();
            for (String key : keys) {
                reads.add(pool.submit((Callable<Optional<T>>) () -> reader.readJson(key, type)));
            }
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                get(reads.get(i)).ifPresent(doc -> result.put(key, doc));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Optional<T> get(Future<Optional<T>> read) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the store", e);
        }
    }
}
