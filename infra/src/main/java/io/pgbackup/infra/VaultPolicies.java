package io.pgbackup.infra;

import java.util.List;

/**
 * The HCL text of the two Vault policies. Each allows only its own paths:
 * <ul>
 *   <li>backup: read {@code <database>/creds/backup-groupe-<N>-<env>} and the two KV secrets
 *       (S3 settings, passphrase), renew and revoke the leases of that role only;</li>
 *   <li>restore: the same with {@code restore-groupe-<N>-<env>};</li>
 *   <li>verify (the weekly restore drill, {@code pgbackup verify}): the same paths as restore, since
 *       it restores into a scratch database with the restore role's account. It is a policy of
 *       its own so that its JWT role can be bound to other claims than the restore role's.</li>
 * </ul>
 * The KV engine is version 2, so a secret {@code secret/x} is read at {@code secret/data/x}. Leases
 * are renewed and revoked through {@code sys/leases/renew} and {@code sys/leases/revoke}, with
 * {@code allowed_parameters} restricting {@code lease_id} to the leases of the job's own role. The
 * token's own lookup, renewal and revocation come from Vault's {@code default} policy.
 */
final class VaultPolicies {

    private VaultPolicies() {
    }

    static String backup(StackInputs inputs) {
        return policy(inputs, inputs.backupRole());
    }

    static String restore(StackInputs inputs) {
        return policy(inputs, inputs.restoreRole());
    }

    static String verify(StackInputs inputs) {
        return policy(inputs, inputs.restoreRole());
    }

    private static String policy(StackInputs inputs, String databaseRole) {
        String kv = inputs.settings().vault().kvMount();
        String creds = inputs.settings().vault().databaseMount() + "/creds/" + databaseRole;
        StringBuilder hcl = new StringBuilder();
        hcl.append("# pgbackup job: its temporary database account, its two secrets, its own leases.\n");
        path(hcl, creds, List.of("read"), null);
        path(hcl, kv + "/data/" + inputs.s3SecretName(), List.of("read"), null);
        path(hcl, kv + "/data/" + inputs.passphraseSecretName(), List.of("read"), null);
        path(hcl, "sys/leases/renew", List.of("update"),
                "    lease_id  = [\"" + creds + "/*\"]\n    increment = []\n");
        path(hcl, "sys/leases/revoke", List.of("update"),
                "    lease_id = [\"" + creds + "/*\"]\n    sync     = []\n");
        return hcl.toString();
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
