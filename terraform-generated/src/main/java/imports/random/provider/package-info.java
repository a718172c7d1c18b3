/**
 * <h1><code>provider</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs"><code>random</code></a>.
 */
package imports.random.provider;
