package io.pgbackup.testsupport.vault;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Transient answers on demand, taken by the next requests in order, each as real Vault gives it:
 * 429 from a rate-limit quota, 503 from a sealed node, 412 from a performance standby behind the
 * required index, 307 from a standby sending the client to the active node (here: the same server
 * under the name {@code localhost}, path and query kept).
 */
final class Faults {
    private final ConcurrentLinkedQueue<Integer> next = new ConcurrentLinkedQueue<>();

    void add(int status, int times) {
        if (status != 429 && status != 503 && status != 412 && status != 307) {
            throw new IllegalArgumentException("no such transient answer: " + status);
        }
        for (int i = 0; i < times; i++) {
            next.add(status);
        }
    }

    /** The status the next request gets instead of its answer, or null. */
    Integer take() {
        return next.poll();
    }

    static String error(int status, String path) {
        return switch (status) {
            case 429 -> "request path \"" + path + "\": rate limit quota exceeded";
            case 503 -> "Vault is sealed";
            case 412 -> "required index state not present";
            default -> "";
        };
    }
}
