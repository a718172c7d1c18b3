/**
 * <h1><code>random_password</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password"><code>random_password</code></a>.
 */
package imports.random.password;
