/**
 * <h1><code>scaleway_object_bucket_policy</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_policy"><code>scaleway_object_bucket_policy</code></a>.
 */
package imports.scaleway.object_bucket_policy;
