package io.pgbackup.testsupport.vault;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vault's JWT auth method configured with a validation public key ({@code jwt_validation_pubkeys}),
 * as for GitLab CI ID tokens: the stand-in holds an RSA key pair, {@link #sign(Map)} issues RS256
 * tokens with it, and login checks the role, the signature, {@code exp}/{@code nbf},
 * {@code bound_audiences} against {@code aud}, and {@code bound_claims}, with the plugin's error texts.
 */
final class JwtAuth {
    /**
     * A role of the JWT auth method, as {@code auth/jwt/role/<name>} holds it: {@code bound_claims}
     * values are a list (any may match), {@code bound_claims_type} is {@code string} (exact) or
     * {@code glob}; the token gets the policies named {@code tokenPolicies} (plus default) and lives {@code tokenTtl}, renewable
     * up to {@code tokenMaxTtl} (zero: the system's 32 days).
     */
    record Role(String name, List<String> boundAudiences, Map<String, List<String>> boundClaims,
                String boundClaimsType, String userClaim, List<String> tokenPolicies, Duration tokenTtl,
                Duration tokenMaxTtl) {
        Role {
            if (userClaim == null || userClaim.isEmpty()) {
                throw new IllegalArgumentException("a user claim must be defined on the role");
            }
            if (boundAudiences.isEmpty() && boundClaims.isEmpty()) {
                throw new IllegalArgumentException("must have at least one bound constraint when creating/updating a role");
            }
            if (!boundClaimsType.equals("string") && !boundClaimsType.equals("glob")) {
                throw new IllegalArgumentException("invalid 'bound_claims_type': " + boundClaimsType);
            }
        }
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private static KeyPair sharedKeys;

    private final KeyPair keys = keys();
    private final Map<String, Role> roles = new ConcurrentHashMap<>();
    private volatile String mount = "jwt";

    /** One RSA key pair per test JVM (as one GitLab instance signs every ID token); generating is slow. */
    private static synchronized KeyPair keys() {
        if (sharedKeys == null) {
            try {
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(2048);
                sharedKeys = gen.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return sharedKeys;
    }

    void mount(String path) {
        this.mount = path.replaceAll("^/+|/+$", "");
    }

    String loginPath() {
        return "auth/" + mount + "/login";
    }

    void role(Role role) {
        roles.put(role.name(), role);
    }

    Role role(String name) {
        Role r = roles.get(name);
        if (r == null) {
            throw new IllegalArgumentException("no jwt role " + name);
        }
        return r;
    }

    /** An RS256 JWT with these claims; {@code iat}, {@code nbf}, {@code exp} (5 min), {@code iss} added when absent. */
    String sign(Map<String, Object> claims) {
        Map<String, Object> all = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        all.put("iss", "https://gitlab.example.com");
        all.put("iat", now);
        all.put("nbf", now - 5);
        all.put("exp", now + 300);
        all.putAll(claims);
        String header = enc(Map.of("alg", "RS256", "typ", "JWT", "kid", "stand-in"));
        String signingInput = header + "." + enc(all);
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(Map<String, Object> map) {
        return B64.encodeToString(Json.MAPPER.writeValueAsBytes(map));
    }

    /** A successful login: the role and the user claim's value (the token's display name). */
    record Login(Role role, String user) {
    }

    /** Checks a login request; returns a {@link Login} on success, or Vault's 400 error answer. */
    Object check(JsonNode body) {
        String roleName = body.path("role").asString("");
        if (roleName.isEmpty()) {
            return StandInReply.error(400, "missing role");
        }
        Role role = roles.get(roleName);
        if (role == null) {
            return StandInReply.error(400, "role \"" + roleName + "\" could not be found");
        }
        String jwt = body.path("jwt").asString("");
        if (jwt.isEmpty()) {
            return StandInReply.error(400, "missing token");
        }
        JsonNode claims = claims(jwt);
        if (claims == null) {
            return StandInReply.error(400, "error validating token: malformed JWT");
        }
        String problem = validate(jwt, claims, role);
        return problem == null ? new Login(role, claims.path(role.userClaim()).asString())
                : StandInReply.error(400, problem);
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return parts.length == 3 ? Json.parse(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8)) : null;
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    private String validate(String jwt, JsonNode claims, Role role) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return "error validating token: malformed JWT";
        }
        try {
            JsonNode header = Json.parse(new String(B64D.decode(parts[0]), StandardCharsets.UTF_8));
            if (!"RS256".equals(header.path("alg").asString(""))) {
                return "error validating token: unsupported signing algorithm";
            }
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(keys.getPublic());
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!s.verify(B64D.decode(parts[2]))) {
                return "error validating token: failed to verify id token signature";
            }
        } catch (GeneralSecurityException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return "error validating token: malformed JWT";
        }
        long now = Instant.now().getEpochSecond();
        if (claims.path("exp").asLong(0) < now) {
            return "error validating token: invalid expiration time (exp) claim: token is expired";
        }
        if (claims.path("nbf").asLong(0) > now) {
            return "error validating token: invalid not before (nbf) claim: token not yet valid";
        }
        JsonNode aud = claims.path("aud");
        if (role.boundAudiences().isEmpty() && !aud.isMissingNode() && !(aud.isArray() && aud.isEmpty())) {
            return "audience claim found in JWT but no audiences bound to the role";
        }
        if (!role.boundAudiences().isEmpty() && !audienceMatches(aud, role.boundAudiences())) {
            return "error validating token: invalid audience (aud) claim: audience claim does not match any expected audience";
        }
        JsonNode user = claims.path(role.userClaim());
        if (user.isMissingNode() || user.isNull()) {
            return "claim \"" + role.userClaim() + "\" not found in token";
        }
        if (!user.isString() && !user.isNumber() && !user.isBoolean()) {
            return "claim \"" + role.userClaim() + "\" could not be converted to string";
        }
        for (Map.Entry<String, List<String>> bound : role.boundClaims().entrySet()) {
            String problem = boundClaimProblem(bound.getKey(), bound.getValue(), claims.path(bound.getKey()),
                    role.boundClaimsType().equals("glob"));
            if (problem != null) {
                return "error validating claims: " + problem;
            }
        }
        return null;
    }

    /** The plugin's validateBoundClaims for one claim: a string, bool, number or list; any value may match. */
    private static String boundClaimProblem(String claim, List<String> expected, JsonNode actual, boolean globs) {
        if (actual.isMissingNode() || actual.isNull()) {
            return "claim \"" + claim + "\" is missing";
        }
        List<JsonNode> values = new ArrayList<>();
        if (actual.isArray()) {
            actual.forEach(values::add);
        } else if (actual.isString() || actual.isBoolean() || actual.isNumber()) {
            values.add(actual);
        } else {
            return "received claim is not a string, bool, int or list: " + actual;
        }
        for (String exp : expected) {
            for (JsonNode v : values) {
                // Go compares interface values: a bool or number claim never equals a bound string
                if (v.isString() && (globs ? Glob.matches(exp, v.stringValue()) : exp.equals(v.stringValue()))) {
                    return null;
                }
            }
        }
        return "claim \"" + claim + "\" does not match any associated bound claim values";
    }

    private static boolean audienceMatches(JsonNode aud, List<String> bound) {
        List<String> values = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> values.add(a.asString("")));
        } else if (aud.isString()) {
            values.add(aud.stringValue());
        }
        return values.stream().anyMatch(bound::contains);
    }
}
