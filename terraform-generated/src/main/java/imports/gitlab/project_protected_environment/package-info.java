/**
 * <h1><code>gitlab_project_protected_environment</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment"><code>gitlab_project_protected_environment</code></a>.
 */
package imports.gitlab.project_protected_environment;
