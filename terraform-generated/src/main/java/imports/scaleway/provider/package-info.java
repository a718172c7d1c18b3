/**
 * <h1><code>provider</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs"><code>scaleway</code></a>.
 */
package imports.scaleway.provider;
