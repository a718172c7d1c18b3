/**
 * <h1><code>gitlab_pipeline_trigger</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_trigger"><code>gitlab_pipeline_trigger</code></a>.
 */
package imports.gitlab.pipeline_trigger;
