/**
 * <h1><code>vault_policy</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/policy"><code>vault_policy</code></a>.
 */
package imports.vault.policy;
