/**
 * <h1><code>vault_kv_secret_v2</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2"><code>vault_kv_secret_v2</code></a>.
 */
package imports.vault.kv_secret_v2;
