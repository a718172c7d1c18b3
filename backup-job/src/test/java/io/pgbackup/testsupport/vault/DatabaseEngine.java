package io.pgbackup.testsupport.vault;

import io.pgbackup.secrets.DatabaseRoleStatements;
import tools.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Vault's database secrets engine against a real PostgreSQL: reading {@code database/creds/<role>}
 * runs the role's creation statements ({@link DatabaseRoleStatements}) over JDBC with
 * {@code {{name}}}, {@code {{password}}} and {@code {{expiration}}} filled in as Vault does;
 * renewing runs the renewal statements with the new expiration; revoking, explicitly, with the
 * issuing token, or when the lease expires (a reaper checks every 200 ms), runs the revocation
 * statements. A statement failure answers like Vault: 500 on creation, 400 on revocation (the lease
 * is kept and retried by the reaper).
 */
final class DatabaseEngine implements AutoCloseable {
    static final String MOUNT = "database/";
    private static final DateTimeFormatter EXPIRATION =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxx").withZone(ZoneOffset.UTC);

    /** A role of the engine as {@code database/roles/<name>} holds it: its statements and TTLs. */
    record Role(String name, List<String> creation, List<String> revocation, List<String> renewal, Duration ttl,
                Duration maxTtl) {
        static Role of(String name, DatabaseRoleStatements.Kind kind, String ownerRole, Duration ttl, Duration maxTtl) {
            return new Role(name, DatabaseRoleStatements.creation(kind, ownerRole),
                    DatabaseRoleStatements.revocation(kind, ownerRole), DatabaseRoleStatements.renewal(kind, ownerRole),
                    ttl, maxTtl);
        }
    }

    private static final class LeaseState {
        final String id;
        final Role role;
        final String username;
        final String tokenId;
        final Instant issued;
        volatile Instant expiresAt;

        LeaseState(String id, Role role, String username, String tokenId, Instant issued, Instant expiresAt) {
            this.id = id;
            this.role = role;
            this.username = username;
            this.tokenId = tokenId;
            this.issued = issued;
            this.expiresAt = expiresAt;
        }
    }

    /** The PostgreSQL plugin's renewal when a role declares none. */
    private static final List<String> DEFAULT_RENEWAL = List.of("ALTER ROLE \"{{name}}\" VALID UNTIL '{{expiration}}';");

    private final String jdbcUrl;
    private final Map<String, Role> roles = new ConcurrentHashMap<>();
    private final Map<String, LeaseState> leases = new ConcurrentHashMap<>();
    private final Set<String> issuedPasswords = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "vault-stand-in-reaper");
        t.setDaemon(true);
        return t;
    });

    DatabaseEngine(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        reaper.scheduleWithFixedDelay(this::reap, 200, 200, TimeUnit.MILLISECONDS);
    }

    void role(Role role) {
        roles.put(role.name(), role);
    }

    synchronized StandInReply creds(String roleName, Token token) {
        Role role = roles.get(roleName);
        if (role == null) {
            return StandInReply.error(400, "unknown role: " + roleName);
        }
        Instant now = Instant.now();
        String username = truncate(String.format("v-%s-%s-%s-%d", truncate(token.displayName(), 8),
                truncate(roleName, 8), Json.random(20), now.getEpochSecond()), 63);
        String password = Json.random(20);
        Instant expires = now.plus(role.ttl());
        try {
            execute(role.creation(), username, password, expires);
        } catch (SQLException e) {
            return StandInReply.error(500, "1 error occurred:\n\t* failed to execute query: " + e.getMessage() + "\n\n");
        }
        issuedPasswords.add(password);
        String leaseId = MOUNT + "creds/" + roleName + "/" + Json.random(24);
        leases.put(leaseId, new LeaseState(leaseId, role, username, token.id(), now, expires));
        ObjectNode body = Json.envelope();
        body.put("lease_id", leaseId);
        body.put("renewable", true);
        body.put("lease_duration", role.ttl().toSeconds());
        ObjectNode data = body.putObject("data");
        data.put("username", username);
        data.put("password", password);
        body.put("mount_type", "database");
        return new StandInReply(200, body);
    }

    synchronized StandInReply renew(String leaseId, long incrementSeconds) {
        LeaseState lease = leases.get(leaseId);
        if (lease == null || lease.expiresAt.isBefore(Instant.now())) {
            return StandInReply.error(400, "lease not found");
        }
        Instant now = Instant.now();
        Duration wanted = incrementSeconds > 0 ? Duration.ofSeconds(incrementSeconds) : lease.role.ttl();
        Duration left = Duration.between(now, lease.issued.plus(lease.role.maxTtl()));
        Duration granted = wanted.compareTo(left) > 0 ? left : wanted;
        Instant expires = now.plus(granted);
        try {
            execute(lease.role.renewal().isEmpty() ? DEFAULT_RENEWAL : lease.role.renewal(), lease.username, null, expires);
        } catch (SQLException e) {
            return StandInReply.error(400, "failed to renew entry: " + e.getMessage());
        }
        lease.expiresAt = expires;
        ObjectNode body = Json.envelope();
        body.put("lease_id", leaseId);
        body.put("renewable", true);
        body.put("lease_duration", granted.toSeconds());
        if (granted.compareTo(wanted) < 0) {
            body.putArray("warnings").add("TTL of \"" + wanted.toSeconds() + "s\" exceeded the effective max_ttl of \""
                    + left.toSeconds() + "s\"; TTL value is capped accordingly");
        }
        return new StandInReply(200, body);
    }

    /** Revokes a lease: Vault answers 204 also for a lease it does not know. */
    synchronized StandInReply revoke(String leaseId) {
        LeaseState lease = leases.get(leaseId);
        if (lease == null) {
            return StandInReply.noContent();
        }
        try {
            execute(lease.role.revocation(), lease.username, null, null);
        } catch (SQLException e) {
            return StandInReply.error(400, "failed to revoke entry: " + e.getMessage());
        }
        leases.remove(leaseId);
        return StandInReply.noContent();
    }

    /** Revoking a token revokes every lease it created. */
    synchronized void revokeAllOf(String tokenId) {
        for (LeaseState lease : List.copyOf(leases.values())) {
            if (lease.tokenId.equals(tokenId)) {
                revoke(lease.id);
            }
        }
    }

    private synchronized void reap() {
        Instant now = Instant.now();
        for (LeaseState lease : List.copyOf(leases.values())) {
            if (lease.expiresAt.isBefore(now)) {
                revoke(lease.id);
            }
        }
    }

    List<StandInLease> active() {
        List<StandInLease> out = new ArrayList<>();
        for (LeaseState l : leases.values()) {
            out.add(new StandInLease(l.id, l.role.name(), l.username, l.expiresAt));
        }
        return out;
    }

    Set<String> issuedPasswords() {
        return Set.copyOf(issuedPasswords);
    }

    private void execute(List<String> statements, String name, String password, Instant expiration) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    String filled = sql.replace("{{name}}", name);
                    if (password != null) {
                        filled = filled.replace("{{password}}", password);
                    }
                    if (expiration != null) {
                        filled = filled.replace("{{expiration}}", EXPIRATION.format(expiration));
                    }
                    st.execute(filled);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() {
        reaper.shutdownNow();
    }
}
