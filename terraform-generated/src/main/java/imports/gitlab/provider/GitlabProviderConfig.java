package imports.gitlab.provider;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.provider.GitlabProviderConfig")
@software.amazon.jsii.Jsii.Proxy(GitlabProviderConfig.Jsii$Proxy.class)
public interface GitlabProviderConfig extends software.amazon.jsii.JsiiSerializable {

    /**
     * Alias name.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#alias GitlabProvider#alias}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAlias() {
        return null;
    }

    /**
     * This is the target GitLab base API endpoint.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#base_url GitlabProvider#base_url}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBaseUrl() {
        return null;
    }

    /**
     * This is a file containing the ca cert to verify the gitlab instance.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#cacert_file GitlabProvider#cacert_file}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCacertFile() {
        return null;
    }

    /**
     * Check the token against GitLab when the provider is configured.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#early_auth_check GitlabProvider#early_auth_check}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getEarlyAuthCheck() {
        return null;
    }

    /**
     * When set to true this disables SSL verification of the connection to the GitLab instance.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#insecure GitlabProvider#insecure}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getInsecure() {
        return null;
    }

    /**
     * The OAuth2 Token, Project, Group, Personal Access Token or CI Job Token used to connect to GitLab.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#token GitlabProvider#token}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getToken() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link GitlabProviderConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link GitlabProviderConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<GitlabProviderConfig> {
        java.lang.String alias;
        java.lang.String baseUrl;
        java.lang.String cacertFile;
        java.lang.Object earlyAuthCheck;
        java.lang.Object insecure;
        java.lang.String token;

        /**
         * Sets the value of {@link GitlabProviderConfig#getAlias}
         * @param alias Alias name.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#alias GitlabProvider#alias}
         * @return {@code this}
         */
        public Builder alias(java.lang.String alias) {
            this.alias = alias;
            return this;
        }

        /**
         * Sets the value of {@link GitlabProviderConfig#getBaseUrl}
         * @param baseUrl This is the target GitLab base API endpoint.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#base_url GitlabProvider#base_url}
         * @return {@code this}
         */
        public Builder baseUrl(java.lang.String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Sets the value of {@link GitlabProviderConfig#getCacertFile}
         * @param cacertFile This is a file containing the ca cert to verify the gitlab instance.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#cacert_file GitlabProvider#cacert_file}
         * @return {@code this}
         */
        public Builder cacertFile(java.lang.String cacertFile) {
            this.cacertFile = cacertFile;
            return this;
        }

        /**
         * Sets the value of {@link GitlabProviderConfig#getEarlyAuthCheck}
         * @param earlyAuthCheck Check the token against GitLab when the provider is configured.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#early_auth_check GitlabProvider#early_auth_check}
         * @return {@code this}
         */
        public Builder earlyAuthCheck(java.lang.Boolean earlyAuthCheck) {
            this.earlyAuthCheck = earlyAuthCheck;
            return this;
        }

        /**
         * Sets the value of {@link GitlabProviderConfig#getEarlyAuthCheck}
         * @param earlyAuthCheck Check the token against GitLab when the provider is configured.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#early_auth_check GitlabProvider#early_auth_check}
         * @return {@code this}
         */
        public Builder earlyAuthCheck(com.hashicorp.cdktf.IResolvable earlyAuthCheck) {
            this.earlyAuthCheck = earlyAuthCheck;
            return this;
        }

        /**
         * Sets the value of {@link GitlabProviderConfig#getInsecure}
         * @param insecure When set to true this disables SSL verification of the connection to the GitLab instance.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#insecure GitlabProvider#insecure}
         * @return {@code this}
         */
        public Builder insecure(java.lang.Boolean insecure) {
            this.insecure = insecure;
            return this;
        }

        /**
         * Sets the value of {@link GitlabProviderConfig#getInsecure}
         * @param insecure When set to true this disables SSL verification of the connection to the GitLab instance.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#insecure GitlabProvider#insecure}
         * @return {@code this}
         */
        public Builder insecure(com.hashicorp.cdktf.IResolvable insecure) {
            this.insecure = insecure;
            return this;
        }

        /**
         * Sets the value of {@link GitlabProviderConfig#getToken}
         * @param token The OAuth2 Token, Project, Group, Personal Access Token or CI Job Token used to connect to GitLab.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs#token GitlabProvider#token}
         * @return {@code this}
         */
        public Builder token(java.lang.String token) {
            this.token = token;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link GitlabProviderConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public GitlabProviderConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link GitlabProviderConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements GitlabProviderConfig {
        private final java.lang.String alias;
        private final java.lang.String baseUrl;
        private final java.lang.String cacertFile;
        private final java.lang.Object earlyAuthCheck;
        private final java.lang.Object insecure;
        private final java.lang.String token;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.alias = software.amazon.jsii.Kernel.get(this, "alias", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.baseUrl = software.amazon.jsii.Kernel.get(this, "baseUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.cacertFile = software.amazon.jsii.Kernel.get(this, "cacertFile", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.earlyAuthCheck = software.amazon.jsii.Kernel.get(this, "earlyAuthCheck", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.insecure = software.amazon.jsii.Kernel.get(this, "insecure", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.token = software.amazon.jsii.Kernel.get(this, "token", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.alias = builder.alias;
            this.baseUrl = builder.baseUrl;
            this.cacertFile = builder.cacertFile;
            this.earlyAuthCheck = builder.earlyAuthCheck;
            this.insecure = builder.insecure;
            this.token = builder.token;
        }

        @Override
        public final java.lang.String getAlias() {
            return this.alias;
        }

        @Override
        public final java.lang.String getBaseUrl() {
            return this.baseUrl;
        }

        @Override
        public final java.lang.String getCacertFile() {
            return this.cacertFile;
        }

        @Override
        public final java.lang.Object getEarlyAuthCheck() {
            return this.earlyAuthCheck;
        }

        @Override
        public final java.lang.Object getInsecure() {
            return this.insecure;
        }

        @Override
        public final java.lang.String getToken() {
            return this.token;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAlias() != null) {
                data.set("alias", om.valueToTree(this.getAlias()));
            }
            if (this.getBaseUrl() != null) {
                data.set("baseUrl", om.valueToTree(this.getBaseUrl()));
            }
            if (this.getCacertFile() != null) {
                data.set("cacertFile", om.valueToTree(this.getCacertFile()));
            }
            if (this.getEarlyAuthCheck() != null) {
                data.set("earlyAuthCheck", om.valueToTree(this.getEarlyAuthCheck()));
            }
            if (this.getInsecure() != null) {
                data.set("insecure", om.valueToTree(this.getInsecure()));
            }
            if (this.getToken() != null) {
                data.set("token", om.valueToTree(this.getToken()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gitlab.provider.GitlabProviderConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            GitlabProviderConfig.Jsii$Proxy that = (GitlabProviderConfig.Jsii$Proxy) o;

            if (this.alias != null ? !this.alias.equals(that.alias) : that.alias != null) return false;
            if (this.baseUrl != null ? !this.baseUrl.equals(that.baseUrl) : that.baseUrl != null) return false;
            if (this.cacertFile != null ? !this.cacertFile.equals(that.cacertFile) : that.cacertFile != null) return false;
            if (this.earlyAuthCheck != null ? !this.earlyAuthCheck.equals(that.earlyAuthCheck) : that.earlyAuthCheck != null) return false;
            if (this.insecure != null ? !this.insecure.equals(that.insecure) : that.insecure != null) return false;
            return this.token != null ? this.token.equals(that.token) : that.token == null;
        }

        @Override
        public final int hashCode() {
            int result = this.alias != null ? this.alias.hashCode() : 0;
            result = 31 * result + (this.baseUrl != null ? this.baseUrl.hashCode() : 0);
            result = 31 * result + (this.cacertFile != null ? this.cacertFile.hashCode() : 0);
            result = 31 * result + (this.earlyAuthCheck != null ? this.earlyAuthCheck.hashCode() : 0);
            result = 31 * result + (this.insecure != null ? this.insecure.hashCode() : 0);
            result = 31 * result + (this.token != null ? this.token.hashCode() : 0);
            return result;
        }
    }
}
