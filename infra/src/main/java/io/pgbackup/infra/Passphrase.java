package io.pgbackup.infra;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import imports.random.password.Password;
import imports.random.password.PasswordConfig;
import imports.vault.kv_secret_v2.KvSecretV2;
import imports.vault.kv_secret_v2.KvSecretV2Config;
import java.util.Map;
import software.constructs.Construct;

/**
 * The encryption passphrase of the backups: 64 random characters, generated once by Terraform and
 * written to {@code secret/groupe-<N>/passphrase_s3_backup} (key {@code passphrase}). A changed
 * passphrase would make every older backup unreadable, so neither the password nor the secret may
 * ever be destroyed or replaced ({@code prevent_destroy}), and no later change of this code or of
 * the secret in Vault makes Terraform rewrite them ({@code ignore_changes = all}).
 */
final class Passphrase extends Construct {

    static final int LENGTH = 64;

    private static final TerraformResourceLifecycle NEVER_REPLACED = TerraformResourceLifecycle.builder()
            .preventDestroy(true)
            .ignoreChanges("all")
            .build();

    Passphrase(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        Password password = new Password(this, "password", PasswordConfig.builder()
                .length(LENGTH)
                .special(true)
                // Printable without quoting trouble in shells and URLs: no quotes, no backslash.
                .overrideSpecial("!#%*+,-.:=?@^_~")
                .lifecycle(NEVER_REPLACED)
                .build());
        password.overrideLogicalId("backup_passphrase");

        new KvSecretV2(this, "kv", KvSecretV2Config.builder()
                .mount(inputs.settings().vault().kvMount())
                .name(inputs.passphraseSecretName())
                .dataJson(Fn.jsonencode(Map.of("passphrase", password.getResult())))
                .lifecycle(NEVER_REPLACED)
                .build())
                .overrideLogicalId("passphrase_s3_backup");
    }
}
