package imports.gitlab.project_protected_environment;

/**
 * Represents a {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment gitlab_project_protected_environment}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.projectProtectedEnvironment.ProjectProtectedEnvironment")
public class ProjectProtectedEnvironment extends com.hashicorp.cdktf.TerraformResource {

    protected ProjectProtectedEnvironment(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ProjectProtectedEnvironment(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.gitlab.project_protected_environment.ProjectProtectedEnvironment.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment gitlab_project_protected_environment} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public ProjectProtectedEnvironment(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a ProjectProtectedEnvironment resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ProjectProtectedEnvironment to import. This parameter is required.
     * @param importFromId The id of the existing ProjectProtectedEnvironment that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the ProjectProtectedEnvironment to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.project_protected_environment.ProjectProtectedEnvironment.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a ProjectProtectedEnvironment resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ProjectProtectedEnvironment to import. This parameter is required.
     * @param importFromId The id of the existing ProjectProtectedEnvironment that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.project_protected_environment.ProjectProtectedEnvironment.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void putApprovalRules(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules> __cast_cd4240 = (java.util.List<imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putApprovalRules", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putDeployAccessLevels(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels> __cast_cd4240 = (java.util.List<imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putDeployAccessLevels", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void resetApprovalRules() {
        software.amazon.jsii.Kernel.call(this, "resetApprovalRules", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDeployAccessLevels() {
        software.amazon.jsii.Kernel.call(this, "resetDeployAccessLevels", software.amazon.jsii.NativeType.VOID);
    }

    public void resetRequiredApprovalCount() {
        software.amazon.jsii.Kernel.call(this, "resetRequiredApprovalCount", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.NotNull imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRulesList getApprovalRules() {
        return software.amazon.jsii.Kernel.get(this, "approvalRules", software.amazon.jsii.NativeType.forClass(imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRulesList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevelsList getDeployAccessLevels() {
        return software.amazon.jsii.Kernel.get(this, "deployAccessLevels", software.amazon.jsii.NativeType.forClass(imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevelsList.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getApprovalRulesInput() {
        return software.amazon.jsii.Kernel.get(this, "approvalRulesInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getDeployAccessLevelsInput() {
        return software.amazon.jsii.Kernel.get(this, "deployAccessLevelsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getEnvironmentInput() {
        return software.amazon.jsii.Kernel.get(this, "environmentInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getProjectInput() {
        return software.amazon.jsii.Kernel.get(this, "projectInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getRequiredApprovalCountInput() {
        return software.amazon.jsii.Kernel.get(this, "requiredApprovalCountInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getEnvironment() {
        return software.amazon.jsii.Kernel.get(this, "environment", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setEnvironment(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "environment", java.util.Objects.requireNonNull(value, "environment is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getProject() {
        return software.amazon.jsii.Kernel.get(this, "project", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setProject(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "project", java.util.Objects.requireNonNull(value, "project is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getRequiredApprovalCount() {
        return software.amazon.jsii.Kernel.get(this, "requiredApprovalCount", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setRequiredApprovalCount(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "requiredApprovalCount", java.util.Objects.requireNonNull(value, "requiredApprovalCount is required"));
    }

    /**
     * A fluent builder for {@link imports.gitlab.project_protected_environment.ProjectProtectedEnvironment}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.gitlab.project_protected_environment.ProjectProtectedEnvironment> {
        /**
         * @return a new instance of {@link Builder}.
         * @param scope The scope in which to define this construct. This parameter is required.
         * @param id The scoped construct ID. This parameter is required.
         */
        public static Builder create(final software.constructs.Construct scope, final java.lang.String id) {
            return new Builder(scope, id);
        }

        private final software.constructs.Construct scope;
        private final java.lang.String id;
        private final imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentConfig.Builder();
        }

        /**
         * @return {@code this}
         * @param connection This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(final com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.config.connection(connection);
            return this;
        }
        /**
         * @return {@code this}
         * @param connection This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(final com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.config.connection(connection);
            return this;
        }

        /**
         * @return {@code this}
         * @param count This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(final java.lang.Number count) {
            this.config.count(count);
            return this;
        }
        /**
         * @return {@code this}
         * @param count This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(final com.hashicorp.cdktf.TerraformCount count) {
            this.config.count(count);
            return this;
        }

        /**
         * @return {@code this}
         * @param dependsOn This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder dependsOn(final java.util.List<? extends com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
            this.config.dependsOn(dependsOn);
            return this;
        }

        /**
         * @return {@code this}
         * @param forEach This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(final com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.config.forEach(forEach);
            return this;
        }

        /**
         * @return {@code this}
         * @param lifecycle This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(final com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.config.lifecycle(lifecycle);
            return this;
        }

        /**
         * @return {@code this}
         * @param provider This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(final com.hashicorp.cdktf.TerraformProvider provider) {
            this.config.provider(provider);
            return this;
        }

        /**
         * @return {@code this}
         * @param provisioners This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provisioners(final java.util.List<? extends java.lang.Object> provisioners) {
            this.config.provisioners(provisioners);
            return this;
        }

        /**
         * The name of the environment.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#environment ProjectProtectedEnvironment#environment}
         * <p>
         * @return {@code this}
         * @param environment The name of the environment. This parameter is required.
         */
        public Builder environment(final java.lang.String environment) {
            this.config.environment(environment);
            return this;
        }

        /**
         * The ID or full path of the project which the protected environment is created against.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#project ProjectProtectedEnvironment#project}
         * <p>
         * @return {@code this}
         * @param project The ID or full path of the project which the protected environment is created against. This parameter is required.
         */
        public Builder project(final java.lang.String project) {
            this.config.project(project);
            return this;
        }

        /**
         * Array of approval rules to deploy, with each described by a hash.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#approval_rules ProjectProtectedEnvironment#approval_rules}
         * <p>
         * @return {@code this}
         * @param approvalRules Array of approval rules to deploy, with each described by a hash. This parameter is required.
         */
        public Builder approvalRules(final com.hashicorp.cdktf.IResolvable approvalRules) {
            this.config.approvalRules(approvalRules);
            return this;
        }
        /**
         * Array of approval rules to deploy, with each described by a hash.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#approval_rules ProjectProtectedEnvironment#approval_rules}
         * <p>
         * @return {@code this}
         * @param approvalRules Array of approval rules to deploy, with each described by a hash. This parameter is required.
         */
        public Builder approvalRules(final java.util.List<? extends imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentApprovalRules> approvalRules) {
            this.config.approvalRules(approvalRules);
            return this;
        }

        /**
         * deploy_access_levels block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#deploy_access_levels ProjectProtectedEnvironment#deploy_access_levels}
         * <p>
         * @return {@code this}
         * @param deployAccessLevels deploy_access_levels block. This parameter is required.
         */
        public Builder deployAccessLevels(final com.hashicorp.cdktf.IResolvable deployAccessLevels) {
            this.config.deployAccessLevels(deployAccessLevels);
            return this;
        }
        /**
         * deploy_access_levels block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#deploy_access_levels ProjectProtectedEnvironment#deploy_access_levels}
         * <p>
         * @return {@code this}
         * @param deployAccessLevels deploy_access_levels block. This parameter is required.
         */
        public Builder deployAccessLevels(final java.util.List<? extends imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels> deployAccessLevels) {
            this.config.deployAccessLevels(deployAccessLevels);
            return this;
        }

        /**
         * The number of approvals required to deploy to this environment.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#required_approval_count ProjectProtectedEnvironment#required_approval_count}
         * <p>
         * @return {@code this}
         * @param requiredApprovalCount The number of approvals required to deploy to this environment. This parameter is required.
         */
        public Builder requiredApprovalCount(final java.lang.Number requiredApprovalCount) {
            this.config.requiredApprovalCount(requiredApprovalCount);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.gitlab.project_protected_environment.ProjectProtectedEnvironment}.
         */
        @Override
        public imports.gitlab.project_protected_environment.ProjectProtectedEnvironment build() {
            return new imports.gitlab.project_protected_environment.ProjectProtectedEnvironment(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
