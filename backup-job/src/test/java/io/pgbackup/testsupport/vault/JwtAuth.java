package io.pgbackup.testsupport.vault;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
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
    /** A role of the JWT auth method. */
    record Role(String name, List<String> boundAudiences, Map<String, String> boundClaims, List<String> policyPaths) {
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

    /** Checks a login request; returns the role on success, or Vault's 400 error answer. */
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
        String problem = validate(jwt, role);
        return problem == null ? role : StandInReply.error(400, problem);
    }

    private String validate(String jwt, Role role) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return "error validating token: malformed JWT";
        }
        JsonNode claims;
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
            claims = Json.parse(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8));
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
        if (!role.boundAudiences().isEmpty() && !audienceMatches(claims.path("aud"), role.boundAudiences())) {
            return "error validating token: invalid audience (aud) claim: audience claim does not match any expected audience";
        }
        for (Map.Entry<String, String> bound : role.boundClaims().entrySet()) {
            JsonNode v = claims.path(bound.getKey());
            String actual = v.isString() ? v.stringValue() : v.isMissingNode() ? null : v.toString();
            if (!bound.getValue().equals(actual)) {
                return "error validating claims: claim \"" + bound.getKey() + "\" does not match any associated bound claim values";
            }
        }
        if (claims.path("sub").asString("").isEmpty()) {
            return "claim \"sub\" not found in token";
        }
        return null;
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
