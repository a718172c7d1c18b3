/**
 * <h1><code>scaleway_iam_api_key</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/iam_api_key"><code>scaleway_iam_api_key</code></a>.
 */
package imports.scaleway.iam_api_key;
