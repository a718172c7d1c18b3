package io.pgbackup.infra.settings;

/**
 * Settings of an environment that would produce a wrong or dangerous infrastructure. Thrown before
 * anything is synthesized; the message names the value and is followed by {@code HINT:} lines.
 */
public final class InvalidSettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(String environment, String problem, String hint) {
        super("invalid settings for environment " + environment + ": " + problem + "\nHINT: " + hint);
    }
}
