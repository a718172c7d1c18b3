/**
 * <h1><code>vault_database_secret_backend_role</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role"><code>vault_database_secret_backend_role</code></a>.
 */
package imports.vault.database_secret_backend_role;
