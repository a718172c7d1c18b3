package io.pgbackup.testsupport.vault;

import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Vault's token store for service tokens, with their lifetime as Vault computes it
 * ({@code sdk/framework/lease.go} CalculateTTL): a renewal sets the TTL to the increment asked (or
 * the role's TTL when none), capped at issue time + max TTL with Vault's warning; past the max TTL
 * a renewal is refused. An expired token is unknown to every request (403 permission denied), and
 * the reaper revokes it with its leases, as Vault's expiration manager does.
 */
final class TokenStore {
    /** Vault's system max lease TTL: 32 days. */
    static final Duration SYSTEM_MAX_TTL = Duration.ofDays(32);

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Consumer<Token> onRevoke;

    TokenStore(Consumer<Token> onRevoke) {
        this.onRevoke = onRevoke;
    }

    void add(Token token) {
        tokens.put(token.id(), token);
    }

    /** The live token with this id; null for none, a revoked or an expired one. */
    Token live(String id) {
        Token t = id == null ? null : tokens.get(id);
        return t == null || t.expired(Instant.now()) ? null : t;
    }

    boolean valid(String id) {
        return live(id) != null;
    }

    void revoke(Token token) {
        if (tokens.remove(token.id()) != null) {
            onRevoke.accept(token);
        }
    }

    /** Revokes every expired token and its leases. */
    void reap() {
        Instant now = Instant.now();
        for (Token t : List.copyOf(tokens.values())) {
            if (t.expired(now)) {
                revoke(t);
            }
        }
    }

    /** {@code auth/token/renew-self} with {@code increment} seconds (0: the role's TTL). */
    StandInReply renew(Token token, long increment) {
        if (!token.renewable()) {
            return StandInReply.error(400, "lease is not renewable");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Duration max = token.maxTtl().isZero() || token.maxTtl().compareTo(SYSTEM_MAX_TTL) > 0
                ? SYSTEM_MAX_TTL : token.maxTtl();
        Duration ttl = increment > 0 ? Duration.ofSeconds(increment) : token.ttl();
        Duration maxValid = Duration.between(now, token.issued().plus(max));
        if (maxValid.isNegative() || maxValid.isZero()) {
            return StandInReply.error(400, "past the max TTL, cannot renew");
        }
        String warning = null;
        if (maxValid.compareTo(ttl) < 0) {
            warning = "TTL of \"" + ttl.toSeconds() + "s\" exceeded the effective max_ttl of \""
                    + maxValid.toSeconds() + "s\"; TTL value is capped accordingly";
            ttl = maxValid;
        }
        token.expiresAt(Instant.now().plus(ttl));
        ObjectNode reply = Json.envelope();
        ObjectNode auth = authBlock(reply, token);
        auth.put("lease_duration", ttl.toSeconds());
        if (warning != null) {
            reply.putArray("warnings").add(warning);
        }
        return new StandInReply(200, reply);
    }

    /** The {@code auth} block of a login or renewal answer. */
    static ObjectNode authBlock(ObjectNode reply, Token token) {
        ObjectNode auth = reply.putObject("auth");
        auth.put("client_token", token.id());
        auth.put("accessor", token.accessor());
        auth.putArray("policies").add("default").add("pgbackup");
        auth.putArray("token_policies").add("default").add("pgbackup");
        ObjectNode meta = auth.putObject("metadata");
        if (token.role() != null) {
            meta.put("role", token.role());
        }
        auth.put("lease_duration", token.ttl().toSeconds());
        auth.put("renewable", token.renewable());
        auth.put("entity_id", "");
        auth.put("token_type", "service");
        auth.put("orphan", true);
        auth.put("num_uses", 0);
        return auth;
    }
}
