package imports.gitlab.project_protected_environment;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.projectProtectedEnvironment.ProjectProtectedEnvironmentConfig")
@software.amazon.jsii.Jsii.Proxy(ProjectProtectedEnvironmentConfig.Jsii$Proxy.class)
public interface ProjectProtectedEnvironmentConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * The name of the environment.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#environment ProjectProtectedEnvironment#environment}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getEnvironment();

    /**
     * The ID or full path of the project which the protected environment is created against.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#project ProjectProtectedEnvironment#project}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getProject();

    /**
     * Array of approval rules to deploy, with each described by a hash.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#approval_rules ProjectProtectedEnvironment#approval_rules}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getApprovalRules() {
        return null;
    }

    /**
     * deploy_access_levels block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#deploy_access_levels ProjectProtectedEnvironment#deploy_access_levels}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getDeployAccessLevels() {
        return null;
    }

    /**
     * The number of approvals required to deploy to this environment.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#required_approval_count ProjectProtectedEnvironment#required_approval_count}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getRequiredApprovalCount() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ProjectProtectedEnvironmentConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ProjectProtectedEnvironmentConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ProjectProtectedEnvironmentConfig> {
        java.lang.String environment;
        java.lang.String project;
        java.lang.Object approvalRules;
        java.lang.Object deployAccessLevels;
        java.lang.Number requiredApprovalCount;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getEnvironment}
         * @param environment The name of the environment. This parameter is required.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#environment ProjectProtectedEnvironment#environment}
         * @return {@code this}
         */
        public Builder environment(java.lang.String environment) {
            this.environment = environment;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getProject}
         * @param project The ID or full path of the project which the protected environment is created against. This parameter is required.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#project ProjectProtectedEnvironment#project}
         * @return {@code this}
         */
        public Builder project(java.lang.String project) {
            this.project = project;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getApprovalRules}
         * @param approvalRules Array of approval rules to deploy, with each described by a hash.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#approval_rules ProjectProtectedEnvironment#approval_rules}
         * @return {@code this}
         */
        public Builder approvalRules(com.hashicorp.cdktf.IResolvable approvalRules) {
            this.approvalRules = approvalRules;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getApprovalRules}
         * @param approvalRules Array of approval rules to deploy, with each described by a hash.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#approval_rules ProjectProtectedEnvironment#approval_rules}
         * @return {@code this}
         */
        public Builder approvalRules(java.util.List<? extends imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules> approvalRules) {
            this.approvalRules = approvalRules;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getDeployAccessLevels}
         * @param deployAccessLevels deploy_access_levels block.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#deploy_access_levels ProjectProtectedEnvironment#deploy_access_levels}
         * @return {@code this}
         */
        public Builder deployAccessLevels(com.hashicorp.cdktf.IResolvable deployAccessLevels) {
            this.deployAccessLevels = deployAccessLevels;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getDeployAccessLevels}
         * @param deployAccessLevels deploy_access_levels block.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#deploy_access_levels ProjectProtectedEnvironment#deploy_access_levels}
         * @return {@code this}
         */
        public Builder deployAccessLevels(java.util.List<? extends imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels> deployAccessLevels) {
            this.deployAccessLevels = deployAccessLevels;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getRequiredApprovalCount}
         * @param requiredApprovalCount The number of approvals required to deploy to this environment.
         *                              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#required_approval_count ProjectProtectedEnvironment#required_approval_count}
         * @return {@code this}
         */
        public Builder requiredApprovalCount(java.lang.Number requiredApprovalCount) {
            this.requiredApprovalCount = requiredApprovalCount;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getDependsOn}
         * @param dependsOn the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @SuppressWarnings("unchecked")
        public Builder dependsOn(java.util.List<? extends com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)dependsOn;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentConfig#getProvisioners}
         * @param provisioners the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @SuppressWarnings("unchecked")
        public Builder provisioners(java.util.List<? extends java.lang.Object> provisioners) {
            this.provisioners = (java.util.List<java.lang.Object>)provisioners;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ProjectProtectedEnvironmentConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ProjectProtectedEnvironmentConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ProjectProtectedEnvironmentConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ProjectProtectedEnvironmentConfig {
        private final java.lang.String environment;
        private final java.lang.String project;
        private final java.lang.Object approvalRules;
        private final java.lang.Object deployAccessLevels;
        private final java.lang.Number requiredApprovalCount;
        private final java.lang.Object connection;
        private final java.lang.Object count;
        private final java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        private final com.hashicorp.cdktf.ITerraformIterator forEach;
        private final com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        private final com.hashicorp.cdktf.TerraformProvider provider;
        private final java.util.List<java.lang.Object> provisioners;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.environment = software.amazon.jsii.Kernel.get(this, "environment", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.project = software.amazon.jsii.Kernel.get(this, "project", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.approvalRules = software.amazon.jsii.Kernel.get(this, "approvalRules", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.deployAccessLevels = software.amazon.jsii.Kernel.get(this, "deployAccessLevels", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.requiredApprovalCount = software.amazon.jsii.Kernel.get(this, "requiredApprovalCount", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.connection = software.amazon.jsii.Kernel.get(this, "connection", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.count = software.amazon.jsii.Kernel.get(this, "count", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.dependsOn = software.amazon.jsii.Kernel.get(this, "dependsOn", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ITerraformDependable.class)));
            this.forEach = software.amazon.jsii.Kernel.get(this, "forEach", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ITerraformIterator.class));
            this.lifecycle = software.amazon.jsii.Kernel.get(this, "lifecycle", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.TerraformResourceLifecycle.class));
            this.provider = software.amazon.jsii.Kernel.get(this, "provider", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.TerraformProvider.class));
            this.provisioners = software.amazon.jsii.Kernel.get(this, "provisioners", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.environment = java.util.Objects.requireNonNull(builder.environment, "environment is required");
            this.project = java.util.Objects.requireNonNull(builder.project, "project is required");
            this.approvalRules = builder.approvalRules;
            this.deployAccessLevels = builder.deployAccessLevels;
            this.requiredApprovalCount = builder.requiredApprovalCount;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.String getEnvironment() {
            return this.environment;
        }

        @Override
        public final java.lang.String getProject() {
            return this.project;
        }

        @Override
        public final java.lang.Object getApprovalRules() {
            return this.approvalRules;
        }

        @Override
        public final java.lang.Object getDeployAccessLevels() {
            return this.deployAccessLevels;
        }

        @Override
        public final java.lang.Number getRequiredApprovalCount() {
            return this.requiredApprovalCount;
        }

        @Override
        public final java.lang.Object getConnection() {
            return this.connection;
        }

        @Override
        public final java.lang.Object getCount() {
            return this.count;
        }

        @Override
        public final java.util.List<com.hashicorp.cdktf.ITerraformDependable> getDependsOn() {
            return this.dependsOn;
        }

        @Override
        public final com.hashicorp.cdktf.ITerraformIterator getForEach() {
            return this.forEach;
        }

        @Override
        public final com.hashicorp.cdktf.TerraformResourceLifecycle getLifecycle() {
            return this.lifecycle;
        }

        @Override
        public final com.hashicorp.cdktf.TerraformProvider getProvider() {
            return this.provider;
        }

        @Override
        public final java.util.List<java.lang.Object> getProvisioners() {
            return this.provisioners;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("environment", om.valueToTree(this.getEnvironment()));
            data.set("project", om.valueToTree(this.getProject()));
            if (this.getApprovalRules() != null) {
                data.set("approvalRules", om.valueToTree(this.getApprovalRules()));
            }
            if (this.getDeployAccessLevels() != null) {
                data.set("deployAccessLevels", om.valueToTree(this.getDeployAccessLevels()));
            }
            if (this.getRequiredApprovalCount() != null) {
                data.set("requiredApprovalCount", om.valueToTree(this.getRequiredApprovalCount()));
            }
            if (this.getConnection() != null) {
                data.set("connection", om.valueToTree(this.getConnection()));
            }
            if (this.getCount() != null) {
                data.set("count", om.valueToTree(this.getCount()));
            }
            if (this.getDependsOn() != null) {
                data.set("dependsOn", om.valueToTree(this.getDependsOn()));
            }
            if (this.getForEach() != null) {
                data.set("forEach", om.valueToTree(this.getForEach()));
            }
            if (this.getLifecycle() != null) {
                data.set("lifecycle", om.valueToTree(this.getLifecycle()));
            }
            if (this.getProvider() != null) {
                data.set("provider", om.valueToTree(this.getProvider()));
            }
            if (this.getProvisioners() != null) {
                data.set("provisioners", om.valueToTree(this.getProvisioners()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gitlab.projectProtectedEnvironment.ProjectProtectedEnvironmentConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ProjectProtectedEnvironmentConfig.Jsii$Proxy that = (ProjectProtectedEnvironmentConfig.Jsii$Proxy) o;

            if (!environment.equals(that.environment)) return false;
            if (!project.equals(that.project)) return false;
            if (this.approvalRules != null ? !this.approvalRules.equals(that.approvalRules) : that.approvalRules != null) return false;
            if (this.deployAccessLevels != null ? !this.deployAccessLevels.equals(that.deployAccessLevels) : that.deployAccessLevels != null) return false;
            if (this.requiredApprovalCount != null ? !this.requiredApprovalCount.equals(that.requiredApprovalCount) : that.requiredApprovalCount != null) return false;
            if (this.connection != null ? !this.connection.equals(that.connection) : that.connection != null) return false;
            if (this.count != null ? !this.count.equals(that.count) : that.count != null) return false;
            if (this.dependsOn != null ? !this.dependsOn.equals(that.dependsOn) : that.dependsOn != null) return false;
            if (this.forEach != null ? !this.forEach.equals(that.forEach) : that.forEach != null) return false;
            if (this.lifecycle != null ? !this.lifecycle.equals(that.lifecycle) : that.lifecycle != null) return false;
            if (this.provider != null ? !this.provider.equals(that.provider) : that.provider != null) return false;
            return this.provisioners != null ? this.provisioners.equals(that.provisioners) : that.provisioners == null;
        }

        @Override
        public final int hashCode() {
            int result = this.environment.hashCode();
            result = 31 * result + (this.project.hashCode());
            result = 31 * result + (this.approvalRules != null ? this.approvalRules.hashCode() : 0);
            result = 31 * result + (this.deployAccessLevels != null ? this.deployAccessLevels.hashCode() : 0);
            result = 31 * result + (this.requiredApprovalCount != null ? this.requiredApprovalCount.hashCode() : 0);
            result = 31 * result + (this.connection != null ? this.connection.hashCode() : 0);
            result = 31 * result + (this.count != null ? this.count.hashCode() : 0);
            result = 31 * result + (this.dependsOn != null ? this.dependsOn.hashCode() : 0);
            result = 31 * result + (this.forEach != null ? this.forEach.hashCode() : 0);
            result = 31 * result + (this.lifecycle != null ? this.lifecycle.hashCode() : 0);
            result = 31 * result + (this.provider != null ? this.provider.hashCode() : 0);
            result = 31 * result + (this.provisioners != null ? this.provisioners.hashCode() : 0);
            return result;
        }
    }
}
