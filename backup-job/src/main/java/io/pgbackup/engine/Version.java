package io.pgbackup.engine;

/** pgbackup's own version, recorded in every manifest. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
