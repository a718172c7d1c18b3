/**
 * <h1><code>gitlab_project_variable</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable"><code>gitlab_project_variable</code></a>.
 */
package imports.gitlab.project_variable;
