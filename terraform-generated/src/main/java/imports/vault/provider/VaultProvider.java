package imports.vault.provider;

/**
 * Represents a {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs vault}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.provider.VaultProvider")
public class VaultProvider extends com.hashicorp.cdktf.TerraformProvider {

    protected VaultProvider(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected VaultProvider(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.vault.provider.VaultProvider.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs vault} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config
     */
    public VaultProvider(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.Nullable imports.vault.provider.VaultProviderConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), config });
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs vault} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     */
    public VaultProvider(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required") });
    }

    /**
     * Generates CDKTF code for importing a VaultProvider resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the VaultProvider to import. This parameter is required.
     * @param importFromId The id of the existing VaultProvider that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the VaultProvider to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.vault.provider.VaultProvider.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a VaultProvider resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the VaultProvider to import. This parameter is required.
     * @param importFromId The id of the existing VaultProvider that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.vault.provider.VaultProvider.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetAddAddressToEnv() {
        software.amazon.jsii.Kernel.call(this, "resetAddAddressToEnv", software.amazon.jsii.NativeType.VOID);
    }

    public void resetAddress() {
        software.amazon.jsii.Kernel.call(this, "resetAddress", software.amazon.jsii.NativeType.VOID);
    }

    public void resetAlias() {
        software.amazon.jsii.Kernel.call(this, "resetAlias", software.amazon.jsii.NativeType.VOID);
    }

    public void resetCaCertFile() {
        software.amazon.jsii.Kernel.call(this, "resetCaCertFile", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMaxLeaseTtlSeconds() {
        software.amazon.jsii.Kernel.call(this, "resetMaxLeaseTtlSeconds", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMaxRetries() {
        software.amazon.jsii.Kernel.call(this, "resetMaxRetries", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNamespace() {
        software.amazon.jsii.Kernel.call(this, "resetNamespace", software.amazon.jsii.NativeType.VOID);
    }

    public void resetSkipChildToken() {
        software.amazon.jsii.Kernel.call(this, "resetSkipChildToken", software.amazon.jsii.NativeType.VOID);
    }

    public void resetSkipTlsVerify() {
        software.amazon.jsii.Kernel.call(this, "resetSkipTlsVerify", software.amazon.jsii.NativeType.VOID);
    }

    public void resetToken() {
        software.amazon.jsii.Kernel.call(this, "resetToken", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenName() {
        software.amazon.jsii.Kernel.call(this, "resetTokenName", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.Nullable java.lang.String getAddAddressToEnvInput() {
        return software.amazon.jsii.Kernel.get(this, "addAddressToEnvInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getAddressInput() {
        return software.amazon.jsii.Kernel.get(this, "addressInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getAliasInput() {
        return software.amazon.jsii.Kernel.get(this, "aliasInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCaCertFileInput() {
        return software.amazon.jsii.Kernel.get(this, "caCertFileInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMaxLeaseTtlSecondsInput() {
        return software.amazon.jsii.Kernel.get(this, "maxLeaseTtlSecondsInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMaxRetriesInput() {
        return software.amazon.jsii.Kernel.get(this, "maxRetriesInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNamespaceInput() {
        return software.amazon.jsii.Kernel.get(this, "namespaceInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getSkipChildTokenInput() {
        return software.amazon.jsii.Kernel.get(this, "skipChildTokenInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getSkipTlsVerifyInput() {
        return software.amazon.jsii.Kernel.get(this, "skipTlsVerifyInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getTokenInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getTokenNameInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenNameInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getAddAddressToEnv() {
        return software.amazon.jsii.Kernel.get(this, "addAddressToEnv", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setAddAddressToEnv(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "addAddressToEnv", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getAddress() {
        return software.amazon.jsii.Kernel.get(this, "address", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setAddress(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "address", value);
    }

    @Override
    public @org.jetbrains.annotations.Nullable java.lang.String getAlias() {
        return software.amazon.jsii.Kernel.get(this, "alias", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    @Override
    public void setAlias(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "alias", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCaCertFile() {
        return software.amazon.jsii.Kernel.get(this, "caCertFile", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCaCertFile(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "caCertFile", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMaxLeaseTtlSeconds() {
        return software.amazon.jsii.Kernel.get(this, "maxLeaseTtlSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMaxLeaseTtlSeconds(final @org.jetbrains.annotations.Nullable java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "maxLeaseTtlSeconds", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMaxRetries() {
        return software.amazon.jsii.Kernel.get(this, "maxRetries", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMaxRetries(final @org.jetbrains.annotations.Nullable java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "maxRetries", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setNamespace(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "namespace", value);
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getSkipChildToken() {
        return software.amazon.jsii.Kernel.get(this, "skipChildToken", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setSkipChildToken(final @org.jetbrains.annotations.Nullable java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "skipChildToken", value);
    }

    public void setSkipChildToken(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "skipChildToken", value);
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getSkipTlsVerify() {
        return software.amazon.jsii.Kernel.get(this, "skipTlsVerify", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setSkipTlsVerify(final @org.jetbrains.annotations.Nullable java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "skipTlsVerify", value);
    }

    public void setSkipTlsVerify(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "skipTlsVerify", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getToken() {
        return software.amazon.jsii.Kernel.get(this, "token", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setToken(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "token", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getTokenName() {
        return software.amazon.jsii.Kernel.get(this, "tokenName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setTokenName(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "tokenName", value);
    }

    /**
     * A fluent builder for {@link imports.vault.provider.VaultProvider}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.vault.provider.VaultProvider> {
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
        private imports.vault.provider.VaultProviderConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
        }

        /**
         * If true, adds the value of the <code>address</code> argument to the Terraform process environment.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#add_address_to_env VaultProvider#add_address_to_env}
         * <p>
         * @return {@code this}
         * @param addAddressToEnv If true, adds the value of the <code>address</code> argument to the Terraform process environment. This parameter is required.
         */
        public Builder addAddressToEnv(final java.lang.String addAddressToEnv) {
            this.config().addAddressToEnv(addAddressToEnv);
            return this;
        }

        /**
         * URL of the root of the target Vault server.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#address VaultProvider#address}
         * <p>
         * @return {@code this}
         * @param address URL of the root of the target Vault server. This parameter is required.
         */
        public Builder address(final java.lang.String address) {
            this.config().address(address);
            return this;
        }

        /**
         * Alias name.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#alias VaultProvider#alias}
         * <p>
         * @return {@code this}
         * @param alias Alias name. This parameter is required.
         */
        public Builder alias(final java.lang.String alias) {
            this.config().alias(alias);
            return this;
        }

        /**
         * Path to a CA certificate file to validate the server's certificate.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#ca_cert_file VaultProvider#ca_cert_file}
         * <p>
         * @return {@code this}
         * @param caCertFile Path to a CA certificate file to validate the server's certificate. This parameter is required.
         */
        public Builder caCertFile(final java.lang.String caCertFile) {
            this.config().caCertFile(caCertFile);
            return this;
        }

        /**
         * Maximum TTL for secret leases requested by this provider.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#max_lease_ttl_seconds VaultProvider#max_lease_ttl_seconds}
         * <p>
         * @return {@code this}
         * @param maxLeaseTtlSeconds Maximum TTL for secret leases requested by this provider. This parameter is required.
         */
        public Builder maxLeaseTtlSeconds(final java.lang.Number maxLeaseTtlSeconds) {
            this.config().maxLeaseTtlSeconds(maxLeaseTtlSeconds);
            return this;
        }

        /**
         * Maximum number of retries when a 5xx error code is encountered.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#max_retries VaultProvider#max_retries}
         * <p>
         * @return {@code this}
         * @param maxRetries Maximum number of retries when a 5xx error code is encountered. This parameter is required.
         */
        public Builder maxRetries(final java.lang.Number maxRetries) {
            this.config().maxRetries(maxRetries);
            return this;
        }

        /**
         * The namespace to use. Available only for Vault Enterprise.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#namespace VaultProvider#namespace}
         * <p>
         * @return {@code this}
         * @param namespace The namespace to use. Available only for Vault Enterprise. This parameter is required.
         */
        public Builder namespace(final java.lang.String namespace) {
            this.config().namespace(namespace);
            return this;
        }

        /**
         * Set this to true to prevent the creation of ephemeral child token used by this provider.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_child_token VaultProvider#skip_child_token}
         * <p>
         * @return {@code this}
         * @param skipChildToken Set this to true to prevent the creation of ephemeral child token used by this provider. This parameter is required.
         */
        public Builder skipChildToken(final java.lang.Boolean skipChildToken) {
            this.config().skipChildToken(skipChildToken);
            return this;
        }
        /**
         * Set this to true to prevent the creation of ephemeral child token used by this provider.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_child_token VaultProvider#skip_child_token}
         * <p>
         * @return {@code this}
         * @param skipChildToken Set this to true to prevent the creation of ephemeral child token used by this provider. This parameter is required.
         */
        public Builder skipChildToken(final com.hashicorp.cdktf.IResolvable skipChildToken) {
            this.config().skipChildToken(skipChildToken);
            return this;
        }

        /**
         * Set this to true only if the target Vault server is an insecure development instance.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_tls_verify VaultProvider#skip_tls_verify}
         * <p>
         * @return {@code this}
         * @param skipTlsVerify Set this to true only if the target Vault server is an insecure development instance. This parameter is required.
         */
        public Builder skipTlsVerify(final java.lang.Boolean skipTlsVerify) {
            this.config().skipTlsVerify(skipTlsVerify);
            return this;
        }
        /**
         * Set this to true only if the target Vault server is an insecure development instance.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_tls_verify VaultProvider#skip_tls_verify}
         * <p>
         * @return {@code this}
         * @param skipTlsVerify Set this to true only if the target Vault server is an insecure development instance. This parameter is required.
         */
        public Builder skipTlsVerify(final com.hashicorp.cdktf.IResolvable skipTlsVerify) {
            this.config().skipTlsVerify(skipTlsVerify);
            return this;
        }

        /**
         * Token to use to authenticate to Vault.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#token VaultProvider#token}
         * <p>
         * @return {@code this}
         * @param token Token to use to authenticate to Vault. This parameter is required.
         */
        public Builder token(final java.lang.String token) {
            this.config().token(token);
            return this;
        }

        /**
         * Token name to use for creating the Vault child token.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#token_name VaultProvider#token_name}
         * <p>
         * @return {@code this}
         * @param tokenName Token name to use for creating the Vault child token. This parameter is required.
         */
        public Builder tokenName(final java.lang.String tokenName) {
            this.config().tokenName(tokenName);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.vault.provider.VaultProvider}.
         */
        @Override
        public imports.vault.provider.VaultProvider build() {
            return new imports.vault.provider.VaultProvider(
                this.scope,
                this.id,
                this.config != null ? this.config.build() : null
            );
        }

        private imports.vault.provider.VaultProviderConfig.Builder config() {
            if (this.config == null) {
                this.config = new imports.vault.provider.VaultProviderConfig.Builder();
            }
            return this.config;
        }
    }
}
