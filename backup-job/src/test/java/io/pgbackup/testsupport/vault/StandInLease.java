package io.pgbackup.testsupport.vault;

import java.time.Instant;

/** A database lease the stand-in holds: its id, role, the account's user name, and its expiry. */
public record StandInLease(String id, String role, String username, Instant expiresAt) {
}
