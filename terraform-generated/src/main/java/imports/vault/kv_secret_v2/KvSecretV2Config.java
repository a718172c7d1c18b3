package imports.vault.kv_secret_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.kvSecretV2.KvSecretV2Config")
@software.amazon.jsii.Jsii.Proxy(KvSecretV2Config.Jsii$Proxy.class)
public interface KvSecretV2Config extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * JSON-encoded secret data to write.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#data_json KvSecretV2#data_json}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getDataJson();

    /**
     * Path where KV-V2 engine is mounted.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#mount KvSecretV2#mount}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getMount();

    /**
     * Full name of the secret.
     * <p>
     * For a nested secret, the name is the nested path excluding the mount and data prefix. For example, for a secret at 'kvv2/data/foo/bar/baz', the name is 'foo/bar/baz'
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#name KvSecretV2#name}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * This flag is required if cas_required is set to true on either the secret or the engine's config.
     * <p>
     * In order for a write to be successful, cas must be set to the current version of the secret.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#cas KvSecretV2#cas}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getCas() {
        return null;
    }

    /**
     * custom_metadata block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#custom_metadata KvSecretV2#custom_metadata}
     */
    default @org.jetbrains.annotations.Nullable imports.vault.kv_secret_v2.KvSecretV2CustomMetadata getCustomMetadata() {
        return null;
    }

    /**
     * If set to true, permanently deletes all versions for the specified key.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#delete_all_versions KvSecretV2#delete_all_versions}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getDeleteAllVersions() {
        return null;
    }

    /**
     * If set to true, disables reading secret from Vault; note: drift won't be detected.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#disable_read KvSecretV2#disable_read}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getDisableRead() {
        return null;
    }

    /**
     * The ID of this resource.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#id KvSecretV2#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * Target namespace. (requires Enterprise).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#namespace KvSecretV2#namespace}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return null;
    }

    /**
     * An object that holds option settings.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#options KvSecretV2#options}
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getOptions() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link KvSecretV2Config}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link KvSecretV2Config}
     */
    public static final class Builder implements software.amazon.jsii.Builder<KvSecretV2Config> {
        java.lang.String dataJson;
        java.lang.String mount;
        java.lang.String name;
        java.lang.Number cas;
        imports.vault.kv_secret_v2.KvSecretV2CustomMetadata customMetadata;
        java.lang.Object deleteAllVersions;
        java.lang.Object disableRead;
        java.lang.String id;
        java.lang.String namespace;
        java.util.Map<java.lang.String, java.lang.String> options;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link KvSecretV2Config#getDataJson}
         * @param dataJson JSON-encoded secret data to write. This parameter is required.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#data_json KvSecretV2#data_json}
         * @return {@code this}
         */
        public Builder dataJson(java.lang.String dataJson) {
            this.dataJson = dataJson;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getMount}
         * @param mount Path where KV-V2 engine is mounted. This parameter is required.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#mount KvSecretV2#mount}
         * @return {@code this}
         */
        public Builder mount(java.lang.String mount) {
            this.mount = mount;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getName}
         * @param name Full name of the secret. This parameter is required.
         *             For a nested secret, the name is the nested path excluding the mount and data prefix. For example, for a secret at 'kvv2/data/foo/bar/baz', the name is 'foo/bar/baz'
         *             
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#name KvSecretV2#name}
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getCas}
         * @param cas This flag is required if cas_required is set to true on either the secret or the engine's config.
         *            In order for a write to be successful, cas must be set to the current version of the secret.
         *            
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#cas KvSecretV2#cas}
         * @return {@code this}
         */
        public Builder cas(java.lang.Number cas) {
            this.cas = cas;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getCustomMetadata}
         * @param customMetadata custom_metadata block.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#custom_metadata KvSecretV2#custom_metadata}
         * @return {@code this}
         */
        public Builder customMetadata(imports.vault.kv_secret_v2.KvSecretV2CustomMetadata customMetadata) {
            this.customMetadata = customMetadata;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getDeleteAllVersions}
         * @param deleteAllVersions If set to true, permanently deletes all versions for the specified key.
         *                          Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#delete_all_versions KvSecretV2#delete_all_versions}
         * @return {@code this}
         */
        public Builder deleteAllVersions(java.lang.Boolean deleteAllVersions) {
            this.deleteAllVersions = deleteAllVersions;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getDeleteAllVersions}
         * @param deleteAllVersions If set to true, permanently deletes all versions for the specified key.
         *                          Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#delete_all_versions KvSecretV2#delete_all_versions}
         * @return {@code this}
         */
        public Builder deleteAllVersions(com.hashicorp.cdktf.IResolvable deleteAllVersions) {
            this.deleteAllVersions = deleteAllVersions;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getDisableRead}
         * @param disableRead If set to true, disables reading secret from Vault; note: drift won't be detected.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#disable_read KvSecretV2#disable_read}
         * @return {@code this}
         */
        public Builder disableRead(java.lang.Boolean disableRead) {
            this.disableRead = disableRead;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getDisableRead}
         * @param disableRead If set to true, disables reading secret from Vault; note: drift won't be detected.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#disable_read KvSecretV2#disable_read}
         * @return {@code this}
         */
        public Builder disableRead(com.hashicorp.cdktf.IResolvable disableRead) {
            this.disableRead = disableRead;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getId}
         * @param id The ID of this resource.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#id KvSecretV2#id}
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
         * Sets the value of {@link KvSecretV2Config#getNamespace}
         * @param namespace Target namespace. (requires Enterprise).
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#namespace KvSecretV2#namespace}
         * @return {@code this}
         */
        public Builder namespace(java.lang.String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getOptions}
         * @param options An object that holds option settings.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#options KvSecretV2#options}
         * @return {@code this}
         */
        public Builder options(java.util.Map<java.lang.String, java.lang.String> options) {
            this.options = options;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getDependsOn}
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
         * Sets the value of {@link KvSecretV2Config#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2Config#getProvisioners}
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
         * @return a new instance of {@link KvSecretV2Config}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public KvSecretV2Config build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link KvSecretV2Config}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements KvSecretV2Config {
        private final java.lang.String dataJson;
        private final java.lang.String mount;
        private final java.lang.String name;
        private final java.lang.Number cas;
        private final imports.vault.kv_secret_v2.KvSecretV2CustomMetadata customMetadata;
        private final java.lang.Object deleteAllVersions;
        private final java.lang.Object disableRead;
        private final java.lang.String id;
        private final java.lang.String namespace;
        private final java.util.Map<java.lang.String, java.lang.String> options;
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
            this.dataJson = software.amazon.jsii.Kernel.get(this, "dataJson", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.mount = software.amazon.jsii.Kernel.get(this, "mount", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.cas = software.amazon.jsii.Kernel.get(this, "cas", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.customMetadata = software.amazon.jsii.Kernel.get(this, "customMetadata", software.amazon.jsii.NativeType.forClass(imports.vault.kv_secret_v2.KvSecretV2CustomMetadata.class));
            this.deleteAllVersions = software.amazon.jsii.Kernel.get(this, "deleteAllVersions", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.disableRead = software.amazon.jsii.Kernel.get(this, "disableRead", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.namespace = software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.options = software.amazon.jsii.Kernel.get(this, "options", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
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
            this.dataJson = java.util.Objects.requireNonNull(builder.dataJson, "dataJson is required");
            this.mount = java.util.Objects.requireNonNull(builder.mount, "mount is required");
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.cas = builder.cas;
            this.customMetadata = builder.customMetadata;
            this.deleteAllVersions = builder.deleteAllVersions;
            this.disableRead = builder.disableRead;
            this.id = builder.id;
            this.namespace = builder.namespace;
            this.options = builder.options;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.String getDataJson() {
            return this.dataJson;
        }

        @Override
        public final java.lang.String getMount() {
            return this.mount;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.Number getCas() {
            return this.cas;
        }

        @Override
        public final imports.vault.kv_secret_v2.KvSecretV2CustomMetadata getCustomMetadata() {
            return this.customMetadata;
        }

        @Override
        public final java.lang.Object getDeleteAllVersions() {
            return this.deleteAllVersions;
        }

        @Override
        public final java.lang.Object getDisableRead() {
            return this.disableRead;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.String getNamespace() {
            return this.namespace;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getOptions() {
            return this.options;
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

            data.set("dataJson", om.valueToTree(this.getDataJson()));
            data.set("mount", om.valueToTree(this.getMount()));
            data.set("name", om.valueToTree(this.getName()));
            if (this.getCas() != null) {
                data.set("cas", om.valueToTree(this.getCas()));
            }
            if (this.getCustomMetadata() != null) {
                data.set("customMetadata", om.valueToTree(this.getCustomMetadata()));
            }
            if (this.getDeleteAllVersions() != null) {
                data.set("deleteAllVersions", om.valueToTree(this.getDeleteAllVersions()));
            }
            if (this.getDisableRead() != null) {
                data.set("disableRead", om.valueToTree(this.getDisableRead()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getNamespace() != null) {
                data.set("namespace", om.valueToTree(this.getNamespace()));
            }
            if (this.getOptions() != null) {
                data.set("options", om.valueToTree(this.getOptions()));
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
            struct.set("fqn", om.valueToTree("vault.kvSecretV2.KvSecretV2Config"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            KvSecretV2Config.Jsii$Proxy that = (KvSecretV2Config.Jsii$Proxy) o;

            if (!dataJson.equals(that.dataJson)) return false;
            if (!mount.equals(that.mount)) return false;
            if (!name.equals(that.name)) return false;
            if (this.cas != null ? !this.cas.equals(that.cas) : that.cas != null) return false;
            if (this.customMetadata != null ? !this.customMetadata.equals(that.customMetadata) : that.customMetadata != null) return false;
            if (this.deleteAllVersions != null ? !this.deleteAllVersions.equals(that.deleteAllVersions) : that.deleteAllVersions != null) return false;
            if (this.disableRead != null ? !this.disableRead.equals(that.disableRead) : that.disableRead != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.namespace != null ? !this.namespace.equals(that.namespace) : that.namespace != null) return false;
            if (this.options != null ? !this.options.equals(that.options) : that.options != null) return false;
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
            int result = this.dataJson.hashCode();
            result = 31 * result + (this.mount.hashCode());
            result = 31 * result + (this.name.hashCode());
            result = 31 * result + (this.cas != null ? this.cas.hashCode() : 0);
            result = 31 * result + (this.customMetadata != null ? this.customMetadata.hashCode() : 0);
            result = 31 * result + (this.deleteAllVersions != null ? this.deleteAllVersions.hashCode() : 0);
            result = 31 * result + (this.disableRead != null ? this.disableRead.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.namespace != null ? this.namespace.hashCode() : 0);
            result = 31 * result + (this.options != null ? this.options.hashCode() : 0);
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
