package imports.vault.kv_secret_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.kvSecretV2.KvSecretV2CustomMetadata")
@software.amazon.jsii.Jsii.Proxy(KvSecretV2CustomMetadata.Jsii$Proxy.class)
public interface KvSecretV2CustomMetadata extends software.amazon.jsii.JsiiSerializable {

    /**
     * If true, all keys will require the cas parameter to be set on all write requests.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#cas_required KvSecretV2#cas_required}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getCasRequired() {
        return null;
    }

    /**
     * A map of arbitrary string to string valued user-provided metadata meant to describe the secret.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#data KvSecretV2#data}
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getData() {
        return null;
    }

    /**
     * If set, specifies the length of time before a version is deleted.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#delete_version_after KvSecretV2#delete_version_after}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getDeleteVersionAfter() {
        return null;
    }

    /**
     * The number of versions to keep per key.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#max_versions KvSecretV2#max_versions}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxVersions() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link KvSecretV2CustomMetadata}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link KvSecretV2CustomMetadata}
     */
    public static final class Builder implements software.amazon.jsii.Builder<KvSecretV2CustomMetadata> {
        java.lang.Object casRequired;
        java.util.Map<java.lang.String, java.lang.String> data;
        java.lang.Number deleteVersionAfter;
        java.lang.Number maxVersions;

        /**
         * Sets the value of {@link KvSecretV2CustomMetadata#getCasRequired}
         * @param casRequired If true, all keys will require the cas parameter to be set on all write requests.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#cas_required KvSecretV2#cas_required}
         * @return {@code this}
         */
        public Builder casRequired(java.lang.Boolean casRequired) {
            this.casRequired = casRequired;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2CustomMetadata#getCasRequired}
         * @param casRequired If true, all keys will require the cas parameter to be set on all write requests.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#cas_required KvSecretV2#cas_required}
         * @return {@code this}
         */
        public Builder casRequired(com.hashicorp.cdktf.IResolvable casRequired) {
            this.casRequired = casRequired;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2CustomMetadata#getData}
         * @param data A map of arbitrary string to string valued user-provided metadata meant to describe the secret.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#data KvSecretV2#data}
         * @return {@code this}
         */
        public Builder data(java.util.Map<java.lang.String, java.lang.String> data) {
            this.data = data;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2CustomMetadata#getDeleteVersionAfter}
         * @param deleteVersionAfter If set, specifies the length of time before a version is deleted.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#delete_version_after KvSecretV2#delete_version_after}
         * @return {@code this}
         */
        public Builder deleteVersionAfter(java.lang.Number deleteVersionAfter) {
            this.deleteVersionAfter = deleteVersionAfter;
            return this;
        }

        /**
         * Sets the value of {@link KvSecretV2CustomMetadata#getMaxVersions}
         * @param maxVersions The number of versions to keep per key.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/kv_secret_v2#max_versions KvSecretV2#max_versions}
         * @return {@code this}
         */
        public Builder maxVersions(java.lang.Number maxVersions) {
            this.maxVersions = maxVersions;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link KvSecretV2CustomMetadata}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public KvSecretV2CustomMetadata build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link KvSecretV2CustomMetadata}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements KvSecretV2CustomMetadata {
        private final java.lang.Object casRequired;
        private final java.util.Map<java.lang.String, java.lang.String> data;
        private final java.lang.Number deleteVersionAfter;
        private final java.lang.Number maxVersions;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.casRequired = software.amazon.jsii.Kernel.get(this, "casRequired", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.data = software.amazon.jsii.Kernel.get(this, "data", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.deleteVersionAfter = software.amazon.jsii.Kernel.get(this, "deleteVersionAfter", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.maxVersions = software.amazon.jsii.Kernel.get(this, "maxVersions", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.casRequired = builder.casRequired;
            this.data = builder.data;
            this.deleteVersionAfter = builder.deleteVersionAfter;
            this.maxVersions = builder.maxVersions;
        }

        @Override
        public final java.lang.Object getCasRequired() {
            return this.casRequired;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getData() {
            return this.data;
        }

        @Override
        public final java.lang.Number getDeleteVersionAfter() {
            return this.deleteVersionAfter;
        }

        @Override
        public final java.lang.Number getMaxVersions() {
            return this.maxVersions;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getCasRequired() != null) {
                data.set("casRequired", om.valueToTree(this.getCasRequired()));
            }
            if (this.getData() != null) {
                data.set("data", om.valueToTree(this.getData()));
            }
            if (this.getDeleteVersionAfter() != null) {
                data.set("deleteVersionAfter", om.valueToTree(this.getDeleteVersionAfter()));
            }
            if (this.getMaxVersions() != null) {
                data.set("maxVersions", om.valueToTree(this.getMaxVersions()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("vault.kvSecretV2.KvSecretV2CustomMetadata"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            KvSecretV2CustomMetadata.Jsii$Proxy that = (KvSecretV2CustomMetadata.Jsii$Proxy) o;

            if (this.casRequired != null ? !this.casRequired.equals(that.casRequired) : that.casRequired != null) return false;
            if (this.data != null ? !this.data.equals(that.data) : that.data != null) return false;
            if (this.deleteVersionAfter != null ? !this.deleteVersionAfter.equals(that.deleteVersionAfter) : that.deleteVersionAfter != null) return false;
            return this.maxVersions != null ? this.maxVersions.equals(that.maxVersions) : that.maxVersions == null;
        }

        @Override
        public final int hashCode() {
            int result = this.casRequired != null ? this.casRequired.hashCode() : 0;
            result = 31 * result + (this.data != null ? this.data.hashCode() : 0);
            result = 31 * result + (this.deleteVersionAfter != null ? this.deleteVersionAfter.hashCode() : 0);
            result = 31 * result + (this.maxVersions != null ? this.maxVersions.hashCode() : 0);
            return result;
        }
    }
}
