package io.pgbackup.testsupport.vault;

import java.time.Instant;

/** A token the stand-in issued: its id (the secret), accessor, display name and ACL. */
record Token(String id, String accessor, String displayName, Policy policy, Instant issued, String namespace) {
}
