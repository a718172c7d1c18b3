package imports.gitlab.project_variable;

/**
 * Represents a {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable gitlab_project_variable}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.projectVariable.ProjectVariable")
public class ProjectVariable extends com.hashicorp.cdktf.TerraformResource {

    protected ProjectVariable(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ProjectVariable(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.gitlab.project_variable.ProjectVariable.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable gitlab_project_variable} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public ProjectVariable(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.gitlab.project_variable.ProjectVariableConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a ProjectVariable resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ProjectVariable to import. This parameter is required.
     * @param importFromId The id of the existing ProjectVariable that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the ProjectVariable to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.project_variable.ProjectVariable.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a ProjectVariable resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ProjectVariable to import. This parameter is required.
     * @param importFromId The id of the existing ProjectVariable that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.project_variable.ProjectVariable.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetDescription() {
        software.amazon.jsii.Kernel.call(this, "resetDescription", software.amazon.jsii.NativeType.VOID);
    }

    public void resetEnvironmentScope() {
        software.amazon.jsii.Kernel.call(this, "resetEnvironmentScope", software.amazon.jsii.NativeType.VOID);
    }

    public void resetId() {
        software.amazon.jsii.Kernel.call(this, "resetId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMasked() {
        software.amazon.jsii.Kernel.call(this, "resetMasked", software.amazon.jsii.NativeType.VOID);
    }

    public void resetProtected() {
        software.amazon.jsii.Kernel.call(this, "resetProtected", software.amazon.jsii.NativeType.VOID);
    }

    public void resetRaw() {
        software.amazon.jsii.Kernel.call(this, "resetRaw", software.amazon.jsii.NativeType.VOID);
    }

    public void resetVariableType() {
        software.amazon.jsii.Kernel.call(this, "resetVariableType", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.Nullable java.lang.String getDescriptionInput() {
        return software.amazon.jsii.Kernel.get(this, "descriptionInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getEnvironmentScopeInput() {
        return software.amazon.jsii.Kernel.get(this, "environmentScopeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getKeyInput() {
        return software.amazon.jsii.Kernel.get(this, "keyInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getMaskedInput() {
        return software.amazon.jsii.Kernel.get(this, "maskedInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getProjectInput() {
        return software.amazon.jsii.Kernel.get(this, "projectInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getProtectedInput() {
        return software.amazon.jsii.Kernel.get(this, "protectedInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getRawInput() {
        return software.amazon.jsii.Kernel.get(this, "rawInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getValueInput() {
        return software.amazon.jsii.Kernel.get(this, "valueInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getVariableTypeInput() {
        return software.amazon.jsii.Kernel.get(this, "variableTypeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getDescription() {
        return software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setDescription(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "description", java.util.Objects.requireNonNull(value, "description is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getEnvironmentScope() {
        return software.amazon.jsii.Kernel.get(this, "environmentScope", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setEnvironmentScope(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "environmentScope", java.util.Objects.requireNonNull(value, "environmentScope is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "id", java.util.Objects.requireNonNull(value, "id is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getKey() {
        return software.amazon.jsii.Kernel.get(this, "key", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setKey(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "key", java.util.Objects.requireNonNull(value, "key is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getMasked() {
        return software.amazon.jsii.Kernel.get(this, "masked", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setMasked(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "masked", java.util.Objects.requireNonNull(value, "masked is required"));
    }

    public void setMasked(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "masked", java.util.Objects.requireNonNull(value, "masked is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getProject() {
        return software.amazon.jsii.Kernel.get(this, "project", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setProject(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "project", java.util.Objects.requireNonNull(value, "project is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getProtectedValue() {
        return software.amazon.jsii.Kernel.get(this, "protected", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setProtectedValue(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "protected", java.util.Objects.requireNonNull(value, "protected is required"));
    }

    public void setProtectedValue(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "protected", java.util.Objects.requireNonNull(value, "protected is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getRaw() {
        return software.amazon.jsii.Kernel.get(this, "raw", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setRaw(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "raw", java.util.Objects.requireNonNull(value, "raw is required"));
    }

    public void setRaw(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "raw", java.util.Objects.requireNonNull(value, "raw is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setValue(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "value", java.util.Objects.requireNonNull(value, "value is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getVariableType() {
        return software.amazon.jsii.Kernel.get(this, "variableType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setVariableType(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "variableType", java.util.Objects.requireNonNull(value, "variableType is required"));
    }

    /**
     * A fluent builder for {@link imports.gitlab.project_variable.ProjectVariable}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.gitlab.project_variable.ProjectVariable> {
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
        private final imports.gitlab.project_variable.ProjectVariableConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.gitlab.project_variable.ProjectVariableConfig.Builder();
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
         * The name of the variable.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#key ProjectVariable#key}
         * <p>
         * @return {@code this}
         * @param key The name of the variable. This parameter is required.
         */
        public Builder key(final java.lang.String key) {
            this.config.key(key);
            return this;
        }

        /**
         * The name or id of the project.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#project ProjectVariable#project}
         * <p>
         * @return {@code this}
         * @param project The name or id of the project. This parameter is required.
         */
        public Builder project(final java.lang.String project) {
            this.config.project(project);
            return this;
        }

        /**
         * The value of the variable.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#value ProjectVariable#value}
         * <p>
         * @return {@code this}
         * @param value The value of the variable. This parameter is required.
         */
        public Builder value(final java.lang.String value) {
            this.config.value(value);
            return this;
        }

        /**
         * The description of the variable.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#description ProjectVariable#description}
         * <p>
         * @return {@code this}
         * @param description The description of the variable. This parameter is required.
         */
        public Builder description(final java.lang.String description) {
            this.config.description(description);
            return this;
        }

        /**
         * The environment scope of the variable.
         * <p>
         * Defaults to all environment (`*`). Note that in Community Editions of Gitlab, values other than `*` will cause inconsistent plans.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#environment_scope ProjectVariable#environment_scope}
         * <p>
         * @return {@code this}
         * @param environmentScope The environment scope of the variable. This parameter is required.
         */
        public Builder environmentScope(final java.lang.String environmentScope) {
            this.config.environmentScope(environmentScope);
            return this;
        }

        /**
         * The ID of this resource.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#id ProjectVariable#id}
         * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * <p>
         * @return {@code this}
         * @param id The ID of this resource. This parameter is required.
         */
        public Builder id(final java.lang.String id) {
            this.config.id(id);
            return this;
        }

        /**
         * If set to <code>true</code>, the value of the variable will be hidden in job logs.
         * <p>
         * The value must meet the [masking requirements](https://docs.gitlab.com/ee/ci/variables/#masked-variables). Defaults to `false`.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#masked ProjectVariable#masked}
         * <p>
         * @return {@code this}
         * @param masked If set to <code>true</code>, the value of the variable will be hidden in job logs. This parameter is required.
         */
        public Builder masked(final java.lang.Boolean masked) {
            this.config.masked(masked);
            return this;
        }
        /**
         * If set to <code>true</code>, the value of the variable will be hidden in job logs.
         * <p>
         * The value must meet the [masking requirements](https://docs.gitlab.com/ee/ci/variables/#masked-variables). Defaults to `false`.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#masked ProjectVariable#masked}
         * <p>
         * @return {@code this}
         * @param masked If set to <code>true</code>, the value of the variable will be hidden in job logs. This parameter is required.
         */
        public Builder masked(final com.hashicorp.cdktf.IResolvable masked) {
            this.config.masked(masked);
            return this;
        }

        /**
         * If set to <code>true</code>, the variable will be passed only to pipelines running on protected branches and tags.
         * <p>
         * Defaults to `false`.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#protected ProjectVariable#protected}
         * <p>
         * @return {@code this}
         * @param protectedValue If set to <code>true</code>, the variable will be passed only to pipelines running on protected branches and tags. This parameter is required.
         */
        public Builder protectedValue(final java.lang.Boolean protectedValue) {
            this.config.protectedValue(protectedValue);
            return this;
        }
        /**
         * If set to <code>true</code>, the variable will be passed only to pipelines running on protected branches and tags.
         * <p>
         * Defaults to `false`.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#protected ProjectVariable#protected}
         * <p>
         * @return {@code this}
         * @param protectedValue If set to <code>true</code>, the variable will be passed only to pipelines running on protected branches and tags. This parameter is required.
         */
        public Builder protectedValue(final com.hashicorp.cdktf.IResolvable protectedValue) {
            this.config.protectedValue(protectedValue);
            return this;
        }

        /**
         * Whether the variable is treated as a raw string.
         * <p>
         * Default: false. When true, variables in the value are not expanded.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#raw ProjectVariable#raw}
         * <p>
         * @return {@code this}
         * @param raw Whether the variable is treated as a raw string. This parameter is required.
         */
        public Builder raw(final java.lang.Boolean raw) {
            this.config.raw(raw);
            return this;
        }
        /**
         * Whether the variable is treated as a raw string.
         * <p>
         * Default: false. When true, variables in the value are not expanded.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#raw ProjectVariable#raw}
         * <p>
         * @return {@code this}
         * @param raw Whether the variable is treated as a raw string. This parameter is required.
         */
        public Builder raw(final com.hashicorp.cdktf.IResolvable raw) {
            this.config.raw(raw);
            return this;
        }

        /**
         * The type of a variable. Valid values are: <code>env_var</code>, <code>file</code>. Default is <code>env_var</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#variable_type ProjectVariable#variable_type}
         * <p>
         * @return {@code this}
         * @param variableType The type of a variable. Valid values are: <code>env_var</code>, <code>file</code>. Default is <code>env_var</code>. This parameter is required.
         */
        public Builder variableType(final java.lang.String variableType) {
            this.config.variableType(variableType);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.gitlab.project_variable.ProjectVariable}.
         */
        @Override
        public imports.gitlab.project_variable.ProjectVariable build() {
            return new imports.gitlab.project_variable.ProjectVariable(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
