/**
 * <h1><code>provider</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs"><code>gitlab</code></a>.
 */
package imports.gitlab.provider;
