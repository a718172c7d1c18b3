package io.pgbackup.infra.bootstrap;

/** One failure of the bootstrap: what went wrong, and its fix (printed as HINT:). */
final class BootstrapException extends RuntimeException {
    private final String hint;

    BootstrapException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
