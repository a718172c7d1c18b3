package io.pgbackup.testsupport.vault;

import java.time.Duration;
import java.time.Instant;

/**
 * A service token the stand-in issued: its id (the secret), accessor, display name, ACL, and its
 * life as Vault keeps it: TTL, max TTL counted from its issue time, renewable, and the current
 * expiry. At its expiry Vault revokes it and every lease it created (the stand-in's reaper does).
 */
final class Token {
    private final String id;
    private final String accessor;
    private final String displayName;
    private final Acl acl;
    private final Instant issued;
    private final String namespace;
    private final Duration ttl;
    private final Duration maxTtl;
    private final boolean renewable;
    private final String role;
    private volatile Instant expiresAt;

    Token(String id, String accessor, String displayName, Acl acl, Instant issued, String namespace,
          Duration ttl, Duration maxTtl, boolean renewable, String role) {
        this.id = id;
        this.accessor = accessor;
        this.displayName = displayName;
        this.acl = acl;
        this.issued = issued.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.namespace = namespace;
        this.ttl = ttl;
        this.maxTtl = maxTtl;
        this.renewable = renewable;
        this.role = role;
        this.expiresAt = issued.plus(ttl);
    }

    String id() {
        return id;
    }

    String accessor() {
        return accessor;
    }

    String displayName() {
        return displayName;
    }

    Acl acl() {
        return acl;
    }

    Instant issued() {
        return issued;
    }

    String namespace() {
        return namespace;
    }

    Duration ttl() {
        return ttl;
    }

    Duration maxTtl() {
        return maxTtl;
    }

    boolean renewable() {
        return renewable;
    }

    /** The JWT role it came from, or null. */
    String role() {
        return role;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Seconds left, rounded down, never negative. */
    long secondsLeft(Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).toSeconds());
    }

    void expiresAt(Instant when) {
        this.expiresAt = when;
    }
}
