package io.pgbackup.infra;

import java.util.List;

/**
 * The HCL text of the jobs' Vault policies, one per job kind, each allowing only its own paths:
 * <ul>
 *   <li>backup, restore, verify: read {@code <database>/creds/<kind>-groupe-<N>-<env>} (the job's own
 *       database role) and the two KV secrets (S3 settings, passphrase); renew and revoke the leases
 *       of that role only ({@code allowed_parameters} on {@code lease_id}: in Vault this also restricts
 *       the default policy's {@code sys/leases/renew}, since rules of one path are merged);</li>
 *   <li>status, prune: the two KV secrets only; no database account, no lease.</li>
 * </ul>
 * The KV engine is version 2, so a secret {@code secret/x} is read at {@code secret/data/x}. The
 * token's own lookup, renewal ({@code auth/token/renew-self}, which keeps a long job's token alive)
 * and revocation come from Vault's {@code default} policy.
 */
final class VaultPolicies {

    private VaultPolicies() {
    }

    static String backup(StackInputs inputs) {
        return withDatabase(inputs, inputs.backupRole());
    }

    static String restore(StackInputs inputs) {
        return withDatabase(inputs, inputs.restoreRole());
    }

    static String verify(StackInputs inputs) {
        return withDatabase(inputs, inputs.verifyRole());
    }

    /** status and prune: the store's settings and the passphrase, nothing else. */
    static String storeOnly(StackInputs inputs) {
        StringBuilder hcl = new StringBuilder("# pgbackup job without a database account: its two secrets.\n");
        secrets(hcl, inputs);
        return hcl.toString();
    }

    private static String withDatabase(StackInputs inputs, String databaseRole) {
        String creds = inputs.settings().vault().databaseMount() + "/creds/" + databaseRole;
        StringBuilder hcl = new StringBuilder();
        hcl.append("# pgbackup job: its temporary database account, its two secrets, its own leases.\n");
        path(hcl, creds, List.of("read"), null);
        secrets(hcl, inputs);
        path(hcl, "sys/leases/renew", List.of("update"),
                "    lease_id  = [\"" + creds + "/*\"]\n    increment = []\n");
        path(hcl, "sys/leases/revoke", List.of("update"),
                "    lease_id = [\"" + creds + "/*\"]\n    sync     = []\n");
        return hcl.toString();
    }

    private static void secrets(StringBuilder hcl, StackInputs inputs) {
        String kv = inputs.settings().vault().kvMount();
        path(hcl, kv + "/data/" + inputs.s3SecretName(), List.of("read"), null);
        path(hcl, kv + "/data/" + inputs.passphraseSecretName(), List.of("read"), null);
    }

    private static void path(StringBuilder hcl, String path, List<String> capabilities, String allowedParameters) {
        hcl.append("path \"").append(path).append("\" {\n");
        hcl.append("  capabilities = [");
        hcl.append(String.join(", ", capabilities.stream().map(c -> "\"" + c + "\"").toList()));
        hcl.append("]\n");
        if (allowedParameters != null) {
            hcl.append("  allowed_parameters = {\n").append(allowedParameters).append("  }\n");
        }
        hcl.append("}\n");
    }
}
