package io.pgbackup.testsupport.vault;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declares in the stand-in what {@code terraform apply} of infra/'s committed Terraform JSON
 * ({@code infra/synthesized/<env>/cdk.tf.json}) declares in Vault: every {@code vault_policy} (its
 * HCL as deployed), {@code vault_jwt_auth_backend_role} (bound audiences and claims, a claim's value
 * split on commas as the Terraform provider does, user claim, token policies and TTLs) and
 * {@code vault_database_secret_backend_role} (its statements and TTLs). {@code ${var.x}} takes the
 * value given, or the variable's default; {@code ${vault_policy.x.name}} the policy's name.
 */
public final class DeployedVault {
    private static final Pattern REF = Pattern.compile("\\$\\{([a-z_]+)\\.([a-z_0-9-]+)(?:\\.([a-z_]+))?}");

    private final JsonNode json;
    private final Map<String, String> variables = new TreeMap<>();

    private DeployedVault(JsonNode json, Map<String, String> variables) {
        this.json = json;
        json.path("variable").properties().forEach(e -> {
            if (e.getValue().has("default")) {
                this.variables.put(e.getKey(), e.getValue().path("default").asString());
            }
        });
        this.variables.putAll(variables);
    }

    /** Applies the file's Vault resources to {@code vault}. */
    public static void apply(VaultStandIn vault, Path cdkTfJson, Map<String, String> variables) {
        DeployedVault d;
        try {
            d = new DeployedVault(Json.parse(Files.readString(cdkTfJson)), variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode resources = d.json.path("resource");
        resources.path("vault_policy").properties().forEach(e ->
                vault.policy(d.resolve(e.getValue().path("name").asString()), d.resolve(e.getValue().path("policy").asString())));
        resources.path("vault_jwt_auth_backend_role").properties().forEach(e -> vault.jwtRole(d.jwtRole(e.getValue())));
        resources.path("vault_database_secret_backend_role").properties().forEach(e ->
                vault.databaseRole(d.databaseRole(e.getValue())));
    }

    private JwtAuth.Role jwtRole(JsonNode r) {
        Map<String, List<String>> claims = new TreeMap<>();
        r.path("bound_claims").properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            for (String v : resolve(e.getValue().asString()).split(",")) {
                values.add(v.strip());
            }
            claims.put(e.getKey(), values);
        });
        return new JwtAuth.Role(resolve(r.path("role_name").asString()), strings(r.path("bound_audiences")), claims,
                r.path("bound_claims_type").asString("string"), r.path("user_claim").asString(""),
                strings(r.path("token_policies")), Duration.ofSeconds(r.path("token_ttl").asLong(0)),
                Duration.ofSeconds(r.path("token_max_ttl").asLong(0)));
    }

    private DatabaseEngine.Role databaseRole(JsonNode r) {
        return new DatabaseEngine.Role(resolve(r.path("name").asString()), strings(r.path("creation_statements")),
                strings(r.path("revocation_statements")), strings(r.path("renew_statements")),
                Duration.ofSeconds(r.path("default_ttl").asLong(3600)), Duration.ofSeconds(r.path("max_ttl").asLong(0)));
    }

    private List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(resolve(v.asString())));
        return out;
    }

    /** Terraform's interpolation of the references the file uses; any other is an error. */
    String resolve(String text) {
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value;
            if (m.group(1).equals("var") && m.group(3) == null && variables.containsKey(m.group(2))) {
                value = variables.get(m.group(2));
            } else if (m.group(1).equals("vault_policy") && "name".equals(m.group(3))) {
                value = resolve(json.path("resource").path("vault_policy").path(m.group(2)).path("name").asString());
            } else {
                throw new IllegalArgumentException("cannot resolve " + m.group() + " in the stand-in");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
