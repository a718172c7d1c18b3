package io.pgbackup.error;

import java.util.List;

/**
 * A failure meant for the operator: a lowercase message that names the value at fault, the exit
 * code, and {@code HINT:} lines saying what to do. Never put a secret in any of them.
 */
public class PgBackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final List<String> hints;

    public PgBackupException(ExitCode exitCode, String message, String... hints) {
        this(exitCode, message, null, hints);
    }

    public PgBackupException(ExitCode exitCode, String message, Throwable cause, String... hints) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hints = List.of(hints);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<String> hints() {
        return hints;
    }

    /** The text the CLI prints on stderr: {@code error: ...} then one {@code HINT: ...} per line. */
    public String render() {
        StringBuilder sb = new StringBuilder("error: ").append(getMessage());
        for (String hint : hints) {
            sb.append(System.lineSeparator()).append("HINT: ").append(hint);
        }
        return sb.toString();
    }
}
