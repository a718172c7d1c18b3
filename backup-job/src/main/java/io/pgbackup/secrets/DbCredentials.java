package io.pgbackup.secrets;

import java.util.Arrays;

/**
 * A temporary database account issued by Vault's database secrets engine.
 *
 * <p>The password is a secret: it is held as a {@code char[]} that {@link #wipe()} clears, and
 * {@link #toString()} never shows it.
 */
public final class DbCredentials {
    private final String username;
    private final char[] password;
    private final Lease lease;

    DbCredentials(String username, char[] password, Lease lease) {
        this.username = username;
        this.password = password;
        this.lease = lease;
    }

    public String username() {
        return username;
    }

    /** A copy of the password; the caller clears it after use. */
    public char[] password() {
        return password.clone();
    }

    public Lease lease() {
        return lease;
    }

    void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "DbCredentials[username=" + username + ", lease=" + lease.id() + "]";
    }
}
