package imports.vault.provider;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.provider.VaultProviderConfig")
@software.amazon.jsii.Jsii.Proxy(VaultProviderConfig.Jsii$Proxy.class)
public interface VaultProviderConfig extends software.amazon.jsii.JsiiSerializable {

    /**
     * If true, adds the value of the <code>address</code> argument to the Terraform process environment.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#add_address_to_env VaultProvider#add_address_to_env}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAddAddressToEnv() {
        return null;
    }

    /**
     * URL of the root of the target Vault server.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#address VaultProvider#address}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAddress() {
        return null;
    }

    /**
     * Alias name.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#alias VaultProvider#alias}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAlias() {
        return null;
    }

    /**
     * Path to a CA certificate file to validate the server's certificate.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#ca_cert_file VaultProvider#ca_cert_file}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCaCertFile() {
        return null;
    }

    /**
     * Maximum TTL for secret leases requested by this provider.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#max_lease_ttl_seconds VaultProvider#max_lease_ttl_seconds}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxLeaseTtlSeconds() {
        return null;
    }

    /**
     * Maximum number of retries when a 5xx error code is encountered.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#max_retries VaultProvider#max_retries}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxRetries() {
        return null;
    }

    /**
     * The namespace to use. Available only for Vault Enterprise.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#namespace VaultProvider#namespace}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return null;
    }

    /**
     * Set this to true to prevent the creation of ephemeral child token used by this provider.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_child_token VaultProvider#skip_child_token}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getSkipChildToken() {
        return null;
    }

    /**
     * Set this to true only if the target Vault server is an insecure development instance.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_tls_verify VaultProvider#skip_tls_verify}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getSkipTlsVerify() {
        return null;
    }

    /**
     * Token to use to authenticate to Vault.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#token VaultProvider#token}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getToken() {
        return null;
    }

    /**
     * Token name to use for creating the Vault child token.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#token_name VaultProvider#token_name}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTokenName() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link VaultProviderConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link VaultProviderConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<VaultProviderConfig> {
        java.lang.String addAddressToEnv;
        java.lang.String address;
        java.lang.String alias;
        java.lang.String caCertFile;
        java.lang.Number maxLeaseTtlSeconds;
        java.lang.Number maxRetries;
        java.lang.String namespace;
        java.lang.Object skipChildToken;
        java.lang.Object skipTlsVerify;
        java.lang.String token;
        java.lang.String tokenName;

        /**
         * Sets the value of {@link VaultProviderConfig#getAddAddressToEnv}
         * @param addAddressToEnv If true, adds the value of the <code>address</code> argument to the Terraform process environment.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#add_address_to_env VaultProvider#add_address_to_env}
         * @return {@code this}
         */
        public Builder addAddressToEnv(java.lang.String addAddressToEnv) {
            this.addAddressToEnv = addAddressToEnv;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getAddress}
         * @param address URL of the root of the target Vault server.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#address VaultProvider#address}
         * @return {@code this}
         */
        public Builder address(java.lang.String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getAlias}
         * @param alias Alias name.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#alias VaultProvider#alias}
         * @return {@code this}
         */
        public Builder alias(java.lang.String alias) {
            this.alias = alias;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getCaCertFile}
         * @param caCertFile Path to a CA certificate file to validate the server's certificate.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#ca_cert_file VaultProvider#ca_cert_file}
         * @return {@code this}
         */
        public Builder caCertFile(java.lang.String caCertFile) {
            this.caCertFile = caCertFile;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getMaxLeaseTtlSeconds}
         * @param maxLeaseTtlSeconds Maximum TTL for secret leases requested by this provider.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#max_lease_ttl_seconds VaultProvider#max_lease_ttl_seconds}
         * @return {@code this}
         */
        public Builder maxLeaseTtlSeconds(java.lang.Number maxLeaseTtlSeconds) {
            this.maxLeaseTtlSeconds = maxLeaseTtlSeconds;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getMaxRetries}
         * @param maxRetries Maximum number of retries when a 5xx error code is encountered.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#max_retries VaultProvider#max_retries}
         * @return {@code this}
         */
        public Builder maxRetries(java.lang.Number maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getNamespace}
         * @param namespace The namespace to use. Available only for Vault Enterprise.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#namespace VaultProvider#namespace}
         * @return {@code this}
         */
        public Builder namespace(java.lang.String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getSkipChildToken}
         * @param skipChildToken Set this to true to prevent the creation of ephemeral child token used by this provider.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_child_token VaultProvider#skip_child_token}
         * @return {@code this}
         */
        public Builder skipChildToken(java.lang.Boolean skipChildToken) {
            this.skipChildToken = skipChildToken;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getSkipChildToken}
         * @param skipChildToken Set this to true to prevent the creation of ephemeral child token used by this provider.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_child_token VaultProvider#skip_child_token}
         * @return {@code this}
         */
        public Builder skipChildToken(com.hashicorp.cdktf.IResolvable skipChildToken) {
            this.skipChildToken = skipChildToken;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getSkipTlsVerify}
         * @param skipTlsVerify Set this to true only if the target Vault server is an insecure development instance.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_tls_verify VaultProvider#skip_tls_verify}
         * @return {@code this}
         */
        public Builder skipTlsVerify(java.lang.Boolean skipTlsVerify) {
            this.skipTlsVerify = skipTlsVerify;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getSkipTlsVerify}
         * @param skipTlsVerify Set this to true only if the target Vault server is an insecure development instance.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#skip_tls_verify VaultProvider#skip_tls_verify}
         * @return {@code this}
         */
        public Builder skipTlsVerify(com.hashicorp.cdktf.IResolvable skipTlsVerify) {
            this.skipTlsVerify = skipTlsVerify;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getToken}
         * @param token Token to use to authenticate to Vault.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#token VaultProvider#token}
         * @return {@code this}
         */
        public Builder token(java.lang.String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets the value of {@link VaultProviderConfig#getTokenName}
         * @param tokenName Token name to use for creating the Vault child token.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs#token_name VaultProvider#token_name}
         * @return {@code this}
         */
        public Builder tokenName(java.lang.String tokenName) {
            this.tokenName = tokenName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link VaultProviderConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public VaultProviderConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link VaultProviderConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements VaultProviderConfig {
        private final java.lang.String addAddressToEnv;
        private final java.lang.String address;
        private final java.lang.String alias;
        private final java.lang.String caCertFile;
        private final java.lang.Number maxLeaseTtlSeconds;
        private final java.lang.Number maxRetries;
        private final java.lang.String namespace;
        private final java.lang.Object skipChildToken;
        private final java.lang.Object skipTlsVerify;
        private final java.lang.String token;
        private final java.lang.String tokenName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.addAddressToEnv = software.amazon.jsii.Kernel.get(this, "addAddressToEnv", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.address = software.amazon.jsii.Kernel.get(this, "address", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.alias = software.amazon.jsii.Kernel.get(this, "alias", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.caCertFile = software.amazon.jsii.Kernel.get(this, "caCertFile", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.maxLeaseTtlSeconds = software.amazon.jsii.Kernel.get(this, "maxLeaseTtlSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.maxRetries = software.amazon.jsii.Kernel.get(this, "maxRetries", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.namespace = software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.skipChildToken = software.amazon.jsii.Kernel.get(this, "skipChildToken", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.skipTlsVerify = software.amazon.jsii.Kernel.get(this, "skipTlsVerify", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.token = software.amazon.jsii.Kernel.get(this, "token", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.tokenName = software.amazon.jsii.Kernel.get(this, "tokenName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.addAddressToEnv = builder.addAddressToEnv;
            this.address = builder.address;
            this.alias = builder.alias;
            this.caCertFile = builder.caCertFile;
            this.maxLeaseTtlSeconds = builder.maxLeaseTtlSeconds;
            this.maxRetries = builder.maxRetries;
            this.namespace = builder.namespace;
            this.skipChildToken = builder.skipChildToken;
            this.skipTlsVerify = builder.skipTlsVerify;
            this.token = builder.token;
            this.tokenName = builder.tokenName;
        }

        @Override
        public final java.lang.String getAddAddressToEnv() {
            return this.addAddressToEnv;
        }

        @Override
        public final java.lang.String getAddress() {
            return this.address;
        }

        @Override
        public final java.lang.String getAlias() {
            return this.alias;
        }

        @Override
        public final java.lang.String getCaCertFile() {
            return this.caCertFile;
        }

        @Override
        public final java.lang.Number getMaxLeaseTtlSeconds() {
            return this.maxLeaseTtlSeconds;
        }

        @Override
        public final java.lang.Number getMaxRetries() {
            return this.maxRetries;
        }

        @Override
        public final java.lang.String getNamespace() {
            return this.namespace;
        }

        @Override
        public final java.lang.Object getSkipChildToken() {
            return this.skipChildToken;
        }

        @Override
        public final java.lang.Object getSkipTlsVerify() {
            return this.skipTlsVerify;
        }

        @Override
        public final java.lang.String getToken() {
            return this.token;
        }

        @Override
        public final java.lang.String getTokenName() {
            return this.tokenName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAddAddressToEnv() != null) {
                data.set("addAddressToEnv", om.valueToTree(this.getAddAddressToEnv()));
            }
            if (this.getAddress() != null) {
                data.set("address", om.valueToTree(this.getAddress()));
            }
            if (this.getAlias() != null) {
                data.set("alias", om.valueToTree(this.getAlias()));
            }
            if (this.getCaCertFile() != null) {
                data.set("caCertFile", om.valueToTree(this.getCaCertFile()));
            }
            if (this.getMaxLeaseTtlSeconds() != null) {
                data.set("maxLeaseTtlSeconds", om.valueToTree(this.getMaxLeaseTtlSeconds()));
            }
            if (this.getMaxRetries() != null) {
                data.set("maxRetries", om.valueToTree(this.getMaxRetries()));
            }
            if (this.getNamespace() != null) {
                data.set("namespace", om.valueToTree(this.getNamespace()));
            }
            if (this.getSkipChildToken() != null) {
                data.set("skipChildToken", om.valueToTree(this.getSkipChildToken()));
            }
            if (this.getSkipTlsVerify() != null) {
                data.set("skipTlsVerify", om.valueToTree(this.getSkipTlsVerify()));
            }
            if (this.getToken() != null) {
                data.set("token", om.valueToTree(this.getToken()));
            }
            if (this.getTokenName() != null) {
                data.set("tokenName", om.valueToTree(this.getTokenName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("vault.provider.VaultProviderConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            VaultProviderConfig.Jsii$Proxy that = (VaultProviderConfig.Jsii$Proxy) o;

            if (this.addAddressToEnv != null ? !this.addAddressToEnv.equals(that.addAddressToEnv) : that.addAddressToEnv != null) return false;
            if (this.address != null ? !this.address.equals(that.address) : that.address != null) return false;
            if (this.alias != null ? !this.alias.equals(that.alias) : that.alias != null) return false;
            if (this.caCertFile != null ? !this.caCertFile.equals(that.caCertFile) : that.caCertFile != null) return false;
            if (this.maxLeaseTtlSeconds != null ? !this.maxLeaseTtlSeconds.equals(that.maxLeaseTtlSeconds) : that.maxLeaseTtlSeconds != null) return false;
            if (this.maxRetries != null ? !this.maxRetries.equals(that.maxRetries) : that.maxRetries != null) return false;
            if (this.namespace != null ? !this.namespace.equals(that.namespace) : that.namespace != null) return false;
            if (this.skipChildToken != null ? !this.skipChildToken.equals(that.skipChildToken) : that.skipChildToken != null) return false;
            if (this.skipTlsVerify != null ? !this.skipTlsVerify.equals(that.skipTlsVerify) : that.skipTlsVerify != null) return false;
            if (this.token != null ? !this.token.equals(that.token) : that.token != null) return false;
            return this.tokenName != null ? this.tokenName.equals(that.tokenName) : that.tokenName == null;
        }

        @Override
        public final int hashCode() {
            int result = this.addAddressToEnv != null ? this.addAddressToEnv.hashCode() : 0;
            result = 31 * result + (this.address != null ? this.address.hashCode() : 0);
            result = 31 * result + (this.alias != null ? this.alias.hashCode() : 0);
            result = 31 * result + (this.caCertFile != null ? this.caCertFile.hashCode() : 0);
            result = 31 * result + (this.maxLeaseTtlSeconds != null ? this.maxLeaseTtlSeconds.hashCode() : 0);
            result = 31 * result + (this.maxRetries != null ? this.maxRetries.hashCode() : 0);
            result = 31 * result + (this.namespace != null ? this.namespace.hashCode() : 0);
            result = 31 * result + (this.skipChildToken != null ? this.skipChildToken.hashCode() : 0);
            result = 31 * result + (this.skipTlsVerify != null ? this.skipTlsVerify.hashCode() : 0);
            result = 31 * result + (this.token != null ? this.token.hashCode() : 0);
            result = 31 * result + (this.tokenName != null ? this.tokenName.hashCode() : 0);
            return result;
        }
    }
}
