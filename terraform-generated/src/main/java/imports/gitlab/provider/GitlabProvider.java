package imports.gitlab.provider;

/**
 * Represents a {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs gitlab}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.provider.GitlabProvider")
public class GitlabProvider extends com.hashicorp.cdktf.TerraformProvider {

    protected GitlabProvider(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected GitlabProvider(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.gitlab.provider.GitlabProvider.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs gitlab} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config
     */
    public GitlabProvider(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.Nullable imports.gitlab.provider.GitlabProviderConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), config });
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs gitlab} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     */
    public GitlabProvider(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required") });
    }

    /**
     * Generates CDKTF code for importing a GitlabProvider resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the GitlabProvider to import. This parameter is required.
     * @param importFromId The id of the existing GitlabProvider that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the GitlabProvider to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.provider.GitlabProvider.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a GitlabProvider resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the GitlabProvider to import. This parameter is required.
     * @param importFromId The id of the existing GitlabProvider that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.provider.GitlabProvider.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetAlias() {
        software.amazon.jsii.Kernel.call(this, "resetAlias", software.amazon.jsii.NativeType.VOID);
    }

    public void resetBaseUrl() {
        software.amazon.jsii.Kernel.call(this, "resetBaseUrl", software.amazon.jsii.NativeType.VOID);
    }

    public void resetCacertFile() {
        software.amazon.jsii.Kernel.call(this, "resetCacertFile", software.amazon.jsii.NativeType.VOID);
    }

    public void resetEarlyAuthCheck() {
        software.amazon.jsii.Kernel.call(this, "resetEarlyAuthCheck", software.amazon.jsii.NativeType.VOID);
    }

    public void resetInsecure() {
        software.amazon.jsii.Kernel.call(this, "resetInsecure", software.amazon.jsii.NativeType.VOID);
    }

    public void resetToken() {
        software.amazon.jsii.Kernel.call(this, "resetToken", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.Nullable java.lang.String getAliasInput() {
        return software.amazon.jsii.Kernel.get(this, "aliasInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getBaseUrlInput() {
        return software.amazon.jsii.Kernel.get(this, "baseUrlInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCacertFileInput() {
        return software.amazon.jsii.Kernel.get(this, "cacertFileInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getEarlyAuthCheckInput() {
        return software.amazon.jsii.Kernel.get(this, "earlyAuthCheckInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getInsecureInput() {
        return software.amazon.jsii.Kernel.get(this, "insecureInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getTokenInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    @Override
    public @org.jetbrains.annotations.Nullable java.lang.String getAlias() {
        return software.amazon.jsii.Kernel.get(this, "alias", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    @Override
    public void setAlias(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "alias", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getBaseUrl() {
        return software.amazon.jsii.Kernel.get(this, "baseUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setBaseUrl(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "baseUrl", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCacertFile() {
        return software.amazon.jsii.Kernel.get(this, "cacertFile", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCacertFile(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "cacertFile", value);
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getEarlyAuthCheck() {
        return software.amazon.jsii.Kernel.get(this, "earlyAuthCheck", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setEarlyAuthCheck(final @org.jetbrains.annotations.Nullable java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "earlyAuthCheck", value);
    }

    public void setEarlyAuthCheck(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "earlyAuthCheck", value);
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getInsecure() {
        return software.amazon.jsii.Kernel.get(this, "insecure", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setInsecure(final @org.jetbrains.annotations.Nullable java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "insecure", value);
    }

    public void setInsecure(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "insecure", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getToken() {
        return software.amazon.jsii.Kernel.get(this, "token", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setToken(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "token", value);
    }

    /**
     * A fluent builder for {@link imports.gitlab.provider.GitlabProvider}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.gitlab.provider.GitlabProvider> {
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
        private imports.gitlab.provider.GitlabProviderConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
        }

        /**
         * Alias name.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#alias GitlabProvider#alias}
         * <p>
         * @return {@code this}
         * @param alias Alias name. This parameter is required.
         */
        public Builder alias(final java.lang.String alias) {
            this.config().alias(alias);
            return this;
        }

        /**
         * This is the target GitLab base API endpoint.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#base_url GitlabProvider#base_url}
         * <p>
         * @return {@code this}
         * @param baseUrl This is the target GitLab base API endpoint. This parameter is required.
         */
        public Builder baseUrl(final java.lang.String baseUrl) {
            this.config().baseUrl(baseUrl);
            return this;
        }

        /**
         * This is a file containing the ca cert to verify the gitlab instance.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#cacert_file GitlabProvider#cacert_file}
         * <p>
         * @return {@code this}
         * @param cacertFile This is a file containing the ca cert to verify the gitlab instance. This parameter is required.
         */
        public Builder cacertFile(final java.lang.String cacertFile) {
            this.config().cacertFile(cacertFile);
            return this;
        }

        /**
         * Check the token against GitLab when the provider is configured.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#early_auth_check GitlabProvider#early_auth_check}
         * <p>
         * @return {@code this}
         * @param earlyAuthCheck Check the token against GitLab when the provider is configured. This parameter is required.
         */
        public Builder earlyAuthCheck(final java.lang.Boolean earlyAuthCheck) {
            this.config().earlyAuthCheck(earlyAuthCheck);
            return this;
        }
        /**
         * Check the token against GitLab when the provider is configured.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#early_auth_check GitlabProvider#early_auth_check}
         * <p>
         * @return {@code this}
         * @param earlyAuthCheck Check the token against GitLab when the provider is configured. This parameter is required.
         */
        public Builder earlyAuthCheck(final com.hashicorp.cdktf.IResolvable earlyAuthCheck) {
            this.config().earlyAuthCheck(earlyAuthCheck);
            return this;
        }

        /**
         * When set to true this disables SSL verification of the connection to the GitLab instance.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#insecure GitlabProvider#insecure}
         * <p>
         * @return {@code this}
         * @param insecure When set to true this disables SSL verification of the connection to the GitLab instance. This parameter is required.
         */
        public Builder insecure(final java.lang.Boolean insecure) {
            this.config().insecure(insecure);
            return this;
        }
        /**
         * When set to true this disables SSL verification of the connection to the GitLab instance.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#insecure GitlabProvider#insecure}
         * <p>
         * @return {@code this}
         * @param insecure When set to true this disables SSL verification of the connection to the GitLab instance. This parameter is required.
         */
        public Builder insecure(final com.hashicorp.cdktf.IResolvable insecure) {
            this.config().insecure(insecure);
            return this;
        }

        /**
         * The OAuth2 Token, Project, Group, Personal Access Token or CI Job Token used to connect to GitLab.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#token GitlabProvider#token}
         * <p>
         * @return {@code this}
         * @param token The OAuth2 Token, Project, Group, Personal Access Token or CI Job Token used to connect to GitLab. This parameter is required.
         */
        public Builder token(final java.lang.String token) {
            this.config().token(token);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.gitlab.provider.GitlabProvider}.
         */
        @Override
        public imports.gitlab.provider.GitlabProvider build() {
            return new imports.gitlab.provider.GitlabProvider(
                this.scope,
                this.id,
                this.config != null ? this.config.build() : null
            );
        }

        private imports.gitlab.provider.GitlabProviderConfig.Builder config() {
            if (this.config == null) {
                this.config = new imports.gitlab.provider.GitlabProviderConfig.Builder();
            }
            return this.config;
        }
    }
}
