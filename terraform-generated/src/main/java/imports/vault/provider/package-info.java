/**
 * <h1><code>provider</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs"><code>vault</code></a>.
 */
package imports.vault.provider;
