package imports.gitlab.project_variable;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.projectVariable.ProjectVariableConfig")
@software.amazon.jsii.Jsii.Proxy(ProjectVariableConfig.Jsii$Proxy.class)
public interface ProjectVariableConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * The name of the variable.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#key ProjectVariable#key}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getKey();

    /**
     * The name or id of the project.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#project ProjectVariable#project}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getProject();

    /**
     * The value of the variable.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#value ProjectVariable#value}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getValue();

    /**
     * The description of the variable.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#description ProjectVariable#description}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDescription() {
        return null;
    }

    /**
     * The environment scope of the variable.
     * <p>
     * Defaults to all environment (`*`). Note that in Community Editions of Gitlab, values other than `*` will cause inconsistent plans.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#environment_scope ProjectVariable#environment_scope}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getEnvironmentScope() {
        return null;
    }

    /**
     * The ID of this resource.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#id ProjectVariable#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * If set to <code>true</code>, the value of the variable will be hidden in job logs.
     * <p>
     * The value must meet the [masking requirements](https://docs.gitlab.com/ee/ci/variables/#masked-variables). Defaults to `false`.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#masked ProjectVariable#masked}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getMasked() {
        return null;
    }

    /**
     * If set to <code>true</code>, the variable will be passed only to pipelines running on protected branches and tags.
     * <p>
     * Defaults to `false`.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#protected ProjectVariable#protected}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getProtectedValue() {
        return null;
    }

    /**
     * Whether the variable is treated as a raw string.
     * <p>
     * Default: false. When true, variables in the value are not expanded.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#raw ProjectVariable#raw}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getRaw() {
        return null;
    }

    /**
     * The type of a variable. Valid values are: <code>env_var</code>, <code>file</code>. Default is <code>env_var</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#variable_type ProjectVariable#variable_type}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getVariableType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ProjectVariableConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ProjectVariableConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ProjectVariableConfig> {
        java.lang.String key;
        java.lang.String project;
        java.lang.String value;
        java.lang.String description;
        java.lang.String environmentScope;
        java.lang.String id;
        java.lang.Object masked;
        java.lang.Object protectedValue;
        java.lang.Object raw;
        java.lang.String variableType;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link ProjectVariableConfig#getKey}
         * @param key The name of the variable. This parameter is required.
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#key ProjectVariable#key}
         * @return {@code this}
         */
        public Builder key(java.lang.String key) {
            this.key = key;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getProject}
         * @param project The name or id of the project. This parameter is required.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#project ProjectVariable#project}
         * @return {@code this}
         */
        public Builder project(java.lang.String project) {
            this.project = project;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getValue}
         * @param value The value of the variable. This parameter is required.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#value ProjectVariable#value}
         * @return {@code this}
         */
        public Builder value(java.lang.String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getDescription}
         * @param description The description of the variable.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#description ProjectVariable#description}
         * @return {@code this}
         */
        public Builder description(java.lang.String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getEnvironmentScope}
         * @param environmentScope The environment scope of the variable.
         *                         Defaults to all environment (`*`). Note that in Community Editions of Gitlab, values other than `*` will cause inconsistent plans.
         *                         
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#environment_scope ProjectVariable#environment_scope}
         * @return {@code this}
         */
        public Builder environmentScope(java.lang.String environmentScope) {
            this.environmentScope = environmentScope;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getId}
         * @param id The ID of this resource.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#id ProjectVariable#id}
         *           
         *           Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         *           If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * @return {@code this}
         */
        public Builder id(java.lang.String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getMasked}
         * @param masked If set to <code>true</code>, the value of the variable will be hidden in job logs.
         *               The value must meet the [masking requirements](https://docs.gitlab.com/ee/ci/variables/#masked-variables). Defaults to `false`.
         *               
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#masked ProjectVariable#masked}
         * @return {@code this}
         */
        public Builder masked(java.lang.Boolean masked) {
            this.masked = masked;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getMasked}
         * @param masked If set to <code>true</code>, the value of the variable will be hidden in job logs.
         *               The value must meet the [masking requirements](https://docs.gitlab.com/ee/ci/variables/#masked-variables). Defaults to `false`.
         *               
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#masked ProjectVariable#masked}
         * @return {@code this}
         */
        public Builder masked(com.hashicorp.cdktf.IResolvable masked) {
            this.masked = masked;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getProtectedValue}
         * @param protectedValue If set to <code>true</code>, the variable will be passed only to pipelines running on protected branches and tags.
         *                       Defaults to `false`.
         *                       
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#protected ProjectVariable#protected}
         * @return {@code this}
         */
        public Builder protectedValue(java.lang.Boolean protectedValue) {
            this.protectedValue = protectedValue;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getProtectedValue}
         * @param protectedValue If set to <code>true</code>, the variable will be passed only to pipelines running on protected branches and tags.
         *                       Defaults to `false`.
         *                       
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#protected ProjectVariable#protected}
         * @return {@code this}
         */
        public Builder protectedValue(com.hashicorp.cdktf.IResolvable protectedValue) {
            this.protectedValue = protectedValue;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getRaw}
         * @param raw Whether the variable is treated as a raw string.
         *            Default: false. When true, variables in the value are not expanded.
         *            
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#raw ProjectVariable#raw}
         * @return {@code this}
         */
        public Builder raw(java.lang.Boolean raw) {
            this.raw = raw;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getRaw}
         * @param raw Whether the variable is treated as a raw string.
         *            Default: false. When true, variables in the value are not expanded.
         *            
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#raw ProjectVariable#raw}
         * @return {@code this}
         */
        public Builder raw(com.hashicorp.cdktf.IResolvable raw) {
            this.raw = raw;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getVariableType}
         * @param variableType The type of a variable. Valid values are: <code>env_var</code>, <code>file</code>. Default is <code>env_var</code>.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_variable#variable_type ProjectVariable#variable_type}
         * @return {@code this}
         */
        public Builder variableType(java.lang.String variableType) {
            this.variableType = variableType;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getDependsOn}
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
         * Sets the value of {@link ProjectVariableConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link ProjectVariableConfig#getProvisioners}
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
         * @return a new instance of {@link ProjectVariableConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ProjectVariableConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ProjectVariableConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ProjectVariableConfig {
        private final java.lang.String key;
        private final java.lang.String project;
        private final java.lang.String value;
        private final java.lang.String description;
        private final java.lang.String environmentScope;
        private final java.lang.String id;
        private final java.lang.Object masked;
        private final java.lang.Object protectedValue;
        private final java.lang.Object raw;
        private final java.lang.String variableType;
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
            this.key = software.amazon.jsii.Kernel.get(this, "key", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.project = software.amazon.jsii.Kernel.get(this, "project", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.value = software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.description = software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.environmentScope = software.amazon.jsii.Kernel.get(this, "environmentScope", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.masked = software.amazon.jsii.Kernel.get(this, "masked", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.protectedValue = software.amazon.jsii.Kernel.get(this, "protected", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.raw = software.amazon.jsii.Kernel.get(this, "raw", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.variableType = software.amazon.jsii.Kernel.get(this, "variableType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
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
            this.key = java.util.Objects.requireNonNull(builder.key, "key is required");
            this.project = java.util.Objects.requireNonNull(builder.project, "project is required");
            this.value = java.util.Objects.requireNonNull(builder.value, "value is required");
            this.description = builder.description;
            this.environmentScope = builder.environmentScope;
            this.id = builder.id;
            this.masked = builder.masked;
            this.protectedValue = builder.protectedValue;
            this.raw = builder.raw;
            this.variableType = builder.variableType;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.String getKey() {
            return this.key;
        }

        @Override
        public final java.lang.String getProject() {
            return this.project;
        }

        @Override
        public final java.lang.String getValue() {
            return this.value;
        }

        @Override
        public final java.lang.String getDescription() {
            return this.description;
        }

        @Override
        public final java.lang.String getEnvironmentScope() {
            return this.environmentScope;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.Object getMasked() {
            return this.masked;
        }

        @Override
        public final java.lang.Object getProtectedValue() {
            return this.protectedValue;
        }

        @Override
        public final java.lang.Object getRaw() {
            return this.raw;
        }

        @Override
        public final java.lang.String getVariableType() {
            return this.variableType;
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

            data.set("key", om.valueToTree(this.getKey()));
            data.set("project", om.valueToTree(this.getProject()));
            data.set("value", om.valueToTree(this.getValue()));
            if (this.getDescription() != null) {
                data.set("description", om.valueToTree(this.getDescription()));
            }
            if (this.getEnvironmentScope() != null) {
                data.set("environmentScope", om.valueToTree(this.getEnvironmentScope()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getMasked() != null) {
                data.set("masked", om.valueToTree(this.getMasked()));
            }
            if (this.getProtectedValue() != null) {
                data.set("protected", om.valueToTree(this.getProtectedValue()));
            }
            if (this.getRaw() != null) {
                data.set("raw", om.valueToTree(this.getRaw()));
            }
            if (this.getVariableType() != null) {
                data.set("variableType", om.valueToTree(this.getVariableType()));
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
            struct.set("fqn", om.valueToTree("gitlab.projectVariable.ProjectVariableConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ProjectVariableConfig.Jsii$Proxy that = (ProjectVariableConfig.Jsii$Proxy) o;

            if (!key.equals(that.key)) return false;
            if (!project.equals(that.project)) return false;
            if (!value.equals(that.value)) return false;
            if (this.description != null ? !this.description.equals(that.description) : that.description != null) return false;
            if (this.environmentScope != null ? !this.environmentScope.equals(that.environmentScope) : that.environmentScope != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.masked != null ? !this.masked.equals(that.masked) : that.masked != null) return false;
            if (this.protectedValue != null ? !this.protectedValue.equals(that.protectedValue) : that.protectedValue != null) return false;
            if (this.raw != null ? !this.raw.equals(that.raw) : that.raw != null) return false;
            if (this.variableType != null ? !this.variableType.equals(that.variableType) : that.variableType != null) return false;
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
            int result = this.key.hashCode();
            result = 31 * result + (this.project.hashCode());
            result = 31 * result + (this.value.hashCode());
            result = 31 * result + (this.description != null ? this.description.hashCode() : 0);
            result = 31 * result + (this.environmentScope != null ? this.environmentScope.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.masked != null ? this.masked.hashCode() : 0);
            result = 31 * result + (this.protectedValue != null ? this.protectedValue.hashCode() : 0);
            result = 31 * result + (this.raw != null ? this.raw.hashCode() : 0);
            result = 31 * result + (this.variableType != null ? this.variableType.hashCode() : 0);
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
