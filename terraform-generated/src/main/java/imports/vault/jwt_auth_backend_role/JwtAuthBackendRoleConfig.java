package imports.vault.jwt_auth_backend_role;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.jwtAuthBackendRole.JwtAuthBackendRoleConfig")
@software.amazon.jsii.Jsii.Proxy(JwtAuthBackendRoleConfig.Jsii$Proxy.class)
public interface JwtAuthBackendRoleConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * Name of the role.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#role_name JwtAuthBackendRole#role_name}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getRoleName();

    /**
     * The claim to use to uniquely identify the user;
     * <p>
     * this will be used as the name for the Identity entity alias created due to a successful login.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim JwtAuthBackendRole#user_claim}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getUserClaim();

    /**
     * The list of allowed values for redirect_uri during OIDC logins.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#allowed_redirect_uris JwtAuthBackendRole#allowed_redirect_uris}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getAllowedRedirectUris() {
        return null;
    }

    /**
     * Unique name of the auth backend to configure.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#backend JwtAuthBackendRole#backend}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBackend() {
        return null;
    }

    /**
     * List of aud claims to match against. Any match is sufficient.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_audiences JwtAuthBackendRole#bound_audiences}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getBoundAudiences() {
        return null;
    }

    /**
     * Map of claims/values to match against. The expected value may be a single string or a comma-separated string list.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_claims JwtAuthBackendRole#bound_claims}
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getBoundClaims() {
        return null;
    }

    /**
     * How to interpret values in the claims/values map: can be either "string" (exact match) or "glob" (wildcard match).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_claims_type JwtAuthBackendRole#bound_claims_type}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBoundClaimsType() {
        return null;
    }

    /**
     * If set, requires that the sub claim matches this value.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_subject JwtAuthBackendRole#bound_subject}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBoundSubject() {
        return null;
    }

    /**
     * Map of claims (keys) to be copied to specified metadata fields (values).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#claim_mappings JwtAuthBackendRole#claim_mappings}
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getClaimMappings() {
        return null;
    }

    /**
     * The amount of leeway to add to all claims to account for clock skew, in seconds.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#clock_skew_leeway JwtAuthBackendRole#clock_skew_leeway}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getClockSkewLeeway() {
        return null;
    }

    /**
     * Disable bound claim value parsing. Useful when values contain commas.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#disable_bound_claims_parsing JwtAuthBackendRole#disable_bound_claims_parsing}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getDisableBoundClaimsParsing() {
        return null;
    }

    /**
     * The amount of leeway to add to expiration (exp) claims to account for clock skew, in seconds.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#expiration_leeway JwtAuthBackendRole#expiration_leeway}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getExpirationLeeway() {
        return null;
    }

    /**
     * The claim to use to uniquely identify the set of groups to which the user belongs.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#groups_claim JwtAuthBackendRole#groups_claim}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getGroupsClaim() {
        return null;
    }

    /**
     * The ID of this resource.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#id JwtAuthBackendRole#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * Specifies the allowable elapsed time in seconds since the last time the user was actively authenticated.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#max_age JwtAuthBackendRole#max_age}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxAge() {
        return null;
    }

    /**
     * Target namespace. (requires Enterprise).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#namespace JwtAuthBackendRole#namespace}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return null;
    }

    /**
     * The amount of leeway to add to not before (nbf) claims to account for clock skew, in seconds.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#not_before_leeway JwtAuthBackendRole#not_before_leeway}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getNotBeforeLeeway() {
        return null;
    }

    /**
     * List of OIDC scopes to be used with an OIDC role.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#oidc_scopes JwtAuthBackendRole#oidc_scopes}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getOidcScopes() {
        return null;
    }

    /**
     * Type of role, either "oidc" (default) or "jwt".
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#role_type JwtAuthBackendRole#role_type}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRoleType() {
        return null;
    }

    /**
     * Specifies the blocks of IP addresses which are allowed to use the generated token.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_bound_cidrs JwtAuthBackendRole#token_bound_cidrs}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getTokenBoundCidrs() {
        return null;
    }

    /**
     * Generated Token's Explicit Maximum TTL in seconds.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_explicit_max_ttl JwtAuthBackendRole#token_explicit_max_ttl}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTokenExplicitMaxTtl() {
        return null;
    }

    /**
     * The maximum lifetime of the generated token.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_max_ttl JwtAuthBackendRole#token_max_ttl}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTokenMaxTtl() {
        return null;
    }

    /**
     * If true, the 'default' policy will not automatically be added to generated tokens.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_no_default_policy JwtAuthBackendRole#token_no_default_policy}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getTokenNoDefaultPolicy() {
        return null;
    }

    /**
     * The maximum number of times a token may be used, a value of zero means unlimited.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_num_uses JwtAuthBackendRole#token_num_uses}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTokenNumUses() {
        return null;
    }

    /**
     * Generated Token's Period.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_period JwtAuthBackendRole#token_period}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTokenPeriod() {
        return null;
    }

    /**
     * Generated Token's Policies.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_policies JwtAuthBackendRole#token_policies}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getTokenPolicies() {
        return null;
    }

    /**
     * The initial ttl of the token to generate in seconds.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_ttl JwtAuthBackendRole#token_ttl}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTokenTtl() {
        return null;
    }

    /**
     * The type of token to generate, service or batch.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_type JwtAuthBackendRole#token_type}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTokenType() {
        return null;
    }

    /**
     * Specifies if the user_claim value uses JSON pointer syntax for referencing claims.
     * <p>
     * By default, the user_claim value will not use JSON pointer.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim_json_pointer JwtAuthBackendRole#user_claim_json_pointer}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getUserClaimJsonPointer() {
        return null;
    }

    /**
     * Log received OIDC tokens and claims when debug-level logging is active.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#verbose_oidc_logging JwtAuthBackendRole#verbose_oidc_logging}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getVerboseOidcLogging() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link JwtAuthBackendRoleConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link JwtAuthBackendRoleConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<JwtAuthBackendRoleConfig> {
        java.lang.String roleName;
        java.lang.String userClaim;
        java.util.List<java.lang.String> allowedRedirectUris;
        java.lang.String backend;
        java.util.List<java.lang.String> boundAudiences;
        java.util.Map<java.lang.String, java.lang.String> boundClaims;
        java.lang.String boundClaimsType;
        java.lang.String boundSubject;
        java.util.Map<java.lang.String, java.lang.String> claimMappings;
        java.lang.Number clockSkewLeeway;
        java.lang.Object disableBoundClaimsParsing;
        java.lang.Number expirationLeeway;
        java.lang.String groupsClaim;
        java.lang.String id;
        java.lang.Number maxAge;
        java.lang.String namespace;
        java.lang.Number notBeforeLeeway;
        java.util.List<java.lang.String> oidcScopes;
        java.lang.String roleType;
        java.util.List<java.lang.String> tokenBoundCidrs;
        java.lang.Number tokenExplicitMaxTtl;
        java.lang.Number tokenMaxTtl;
        java.lang.Object tokenNoDefaultPolicy;
        java.lang.Number tokenNumUses;
        java.lang.Number tokenPeriod;
        java.util.List<java.lang.String> tokenPolicies;
        java.lang.Number tokenTtl;
        java.lang.String tokenType;
        java.lang.Object userClaimJsonPointer;
        java.lang.Object verboseOidcLogging;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getRoleName}
         * @param roleName Name of the role. This parameter is required.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#role_name JwtAuthBackendRole#role_name}
         * @return {@code this}
         */
        public Builder roleName(java.lang.String roleName) {
            this.roleName = roleName;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getUserClaim}
         * @param userClaim The claim to use to uniquely identify the user;. This parameter is required.
         *                  this will be used as the name for the Identity entity alias created due to a successful login.
         *                  
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim JwtAuthBackendRole#user_claim}
         * @return {@code this}
         */
        public Builder userClaim(java.lang.String userClaim) {
            this.userClaim = userClaim;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getAllowedRedirectUris}
         * @param allowedRedirectUris The list of allowed values for redirect_uri during OIDC logins.
         *                            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#allowed_redirect_uris JwtAuthBackendRole#allowed_redirect_uris}
         * @return {@code this}
         */
        public Builder allowedRedirectUris(java.util.List<java.lang.String> allowedRedirectUris) {
            this.allowedRedirectUris = allowedRedirectUris;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getBackend}
         * @param backend Unique name of the auth backend to configure.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#backend JwtAuthBackendRole#backend}
         * @return {@code this}
         */
        public Builder backend(java.lang.String backend) {
            this.backend = backend;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getBoundAudiences}
         * @param boundAudiences List of aud claims to match against. Any match is sufficient.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_audiences JwtAuthBackendRole#bound_audiences}
         * @return {@code this}
         */
        public Builder boundAudiences(java.util.List<java.lang.String> boundAudiences) {
            this.boundAudiences = boundAudiences;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getBoundClaims}
         * @param boundClaims Map of claims/values to match against. The expected value may be a single string or a comma-separated string list.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_claims JwtAuthBackendRole#bound_claims}
         * @return {@code this}
         */
        public Builder boundClaims(java.util.Map<java.lang.String, java.lang.String> boundClaims) {
            this.boundClaims = boundClaims;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getBoundClaimsType}
         * @param boundClaimsType How to interpret values in the claims/values map: can be either "string" (exact match) or "glob" (wildcard match).
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_claims_type JwtAuthBackendRole#bound_claims_type}
         * @return {@code this}
         */
        public Builder boundClaimsType(java.lang.String boundClaimsType) {
            this.boundClaimsType = boundClaimsType;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getBoundSubject}
         * @param boundSubject If set, requires that the sub claim matches this value.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_subject JwtAuthBackendRole#bound_subject}
         * @return {@code this}
         */
        public Builder boundSubject(java.lang.String boundSubject) {
            this.boundSubject = boundSubject;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getClaimMappings}
         * @param claimMappings Map of claims (keys) to be copied to specified metadata fields (values).
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#claim_mappings JwtAuthBackendRole#claim_mappings}
         * @return {@code this}
         */
        public Builder claimMappings(java.util.Map<java.lang.String, java.lang.String> claimMappings) {
            this.claimMappings = claimMappings;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getClockSkewLeeway}
         * @param clockSkewLeeway The amount of leeway to add to all claims to account for clock skew, in seconds.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#clock_skew_leeway JwtAuthBackendRole#clock_skew_leeway}
         * @return {@code this}
         */
        public Builder clockSkewLeeway(java.lang.Number clockSkewLeeway) {
            this.clockSkewLeeway = clockSkewLeeway;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getDisableBoundClaimsParsing}
         * @param disableBoundClaimsParsing Disable bound claim value parsing. Useful when values contain commas.
         *                                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#disable_bound_claims_parsing JwtAuthBackendRole#disable_bound_claims_parsing}
         * @return {@code this}
         */
        public Builder disableBoundClaimsParsing(java.lang.Boolean disableBoundClaimsParsing) {
            this.disableBoundClaimsParsing = disableBoundClaimsParsing;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getDisableBoundClaimsParsing}
         * @param disableBoundClaimsParsing Disable bound claim value parsing. Useful when values contain commas.
         *                                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#disable_bound_claims_parsing JwtAuthBackendRole#disable_bound_claims_parsing}
         * @return {@code this}
         */
        public Builder disableBoundClaimsParsing(com.hashicorp.cdktf.IResolvable disableBoundClaimsParsing) {
            this.disableBoundClaimsParsing = disableBoundClaimsParsing;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getExpirationLeeway}
         * @param expirationLeeway The amount of leeway to add to expiration (exp) claims to account for clock skew, in seconds.
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#expiration_leeway JwtAuthBackendRole#expiration_leeway}
         * @return {@code this}
         */
        public Builder expirationLeeway(java.lang.Number expirationLeeway) {
            this.expirationLeeway = expirationLeeway;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getGroupsClaim}
         * @param groupsClaim The claim to use to uniquely identify the set of groups to which the user belongs.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#groups_claim JwtAuthBackendRole#groups_claim}
         * @return {@code this}
         */
        public Builder groupsClaim(java.lang.String groupsClaim) {
            this.groupsClaim = groupsClaim;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getId}
         * @param id The ID of this resource.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#id JwtAuthBackendRole#id}
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
         * Sets the value of {@link JwtAuthBackendRoleConfig#getMaxAge}
         * @param maxAge Specifies the allowable elapsed time in seconds since the last time the user was actively authenticated.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#max_age JwtAuthBackendRole#max_age}
         * @return {@code this}
         */
        public Builder maxAge(java.lang.Number maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getNamespace}
         * @param namespace Target namespace. (requires Enterprise).
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#namespace JwtAuthBackendRole#namespace}
         * @return {@code this}
         */
        public Builder namespace(java.lang.String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getNotBeforeLeeway}
         * @param notBeforeLeeway The amount of leeway to add to not before (nbf) claims to account for clock skew, in seconds.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#not_before_leeway JwtAuthBackendRole#not_before_leeway}
         * @return {@code this}
         */
        public Builder notBeforeLeeway(java.lang.Number notBeforeLeeway) {
            this.notBeforeLeeway = notBeforeLeeway;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getOidcScopes}
         * @param oidcScopes List of OIDC scopes to be used with an OIDC role.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#oidc_scopes JwtAuthBackendRole#oidc_scopes}
         * @return {@code this}
         */
        public Builder oidcScopes(java.util.List<java.lang.String> oidcScopes) {
            this.oidcScopes = oidcScopes;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getRoleType}
         * @param roleType Type of role, either "oidc" (default) or "jwt".
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#role_type JwtAuthBackendRole#role_type}
         * @return {@code this}
         */
        public Builder roleType(java.lang.String roleType) {
            this.roleType = roleType;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenBoundCidrs}
         * @param tokenBoundCidrs Specifies the blocks of IP addresses which are allowed to use the generated token.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_bound_cidrs JwtAuthBackendRole#token_bound_cidrs}
         * @return {@code this}
         */
        public Builder tokenBoundCidrs(java.util.List<java.lang.String> tokenBoundCidrs) {
            this.tokenBoundCidrs = tokenBoundCidrs;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenExplicitMaxTtl}
         * @param tokenExplicitMaxTtl Generated Token's Explicit Maximum TTL in seconds.
         *                            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_explicit_max_ttl JwtAuthBackendRole#token_explicit_max_ttl}
         * @return {@code this}
         */
        public Builder tokenExplicitMaxTtl(java.lang.Number tokenExplicitMaxTtl) {
            this.tokenExplicitMaxTtl = tokenExplicitMaxTtl;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenMaxTtl}
         * @param tokenMaxTtl The maximum lifetime of the generated token.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_max_ttl JwtAuthBackendRole#token_max_ttl}
         * @return {@code this}
         */
        public Builder tokenMaxTtl(java.lang.Number tokenMaxTtl) {
            this.tokenMaxTtl = tokenMaxTtl;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenNoDefaultPolicy}
         * @param tokenNoDefaultPolicy If true, the 'default' policy will not automatically be added to generated tokens.
         *                             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_no_default_policy JwtAuthBackendRole#token_no_default_policy}
         * @return {@code this}
         */
        public Builder tokenNoDefaultPolicy(java.lang.Boolean tokenNoDefaultPolicy) {
            this.tokenNoDefaultPolicy = tokenNoDefaultPolicy;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenNoDefaultPolicy}
         * @param tokenNoDefaultPolicy If true, the 'default' policy will not automatically be added to generated tokens.
         *                             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_no_default_policy JwtAuthBackendRole#token_no_default_policy}
         * @return {@code this}
         */
        public Builder tokenNoDefaultPolicy(com.hashicorp.cdktf.IResolvable tokenNoDefaultPolicy) {
            this.tokenNoDefaultPolicy = tokenNoDefaultPolicy;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenNumUses}
         * @param tokenNumUses The maximum number of times a token may be used, a value of zero means unlimited.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_num_uses JwtAuthBackendRole#token_num_uses}
         * @return {@code this}
         */
        public Builder tokenNumUses(java.lang.Number tokenNumUses) {
            this.tokenNumUses = tokenNumUses;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenPeriod}
         * @param tokenPeriod Generated Token's Period.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_period JwtAuthBackendRole#token_period}
         * @return {@code this}
         */
        public Builder tokenPeriod(java.lang.Number tokenPeriod) {
            this.tokenPeriod = tokenPeriod;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenPolicies}
         * @param tokenPolicies Generated Token's Policies.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_policies JwtAuthBackendRole#token_policies}
         * @return {@code this}
         */
        public Builder tokenPolicies(java.util.List<java.lang.String> tokenPolicies) {
            this.tokenPolicies = tokenPolicies;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenTtl}
         * @param tokenTtl The initial ttl of the token to generate in seconds.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_ttl JwtAuthBackendRole#token_ttl}
         * @return {@code this}
         */
        public Builder tokenTtl(java.lang.Number tokenTtl) {
            this.tokenTtl = tokenTtl;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getTokenType}
         * @param tokenType The type of token to generate, service or batch.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_type JwtAuthBackendRole#token_type}
         * @return {@code this}
         */
        public Builder tokenType(java.lang.String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getUserClaimJsonPointer}
         * @param userClaimJsonPointer Specifies if the user_claim value uses JSON pointer syntax for referencing claims.
         *                             By default, the user_claim value will not use JSON pointer.
         *                             
         *                             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim_json_pointer JwtAuthBackendRole#user_claim_json_pointer}
         * @return {@code this}
         */
        public Builder userClaimJsonPointer(java.lang.Boolean userClaimJsonPointer) {
            this.userClaimJsonPointer = userClaimJsonPointer;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getUserClaimJsonPointer}
         * @param userClaimJsonPointer Specifies if the user_claim value uses JSON pointer syntax for referencing claims.
         *                             By default, the user_claim value will not use JSON pointer.
         *                             
         *                             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim_json_pointer JwtAuthBackendRole#user_claim_json_pointer}
         * @return {@code this}
         */
        public Builder userClaimJsonPointer(com.hashicorp.cdktf.IResolvable userClaimJsonPointer) {
            this.userClaimJsonPointer = userClaimJsonPointer;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getVerboseOidcLogging}
         * @param verboseOidcLogging Log received OIDC tokens and claims when debug-level logging is active.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#verbose_oidc_logging JwtAuthBackendRole#verbose_oidc_logging}
         * @return {@code this}
         */
        public Builder verboseOidcLogging(java.lang.Boolean verboseOidcLogging) {
            this.verboseOidcLogging = verboseOidcLogging;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getVerboseOidcLogging}
         * @param verboseOidcLogging Log received OIDC tokens and claims when debug-level logging is active.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#verbose_oidc_logging JwtAuthBackendRole#verbose_oidc_logging}
         * @return {@code this}
         */
        public Builder verboseOidcLogging(com.hashicorp.cdktf.IResolvable verboseOidcLogging) {
            this.verboseOidcLogging = verboseOidcLogging;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getDependsOn}
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
         * Sets the value of {@link JwtAuthBackendRoleConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link JwtAuthBackendRoleConfig#getProvisioners}
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
         * @return a new instance of {@link JwtAuthBackendRoleConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public JwtAuthBackendRoleConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link JwtAuthBackendRoleConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements JwtAuthBackendRoleConfig {
        private final java.lang.String roleName;
        private final java.lang.String userClaim;
        private final java.util.List<java.lang.String> allowedRedirectUris;
        private final java.lang.String backend;
        private final java.util.List<java.lang.String> boundAudiences;
        private final java.util.Map<java.lang.String, java.lang.String> boundClaims;
        private final java.lang.String boundClaimsType;
        private final java.lang.String boundSubject;
        private final java.util.Map<java.lang.String, java.lang.String> claimMappings;
        private final java.lang.Number clockSkewLeeway;
        private final java.lang.Object disableBoundClaimsParsing;
        private final java.lang.Number expirationLeeway;
        private final java.lang.String groupsClaim;
        private final java.lang.String id;
        private final java.lang.Number maxAge;
        private final java.lang.String namespace;
        private final java.lang.Number notBeforeLeeway;
        private final java.util.List<java.lang.String> oidcScopes;
        private final java.lang.String roleType;
        private final java.util.List<java.lang.String> tokenBoundCidrs;
        private final java.lang.Number tokenExplicitMaxTtl;
        private final java.lang.Number tokenMaxTtl;
        private final java.lang.Object tokenNoDefaultPolicy;
        private final java.lang.Number tokenNumUses;
        private final java.lang.Number tokenPeriod;
        private final java.util.List<java.lang.String> tokenPolicies;
        private final java.lang.Number tokenTtl;
        private final java.lang.String tokenType;
        private final java.lang.Object userClaimJsonPointer;
        private final java.lang.Object verboseOidcLogging;
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
            this.roleName = software.amazon.jsii.Kernel.get(this, "roleName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.userClaim = software.amazon.jsii.Kernel.get(this, "userClaim", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.allowedRedirectUris = software.amazon.jsii.Kernel.get(this, "allowedRedirectUris", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.backend = software.amazon.jsii.Kernel.get(this, "backend", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.boundAudiences = software.amazon.jsii.Kernel.get(this, "boundAudiences", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.boundClaims = software.amazon.jsii.Kernel.get(this, "boundClaims", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.boundClaimsType = software.amazon.jsii.Kernel.get(this, "boundClaimsType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.boundSubject = software.amazon.jsii.Kernel.get(this, "boundSubject", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.claimMappings = software.amazon.jsii.Kernel.get(this, "claimMappings", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.clockSkewLeeway = software.amazon.jsii.Kernel.get(this, "clockSkewLeeway", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.disableBoundClaimsParsing = software.amazon.jsii.Kernel.get(this, "disableBoundClaimsParsing", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.expirationLeeway = software.amazon.jsii.Kernel.get(this, "expirationLeeway", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.groupsClaim = software.amazon.jsii.Kernel.get(this, "groupsClaim", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.maxAge = software.amazon.jsii.Kernel.get(this, "maxAge", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.namespace = software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.notBeforeLeeway = software.amazon.jsii.Kernel.get(this, "notBeforeLeeway", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.oidcScopes = software.amazon.jsii.Kernel.get(this, "oidcScopes", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.roleType = software.amazon.jsii.Kernel.get(this, "roleType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.tokenBoundCidrs = software.amazon.jsii.Kernel.get(this, "tokenBoundCidrs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.tokenExplicitMaxTtl = software.amazon.jsii.Kernel.get(this, "tokenExplicitMaxTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.tokenMaxTtl = software.amazon.jsii.Kernel.get(this, "tokenMaxTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.tokenNoDefaultPolicy = software.amazon.jsii.Kernel.get(this, "tokenNoDefaultPolicy", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.tokenNumUses = software.amazon.jsii.Kernel.get(this, "tokenNumUses", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.tokenPeriod = software.amazon.jsii.Kernel.get(this, "tokenPeriod", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.tokenPolicies = software.amazon.jsii.Kernel.get(this, "tokenPolicies", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.tokenTtl = software.amazon.jsii.Kernel.get(this, "tokenTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.tokenType = software.amazon.jsii.Kernel.get(this, "tokenType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.userClaimJsonPointer = software.amazon.jsii.Kernel.get(this, "userClaimJsonPointer", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.verboseOidcLogging = software.amazon.jsii.Kernel.get(this, "verboseOidcLogging", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
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
            this.roleName = java.util.Objects.requireNonNull(builder.roleName, "roleName is required");
            this.userClaim = java.util.Objects.requireNonNull(builder.userClaim, "userClaim is required");
            this.allowedRedirectUris = builder.allowedRedirectUris;
            this.backend = builder.backend;
            this.boundAudiences = builder.boundAudiences;
            this.boundClaims = builder.boundClaims;
            this.boundClaimsType = builder.boundClaimsType;
            this.boundSubject = builder.boundSubject;
            this.claimMappings = builder.claimMappings;
            this.clockSkewLeeway = builder.clockSkewLeeway;
            this.disableBoundClaimsParsing = builder.disableBoundClaimsParsing;
            this.expirationLeeway = builder.expirationLeeway;
            this.groupsClaim = builder.groupsClaim;
            this.id = builder.id;
            this.maxAge = builder.maxAge;
            this.namespace = builder.namespace;
            this.notBeforeLeeway = builder.notBeforeLeeway;
            this.oidcScopes = builder.oidcScopes;
            this.roleType = builder.roleType;
            this.tokenBoundCidrs = builder.tokenBoundCidrs;
            this.tokenExplicitMaxTtl = builder.tokenExplicitMaxTtl;
            this.tokenMaxTtl = builder.tokenMaxTtl;
            this.tokenNoDefaultPolicy = builder.tokenNoDefaultPolicy;
            this.tokenNumUses = builder.tokenNumUses;
            this.tokenPeriod = builder.tokenPeriod;
            this.tokenPolicies = builder.tokenPolicies;
            this.tokenTtl = builder.tokenTtl;
            this.tokenType = builder.tokenType;
            this.userClaimJsonPointer = builder.userClaimJsonPointer;
            this.verboseOidcLogging = builder.verboseOidcLogging;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.String getRoleName() {
            return this.roleName;
        }

        @Override
        public final java.lang.String getUserClaim() {
            return this.userClaim;
        }

        @Override
        public final java.util.List<java.lang.String> getAllowedRedirectUris() {
            return this.allowedRedirectUris;
        }

        @Override
        public final java.lang.String getBackend() {
            return this.backend;
        }

        @Override
        public final java.util.List<java.lang.String> getBoundAudiences() {
            return this.boundAudiences;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getBoundClaims() {
            return this.boundClaims;
        }

        @Override
        public final java.lang.String getBoundClaimsType() {
            return this.boundClaimsType;
        }

        @Override
        public final java.lang.String getBoundSubject() {
            return this.boundSubject;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getClaimMappings() {
            return this.claimMappings;
        }

        @Override
        public final java.lang.Number getClockSkewLeeway() {
            return this.clockSkewLeeway;
        }

        @Override
        public final java.lang.Object getDisableBoundClaimsParsing() {
            return this.disableBoundClaimsParsing;
        }

        @Override
        public final java.lang.Number getExpirationLeeway() {
            return this.expirationLeeway;
        }

        @Override
        public final java.lang.String getGroupsClaim() {
            return this.groupsClaim;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.Number getMaxAge() {
            return this.maxAge;
        }

        @Override
        public final java.lang.String getNamespace() {
            return this.namespace;
        }

        @Override
        public final java.lang.Number getNotBeforeLeeway() {
            return this.notBeforeLeeway;
        }

        @Override
        public final java.util.List<java.lang.String> getOidcScopes() {
            return this.oidcScopes;
        }

        @Override
        public final java.lang.String getRoleType() {
            return this.roleType;
        }

        @Override
        public final java.util.List<java.lang.String> getTokenBoundCidrs() {
            return this.tokenBoundCidrs;
        }

        @Override
        public final java.lang.Number getTokenExplicitMaxTtl() {
            return this.tokenExplicitMaxTtl;
        }

        @Override
        public final java.lang.Number getTokenMaxTtl() {
            return this.tokenMaxTtl;
        }

        @Override
        public final java.lang.Object getTokenNoDefaultPolicy() {
            return this.tokenNoDefaultPolicy;
        }

        @Override
        public final java.lang.Number getTokenNumUses() {
            return this.tokenNumUses;
        }

        @Override
        public final java.lang.Number getTokenPeriod() {
            return this.tokenPeriod;
        }

        @Override
        public final java.util.List<java.lang.String> getTokenPolicies() {
            return this.tokenPolicies;
        }

        @Override
        public final java.lang.Number getTokenTtl() {
            return this.tokenTtl;
        }

        @Override
        public final java.lang.String getTokenType() {
            return this.tokenType;
        }

        @Override
        public final java.lang.Object getUserClaimJsonPointer() {
            return this.userClaimJsonPointer;
        }

        @Override
        public final java.lang.Object getVerboseOidcLogging() {
            return this.verboseOidcLogging;
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

            data.set("roleName", om.valueToTree(this.getRoleName()));
            data.set("userClaim", om.valueToTree(this.getUserClaim()));
            if (this.getAllowedRedirectUris() != null) {
                data.set("allowedRedirectUris", om.valueToTree(this.getAllowedRedirectUris()));
            }
            if (this.getBackend() != null) {
                data.set("backend", om.valueToTree(this.getBackend()));
            }
            if (this.getBoundAudiences() != null) {
                data.set("boundAudiences", om.valueToTree(this.getBoundAudiences()));
            }
            if (this.getBoundClaims() != null) {
                data.set("boundClaims", om.valueToTree(this.getBoundClaims()));
            }
            if (this.getBoundClaimsType() != null) {
                data.set("boundClaimsType", om.valueToTree(this.getBoundClaimsType()));
            }
            if (this.getBoundSubject() != null) {
                data.set("boundSubject", om.valueToTree(this.getBoundSubject()));
            }
            if (this.getClaimMappings() != null) {
                data.set("claimMappings", om.valueToTree(this.getClaimMappings()));
            }
            if (this.getClockSkewLeeway() != null) {
                data.set("clockSkewLeeway", om.valueToTree(this.getClockSkewLeeway()));
            }
            if (this.getDisableBoundClaimsParsing() != null) {
                data.set("disableBoundClaimsParsing", om.valueToTree(this.getDisableBoundClaimsParsing()));
            }
            if (this.getExpirationLeeway() != null) {
                data.set("expirationLeeway", om.valueToTree(this.getExpirationLeeway()));
            }
            if (this.getGroupsClaim() != null) {
                data.set("groupsClaim", om.valueToTree(this.getGroupsClaim()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getMaxAge() != null) {
                data.set("maxAge", om.valueToTree(this.getMaxAge()));
            }
            if (this.getNamespace() != null) {
                data.set("namespace", om.valueToTree(this.getNamespace()));
            }
            if (this.getNotBeforeLeeway() != null) {
                data.set("notBeforeLeeway", om.valueToTree(this.getNotBeforeLeeway()));
            }
            if (this.getOidcScopes() != null) {
                data.set("oidcScopes", om.valueToTree(this.getOidcScopes()));
            }
            if (this.getRoleType() != null) {
                data.set("roleType", om.valueToTree(this.getRoleType()));
            }
            if (this.getTokenBoundCidrs() != null) {
                data.set("tokenBoundCidrs", om.valueToTree(this.getTokenBoundCidrs()));
            }
            if (this.getTokenExplicitMaxTtl() != null) {
                data.set("tokenExplicitMaxTtl", om.valueToTree(this.getTokenExplicitMaxTtl()));
            }
            if (this.getTokenMaxTtl() != null) {
                data.set("tokenMaxTtl", om.valueToTree(this.getTokenMaxTtl()));
            }
            if (this.getTokenNoDefaultPolicy() != null) {
                data.set("tokenNoDefaultPolicy", om.valueToTree(this.getTokenNoDefaultPolicy()));
            }
            if (this.getTokenNumUses() != null) {
                data.set("tokenNumUses", om.valueToTree(this.getTokenNumUses()));
            }
            if (this.getTokenPeriod() != null) {
                data.set("tokenPeriod", om.valueToTree(this.getTokenPeriod()));
            }
            if (this.getTokenPolicies() != null) {
                data.set("tokenPolicies", om.valueToTree(this.getTokenPolicies()));
            }
            if (this.getTokenTtl() != null) {
                data.set("tokenTtl", om.valueToTree(this.getTokenTtl()));
            }
            if (this.getTokenType() != null) {
                data.set("tokenType", om.valueToTree(this.getTokenType()));
            }
            if (this.getUserClaimJsonPointer() != null) {
                data.set("userClaimJsonPointer", om.valueToTree(this.getUserClaimJsonPointer()));
            }
            if (this.getVerboseOidcLogging() != null) {
                data.set("verboseOidcLogging", om.valueToTree(this.getVerboseOidcLogging()));
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
            struct.set("fqn", om.valueToTree("vault.jwtAuthBackendRole.JwtAuthBackendRoleConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            JwtAuthBackendRoleConfig.Jsii$Proxy that = (JwtAuthBackendRoleConfig.Jsii$Proxy) o;

            if (!roleName.equals(that.roleName)) return false;
            if (!userClaim.equals(that.userClaim)) return false;
            if (this.allowedRedirectUris != null ? !this.allowedRedirectUris.equals(that.allowedRedirectUris) : that.allowedRedirectUris != null) return false;
            if (this.backend != null ? !this.backend.equals(that.backend) : that.backend != null) return false;
            if (this.boundAudiences != null ? !this.boundAudiences.equals(that.boundAudiences) : that.boundAudiences != null) return false;
            if (this.boundClaims != null ? !this.boundClaims.equals(that.boundClaims) : that.boundClaims != null) return false;
            if (this.boundClaimsType != null ? !this.boundClaimsType.equals(that.boundClaimsType) : that.boundClaimsType != null) return false;
            if (this.boundSubject != null ? !this.boundSubject.equals(that.boundSubject) : that.boundSubject != null) return false;
            if (this.claimMappings != null ? !this.claimMappings.equals(that.claimMappings) : that.claimMappings != null) return false;
            if (this.clockSkewLeeway != null ? !this.clockSkewLeeway.equals(that.clockSkewLeeway) : that.clockSkewLeeway != null) return false;
            if (this.disableBoundClaimsParsing != null ? !this.disableBoundClaimsParsing.equals(that.disableBoundClaimsParsing) : that.disableBoundClaimsParsing != null) return false;
            if (this.expirationLeeway != null ? !this.expirationLeeway.equals(that.expirationLeeway) : that.expirationLeeway != null) return false;
            if (this.groupsClaim != null ? !this.groupsClaim.equals(that.groupsClaim) : that.groupsClaim != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.maxAge != null ? !this.maxAge.equals(that.maxAge) : that.maxAge != null) return false;
            if (this.namespace != null ? !this.namespace.equals(that.namespace) : that.namespace != null) return false;
            if (this.notBeforeLeeway != null ? !this.notBeforeLeeway.equals(that.notBeforeLeeway) : that.notBeforeLeeway != null) return false;
            if (this.oidcScopes != null ? !this.oidcScopes.equals(that.oidcScopes) : that.oidcScopes != null) return false;
            if (this.roleType != null ? !this.roleType.equals(that.roleType) : that.roleType != null) return false;
            if (this.tokenBoundCidrs != null ? !this.tokenBoundCidrs.equals(that.tokenBoundCidrs) : that.tokenBoundCidrs != null) return false;
            if (this.tokenExplicitMaxTtl != null ? !this.tokenExplicitMaxTtl.equals(that.tokenExplicitMaxTtl) : that.tokenExplicitMaxTtl != null) return false;
            if (this.tokenMaxTtl != null ? !this.tokenMaxTtl.equals(that.tokenMaxTtl) : that.tokenMaxTtl != null) return false;
            if (this.tokenNoDefaultPolicy != null ? !this.tokenNoDefaultPolicy.equals(that.tokenNoDefaultPolicy) : that.tokenNoDefaultPolicy != null) return false;
            if (this.tokenNumUses != null ? !this.tokenNumUses.equals(that.tokenNumUses) : that.tokenNumUses != null) return false;
            if (this.tokenPeriod != null ? !this.tokenPeriod.equals(that.tokenPeriod) : that.tokenPeriod != null) return false;
            if (this.tokenPolicies != null ? !this.tokenPolicies.equals(that.tokenPolicies) : that.tokenPolicies != null) return false;
            if (this.tokenTtl != null ? !this.tokenTtl.equals(that.tokenTtl) : that.tokenTtl != null) return false;
            if (this.tokenType != null ? !this.tokenType.equals(that.tokenType) : that.tokenType != null) return false;
            if (this.userClaimJsonPointer != null ? !this.userClaimJsonPointer.equals(that.userClaimJsonPointer) : that.userClaimJsonPointer != null) return false;
            if (this.verboseOidcLogging != null ? !this.verboseOidcLogging.equals(that.verboseOidcLogging) : that.verboseOidcLogging != null) return false;
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
            int result = this.roleName.hashCode();
            result = 31 * result + (this.userClaim.hashCode());
            result = 31 * result + (this.allowedRedirectUris != null ? this.allowedRedirectUris.hashCode() : 0);
            result = 31 * result + (this.backend != null ? this.backend.hashCode() : 0);
            result = 31 * result + (this.boundAudiences != null ? this.boundAudiences.hashCode() : 0);
            result = 31 * result + (this.boundClaims != null ? this.boundClaims.hashCode() : 0);
            result = 31 * result + (this.boundClaimsType != null ? this.boundClaimsType.hashCode() : 0);
            result = 31 * result + (this.boundSubject != null ? this.boundSubject.hashCode() : 0);
            result = 31 * result + (this.claimMappings != null ? this.claimMappings.hashCode() : 0);
            result = 31 * result + (this.clockSkewLeeway != null ? this.clockSkewLeeway.hashCode() : 0);
            result = 31 * result + (this.disableBoundClaimsParsing != null ? this.disableBoundClaimsParsing.hashCode() : 0);
            result = 31 * result + (this.expirationLeeway != null ? this.expirationLeeway.hashCode() : 0);
            result = 31 * result + (this.groupsClaim != null ? this.groupsClaim.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.maxAge != null ? this.maxAge.hashCode() : 0);
            result = 31 * result + (this.namespace != null ? this.namespace.hashCode() : 0);
            result = 31 * result + (this.notBeforeLeeway != null ? this.notBeforeLeeway.hashCode() : 0);
            result = 31 * result + (this.oidcScopes != null ? this.oidcScopes.hashCode() : 0);
            result = 31 * result + (this.roleType != null ? this.roleType.hashCode() : 0);
            result = 31 * result + (this.tokenBoundCidrs != null ? this.tokenBoundCidrs.hashCode() : 0);
            result = 31 * result + (this.tokenExplicitMaxTtl != null ? this.tokenExplicitMaxTtl.hashCode() : 0);
            result = 31 * result + (this.tokenMaxTtl != null ? this.tokenMaxTtl.hashCode() : 0);
            result = 31 * result + (this.tokenNoDefaultPolicy != null ? this.tokenNoDefaultPolicy.hashCode() : 0);
            result = 31 * result + (this.tokenNumUses != null ? this.tokenNumUses.hashCode() : 0);
            result = 31 * result + (this.tokenPeriod != null ? this.tokenPeriod.hashCode() : 0);
            result = 31 * result + (this.tokenPolicies != null ? this.tokenPolicies.hashCode() : 0);
            result = 31 * result + (this.tokenTtl != null ? this.tokenTtl.hashCode() : 0);
            result = 31 * result + (this.tokenType != null ? this.tokenType.hashCode() : 0);
            result = 31 * result + (this.userClaimJsonPointer != null ? this.userClaimJsonPointer.hashCode() : 0);
            result = 31 * result + (this.verboseOidcLogging != null ? this.verboseOidcLogging.hashCode() : 0);
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
