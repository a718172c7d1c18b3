package imports.vault.kv_secret_v2;

/**
 * Represents a {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2 vault_kv_secret_v2}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.kvSecretV2.KvSecretV2")
public class KvSecretV2 extends com.hashicorp.cdktf.TerraformResource {

    protected KvSecretV2(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected KvSecretV2(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.vault.kv_secret_v2.KvSecretV2.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2 vault_kv_secret_v2} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public KvSecretV2(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.vault.kv_secret_v2.KvSecretV2Config config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a KvSecretV2 resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the KvSecretV2 to import. This parameter is required.
     * @param importFromId The id of the existing KvSecretV2 that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the KvSecretV2 to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.vault.kv_secret_v2.KvSecretV2.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a KvSecretV2 resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the KvSecretV2 to import. This parameter is required.
     * @param importFromId The id of the existing KvSecretV2 that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.vault.kv_secret_v2.KvSecretV2.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void putCustomMetadata(final @org.jetbrains.annotations.NotNull imports.vault.kv_secret_v2.KvSecretV2CustomMetadata value) {
        software.amazon.jsii.Kernel.call(this, "putCustomMetadata", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void resetCas() {
        software.amazon.jsii.Kernel.call(this, "resetCas", software.amazon.jsii.NativeType.VOID);
    }

    public void resetCustomMetadata() {
        software.amazon.jsii.Kernel.call(this, "resetCustomMetadata", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDeleteAllVersions() {
        software.amazon.jsii.Kernel.call(this, "resetDeleteAllVersions", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDisableRead() {
        software.amazon.jsii.Kernel.call(this, "resetDisableRead", software.amazon.jsii.NativeType.VOID);
    }

    public void resetId() {
        software.amazon.jsii.Kernel.call(this, "resetId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNamespace() {
        software.amazon.jsii.Kernel.call(this, "resetNamespace", software.amazon.jsii.NativeType.VOID);
    }

    public void resetOptions() {
        software.amazon.jsii.Kernel.call(this, "resetOptions", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.NotNull imports.vault.kv_secret_v2.KvSecretV2CustomMetadataOutputReference getCustomMetadata() {
        return software.amazon.jsii.Kernel.get(this, "customMetadata", software.amazon.jsii.NativeType.forClass(imports.vault.kv_secret_v2.KvSecretV2CustomMetadataOutputReference.class));
    }

    public @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.StringMap getData() {
        return software.amazon.jsii.Kernel.get(this, "data", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.StringMap.class));
    }

    public @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.StringMap getMetadata() {
        return software.amazon.jsii.Kernel.get(this, "metadata", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.StringMap.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getPath() {
        return software.amazon.jsii.Kernel.get(this, "path", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getCasInput() {
        return software.amazon.jsii.Kernel.get(this, "casInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable imports.vault.kv_secret_v2.KvSecretV2CustomMetadata getCustomMetadataInput() {
        return software.amazon.jsii.Kernel.get(this, "customMetadataInput", software.amazon.jsii.NativeType.forClass(imports.vault.kv_secret_v2.KvSecretV2CustomMetadata.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getDataJsonInput() {
        return software.amazon.jsii.Kernel.get(this, "dataJsonInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getDeleteAllVersionsInput() {
        return software.amazon.jsii.Kernel.get(this, "deleteAllVersionsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getDisableReadInput() {
        return software.amazon.jsii.Kernel.get(this, "disableReadInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getMountInput() {
        return software.amazon.jsii.Kernel.get(this, "mountInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNameInput() {
        return software.amazon.jsii.Kernel.get(this, "nameInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNamespaceInput() {
        return software.amazon.jsii.Kernel.get(this, "namespaceInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getOptionsInput() {
        return java.util.Optional.ofNullable((java.util.Map<java.lang.String, java.lang.String>)(software.amazon.jsii.Kernel.get(this, "optionsInput", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableMap).orElse(null);
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getCas() {
        return software.amazon.jsii.Kernel.get(this, "cas", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setCas(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "cas", java.util.Objects.requireNonNull(value, "cas is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getDataJson() {
        return software.amazon.jsii.Kernel.get(this, "dataJson", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setDataJson(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "dataJson", java.util.Objects.requireNonNull(value, "dataJson is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getDeleteAllVersions() {
        return software.amazon.jsii.Kernel.get(this, "deleteAllVersions", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setDeleteAllVersions(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "deleteAllVersions", java.util.Objects.requireNonNull(value, "deleteAllVersions is required"));
    }

    public void setDeleteAllVersions(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "deleteAllVersions", java.util.Objects.requireNonNull(value, "deleteAllVersions is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getDisableRead() {
        return software.amazon.jsii.Kernel.get(this, "disableRead", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setDisableRead(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "disableRead", java.util.Objects.requireNonNull(value, "disableRead is required"));
    }

    public void setDisableRead(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "disableRead", java.util.Objects.requireNonNull(value, "disableRead is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "id", java.util.Objects.requireNonNull(value, "id is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getMount() {
        return software.amazon.jsii.Kernel.get(this, "mount", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setMount(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "mount", java.util.Objects.requireNonNull(value, "mount is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getName() {
        return software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setName(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "name", java.util.Objects.requireNonNull(value, "name is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getNamespace() {
        return software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setNamespace(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "namespace", java.util.Objects.requireNonNull(value, "namespace is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> getOptions() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.get(this, "options", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setOptions(final @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "options", java.util.Objects.requireNonNull(value, "options is required"));
    }

    /**
     * A fluent builder for {@link imports.vault.kv_secret_v2.KvSecretV2}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.vault.kv_secret_v2.KvSecretV2> {
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
        private final imports.vault.kv_secret_v2.KvSecretV2Config.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.vault.kv_secret_v2.KvSecretV2Config.Builder();
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
         * JSON-encoded secret data to write.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#data_json KvSecretV2#data_json}
         * <p>
         * @return {@code this}
         * @param dataJson JSON-encoded secret data to write. This parameter is required.
         */
        public Builder dataJson(final java.lang.String dataJson) {
            this.config.dataJson(dataJson);
            return this;
        }

        /**
         * Path where KV-V2 engine is mounted.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#mount KvSecretV2#mount}
         * <p>
         * @return {@code this}
         * @param mount Path where KV-V2 engine is mounted. This parameter is required.
         */
        public Builder mount(final java.lang.String mount) {
            this.config.mount(mount);
            return this;
        }

        /**
         * Full name of the secret.
         * <p>
         * For a nested secret, the name is the nested path excluding the mount and data prefix. For example, for a secret at 'kvv2/data/foo/bar/baz', the name is 'foo/bar/baz'
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#name KvSecretV2#name}
         * <p>
         * @return {@code this}
         * @param name Full name of the secret. This parameter is required.
         */
        public Builder name(final java.lang.String name) {
            this.config.name(name);
            return this;
        }

        /**
         * This flag is required if cas_required is set to true on either the secret or the engine's config.
         * <p>
         * In order for a write to be successful, cas must be set to the current version of the secret.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#cas KvSecretV2#cas}
         * <p>
         * @return {@code this}
         * @param cas This flag is required if cas_required is set to true on either the secret or the engine's config. This parameter is required.
         */
        public Builder cas(final java.lang.Number cas) {
            this.config.cas(cas);
            return this;
        }

        /**
         * custom_metadata block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#custom_metadata KvSecretV2#custom_metadata}
         * <p>
         * @return {@code this}
         * @param customMetadata custom_metadata block. This parameter is required.
         */
        public Builder customMetadata(final imports.vault.kv_secret_v2.KvSecretV2CustomMetadata customMetadata) {
            this.config.customMetadata(customMetadata);
            return this;
        }

        /**
         * If set to true, permanently deletes all versions for the specified key.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#delete_all_versions KvSecretV2#delete_all_versions}
         * <p>
         * @return {@code this}
         * @param deleteAllVersions If set to true, permanently deletes all versions for the specified key. This parameter is required.
         */
        public Builder deleteAllVersions(final java.lang.Boolean deleteAllVersions) {
            this.config.deleteAllVersions(deleteAllVersions);
            return this;
        }
        /**
         * If set to true, permanently deletes all versions for the specified key.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#delete_all_versions KvSecretV2#delete_all_versions}
         * <p>
         * @return {@code this}
         * @param deleteAllVersions If set to true, permanently deletes all versions for the specified key. This parameter is required.
         */
        public Builder deleteAllVersions(final com.hashicorp.cdktf.IResolvable deleteAllVersions) {
            this.config.deleteAllVersions(deleteAllVersions);
            return this;
        }

        /**
         * If set to true, disables reading secret from Vault; note: drift won't be detected.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#disable_read KvSecretV2#disable_read}
         * <p>
         * @return {@code this}
         * @param disableRead If set to true, disables reading secret from Vault; note: drift won't be detected. This parameter is required.
         */
        public Builder disableRead(final java.lang.Boolean disableRead) {
            this.config.disableRead(disableRead);
            return this;
        }
        /**
         * If set to true, disables reading secret from Vault; note: drift won't be detected.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#disable_read KvSecretV2#disable_read}
         * <p>
         * @return {@code this}
         * @param disableRead If set to true, disables reading secret from Vault; note: drift won't be detected. This parameter is required.
         */
        public Builder disableRead(final com.hashicorp.cdktf.IResolvable disableRead) {
            this.config.disableRead(disableRead);
            return this;
        }

        /**
         * The ID of this resource.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#id KvSecretV2#id}
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
         * Target namespace. (requires Enterprise).
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#namespace KvSecretV2#namespace}
         * <p>
         * @return {@code this}
         * @param namespace Target namespace. (requires Enterprise). This parameter is required.
         */
        public Builder namespace(final java.lang.String namespace) {
            this.config.namespace(namespace);
            return this;
        }

        /**
         * An object that holds option settings.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#options KvSecretV2#options}
         * <p>
         * @return {@code this}
         * @param options An object that holds option settings. This parameter is required.
         */
        public Builder options(final java.util.Map<java.lang.String, java.lang.String> options) {
            this.config.options(options);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.vault.kv_secret_v2.KvSecretV2}.
         */
        @Override
        public imports.vault.kv_secret_v2.KvSecretV2 build() {
            return new imports.vault.kv_secret_v2.KvSecretV2(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
