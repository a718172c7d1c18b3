package imports.vault.jwt_auth_backend_role;

/**
 * Represents a {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role vault_jwt_auth_backend_role}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.jwtAuthBackendRole.JwtAuthBackendRole")
public class JwtAuthBackendRole extends com.hashicorp.cdktf.TerraformResource {

    protected JwtAuthBackendRole(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected JwtAuthBackendRole(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.vault.jwt_auth_backend_role.JwtAuthBackendRole.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role vault_jwt_auth_backend_role} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public JwtAuthBackendRole(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.vault.jwt_auth_backend_role.JwtAuthBackendRoleConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a JwtAuthBackendRole resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the JwtAuthBackendRole to import. This parameter is required.
     * @param importFromId The id of the existing JwtAuthBackendRole that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the JwtAuthBackendRole to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.vault.jwt_auth_backend_role.JwtAuthBackendRole.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a JwtAuthBackendRole resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the JwtAuthBackendRole to import. This parameter is required.
     * @param importFromId The id of the existing JwtAuthBackendRole that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.vault.jwt_auth_backend_role.JwtAuthBackendRole.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetAllowedRedirectUris() {
        software.amazon.jsii.Kernel.call(this, "resetAllowedRedirectUris", software.amazon.jsii.NativeType.VOID);
    }

    public void resetBackend() {
        software.amazon.jsii.Kernel.call(this, "resetBackend", software.amazon.jsii.NativeType.VOID);
    }

    public void resetBoundAudiences() {
        software.amazon.jsii.Kernel.call(this, "resetBoundAudiences", software.amazon.jsii.NativeType.VOID);
    }

    public void resetBoundClaims() {
        software.amazon.jsii.Kernel.call(this, "resetBoundClaims", software.amazon.jsii.NativeType.VOID);
    }

    public void resetBoundClaimsType() {
        software.amazon.jsii.Kernel.call(this, "resetBoundClaimsType", software.amazon.jsii.NativeType.VOID);
    }

    public void resetBoundSubject() {
        software.amazon.jsii.Kernel.call(this, "resetBoundSubject", software.amazon.jsii.NativeType.VOID);
    }

    public void resetClaimMappings() {
        software.amazon.jsii.Kernel.call(this, "resetClaimMappings", software.amazon.jsii.NativeType.VOID);
    }

    public void resetClockSkewLeeway() {
        software.amazon.jsii.Kernel.call(this, "resetClockSkewLeeway", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDisableBoundClaimsParsing() {
        software.amazon.jsii.Kernel.call(this, "resetDisableBoundClaimsParsing", software.amazon.jsii.NativeType.VOID);
    }

    public void resetExpirationLeeway() {
        software.amazon.jsii.Kernel.call(this, "resetExpirationLeeway", software.amazon.jsii.NativeType.VOID);
    }

    public void resetGroupsClaim() {
        software.amazon.jsii.Kernel.call(this, "resetGroupsClaim", software.amazon.jsii.NativeType.VOID);
    }

    public void resetId() {
        software.amazon.jsii.Kernel.call(this, "resetId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMaxAge() {
        software.amazon.jsii.Kernel.call(this, "resetMaxAge", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNamespace() {
        software.amazon.jsii.Kernel.call(this, "resetNamespace", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNotBeforeLeeway() {
        software.amazon.jsii.Kernel.call(this, "resetNotBeforeLeeway", software.amazon.jsii.NativeType.VOID);
    }

    public void resetOidcScopes() {
        software.amazon.jsii.Kernel.call(this, "resetOidcScopes", software.amazon.jsii.NativeType.VOID);
    }

    public void resetRoleType() {
        software.amazon.jsii.Kernel.call(this, "resetRoleType", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenBoundCidrs() {
        software.amazon.jsii.Kernel.call(this, "resetTokenBoundCidrs", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenExplicitMaxTtl() {
        software.amazon.jsii.Kernel.call(this, "resetTokenExplicitMaxTtl", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenMaxTtl() {
        software.amazon.jsii.Kernel.call(this, "resetTokenMaxTtl", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenNoDefaultPolicy() {
        software.amazon.jsii.Kernel.call(this, "resetTokenNoDefaultPolicy", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenNumUses() {
        software.amazon.jsii.Kernel.call(this, "resetTokenNumUses", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenPeriod() {
        software.amazon.jsii.Kernel.call(this, "resetTokenPeriod", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenPolicies() {
        software.amazon.jsii.Kernel.call(this, "resetTokenPolicies", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenTtl() {
        software.amazon.jsii.Kernel.call(this, "resetTokenTtl", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTokenType() {
        software.amazon.jsii.Kernel.call(this, "resetTokenType", software.amazon.jsii.NativeType.VOID);
    }

    public void resetUserClaimJsonPointer() {
        software.amazon.jsii.Kernel.call(this, "resetUserClaimJsonPointer", software.amazon.jsii.NativeType.VOID);
    }

    public void resetVerboseOidcLogging() {
        software.amazon.jsii.Kernel.call(this, "resetVerboseOidcLogging", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getAllowedRedirectUrisInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "allowedRedirectUrisInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getBackendInput() {
        return software.amazon.jsii.Kernel.get(this, "backendInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getBoundAudiencesInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "boundAudiencesInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getBoundClaimsInput() {
        return java.util.Optional.ofNullable((java.util.Map<java.lang.String, java.lang.String>)(software.amazon.jsii.Kernel.get(this, "boundClaimsInput", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableMap).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getBoundClaimsTypeInput() {
        return software.amazon.jsii.Kernel.get(this, "boundClaimsTypeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getBoundSubjectInput() {
        return software.amazon.jsii.Kernel.get(this, "boundSubjectInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getClaimMappingsInput() {
        return java.util.Optional.ofNullable((java.util.Map<java.lang.String, java.lang.String>)(software.amazon.jsii.Kernel.get(this, "claimMappingsInput", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableMap).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getClockSkewLeewayInput() {
        return software.amazon.jsii.Kernel.get(this, "clockSkewLeewayInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getDisableBoundClaimsParsingInput() {
        return software.amazon.jsii.Kernel.get(this, "disableBoundClaimsParsingInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getExpirationLeewayInput() {
        return software.amazon.jsii.Kernel.get(this, "expirationLeewayInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getGroupsClaimInput() {
        return software.amazon.jsii.Kernel.get(this, "groupsClaimInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMaxAgeInput() {
        return software.amazon.jsii.Kernel.get(this, "maxAgeInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNamespaceInput() {
        return software.amazon.jsii.Kernel.get(this, "namespaceInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getNotBeforeLeewayInput() {
        return software.amazon.jsii.Kernel.get(this, "notBeforeLeewayInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getOidcScopesInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "oidcScopesInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getRoleNameInput() {
        return software.amazon.jsii.Kernel.get(this, "roleNameInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getRoleTypeInput() {
        return software.amazon.jsii.Kernel.get(this, "roleTypeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getTokenBoundCidrsInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "tokenBoundCidrsInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getTokenExplicitMaxTtlInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenExplicitMaxTtlInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getTokenMaxTtlInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenMaxTtlInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getTokenNoDefaultPolicyInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenNoDefaultPolicyInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getTokenNumUsesInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenNumUsesInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getTokenPeriodInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenPeriodInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getTokenPoliciesInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "tokenPoliciesInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getTokenTtlInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenTtlInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getTokenTypeInput() {
        return software.amazon.jsii.Kernel.get(this, "tokenTypeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getUserClaimInput() {
        return software.amazon.jsii.Kernel.get(this, "userClaimInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getUserClaimJsonPointerInput() {
        return software.amazon.jsii.Kernel.get(this, "userClaimJsonPointerInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getVerboseOidcLoggingInput() {
        return software.amazon.jsii.Kernel.get(this, "verboseOidcLoggingInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getAllowedRedirectUris() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "allowedRedirectUris", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setAllowedRedirectUris(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "allowedRedirectUris", java.util.Objects.requireNonNull(value, "allowedRedirectUris is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getBackend() {
        return software.amazon.jsii.Kernel.get(this, "backend", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setBackend(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "backend", java.util.Objects.requireNonNull(value, "backend is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getBoundAudiences() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "boundAudiences", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setBoundAudiences(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "boundAudiences", java.util.Objects.requireNonNull(value, "boundAudiences is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> getBoundClaims() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.get(this, "boundClaims", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setBoundClaims(final @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "boundClaims", java.util.Objects.requireNonNull(value, "boundClaims is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getBoundClaimsType() {
        return software.amazon.jsii.Kernel.get(this, "boundClaimsType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setBoundClaimsType(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "boundClaimsType", java.util.Objects.requireNonNull(value, "boundClaimsType is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getBoundSubject() {
        return software.amazon.jsii.Kernel.get(this, "boundSubject", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setBoundSubject(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "boundSubject", java.util.Objects.requireNonNull(value, "boundSubject is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> getClaimMappings() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.get(this, "claimMappings", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setClaimMappings(final @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "claimMappings", java.util.Objects.requireNonNull(value, "claimMappings is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getClockSkewLeeway() {
        return software.amazon.jsii.Kernel.get(this, "clockSkewLeeway", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setClockSkewLeeway(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "clockSkewLeeway", java.util.Objects.requireNonNull(value, "clockSkewLeeway is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getDisableBoundClaimsParsing() {
        return software.amazon.jsii.Kernel.get(this, "disableBoundClaimsParsing", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setDisableBoundClaimsParsing(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "disableBoundClaimsParsing", java.util.Objects.requireNonNull(value, "disableBoundClaimsParsing is required"));
    }

    public void setDisableBoundClaimsParsing(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "disableBoundClaimsParsing", java.util.Objects.requireNonNull(value, "disableBoundClaimsParsing is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getExpirationLeeway() {
        return software.amazon.jsii.Kernel.get(this, "expirationLeeway", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setExpirationLeeway(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "expirationLeeway", java.util.Objects.requireNonNull(value, "expirationLeeway is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getGroupsClaim() {
        return software.amazon.jsii.Kernel.get(this, "groupsClaim", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setGroupsClaim(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "groupsClaim", java.util.Objects.requireNonNull(value, "groupsClaim is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "id", java.util.Objects.requireNonNull(value, "id is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getMaxAge() {
        return software.amazon.jsii.Kernel.get(this, "maxAge", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMaxAge(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "maxAge", java.util.Objects.requireNonNull(value, "maxAge is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getNamespace() {
        return software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setNamespace(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "namespace", java.util.Objects.requireNonNull(value, "namespace is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getNotBeforeLeeway() {
        return software.amazon.jsii.Kernel.get(this, "notBeforeLeeway", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setNotBeforeLeeway(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "notBeforeLeeway", java.util.Objects.requireNonNull(value, "notBeforeLeeway is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getOidcScopes() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "oidcScopes", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setOidcScopes(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "oidcScopes", java.util.Objects.requireNonNull(value, "oidcScopes is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getRoleName() {
        return software.amazon.jsii.Kernel.get(this, "roleName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setRoleName(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "roleName", java.util.Objects.requireNonNull(value, "roleName is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getRoleType() {
        return software.amazon.jsii.Kernel.get(this, "roleType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setRoleType(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "roleType", java.util.Objects.requireNonNull(value, "roleType is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getTokenBoundCidrs() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "tokenBoundCidrs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setTokenBoundCidrs(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "tokenBoundCidrs", java.util.Objects.requireNonNull(value, "tokenBoundCidrs is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getTokenExplicitMaxTtl() {
        return software.amazon.jsii.Kernel.get(this, "tokenExplicitMaxTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setTokenExplicitMaxTtl(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "tokenExplicitMaxTtl", java.util.Objects.requireNonNull(value, "tokenExplicitMaxTtl is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getTokenMaxTtl() {
        return software.amazon.jsii.Kernel.get(this, "tokenMaxTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setTokenMaxTtl(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "tokenMaxTtl", java.util.Objects.requireNonNull(value, "tokenMaxTtl is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getTokenNoDefaultPolicy() {
        return software.amazon.jsii.Kernel.get(this, "tokenNoDefaultPolicy", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setTokenNoDefaultPolicy(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "tokenNoDefaultPolicy", java.util.Objects.requireNonNull(value, "tokenNoDefaultPolicy is required"));
    }

    public void setTokenNoDefaultPolicy(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "tokenNoDefaultPolicy", java.util.Objects.requireNonNull(value, "tokenNoDefaultPolicy is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getTokenNumUses() {
        return software.amazon.jsii.Kernel.get(this, "tokenNumUses", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setTokenNumUses(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "tokenNumUses", java.util.Objects.requireNonNull(value, "tokenNumUses is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getTokenPeriod() {
        return software.amazon.jsii.Kernel.get(this, "tokenPeriod", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setTokenPeriod(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "tokenPeriod", java.util.Objects.requireNonNull(value, "tokenPeriod is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getTokenPolicies() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "tokenPolicies", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setTokenPolicies(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "tokenPolicies", java.util.Objects.requireNonNull(value, "tokenPolicies is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getTokenTtl() {
        return software.amazon.jsii.Kernel.get(this, "tokenTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setTokenTtl(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "tokenTtl", java.util.Objects.requireNonNull(value, "tokenTtl is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getTokenType() {
        return software.amazon.jsii.Kernel.get(this, "tokenType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setTokenType(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "tokenType", java.util.Objects.requireNonNull(value, "tokenType is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getUserClaim() {
        return software.amazon.jsii.Kernel.get(this, "userClaim", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setUserClaim(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "userClaim", java.util.Objects.requireNonNull(value, "userClaim is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getUserClaimJsonPointer() {
        return software.amazon.jsii.Kernel.get(this, "userClaimJsonPointer", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setUserClaimJsonPointer(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "userClaimJsonPointer", java.util.Objects.requireNonNull(value, "userClaimJsonPointer is required"));
    }

    public void setUserClaimJsonPointer(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "userClaimJsonPointer", java.util.Objects.requireNonNull(value, "userClaimJsonPointer is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getVerboseOidcLogging() {
        return software.amazon.jsii.Kernel.get(this, "verboseOidcLogging", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setVerboseOidcLogging(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "verboseOidcLogging", java.util.Objects.requireNonNull(value, "verboseOidcLogging is required"));
    }

    public void setVerboseOidcLogging(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "verboseOidcLogging", java.util.Objects.requireNonNull(value, "verboseOidcLogging is required"));
    }

    /**
     * A fluent builder for {@link imports.vault.jwt_auth_backend_role.JwtAuthBackendRole}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.vault.jwt_auth_backend_role.JwtAuthBackendRole> {
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
        private final imports.vault.jwt_auth_backend_role.JwtAuthBackendRoleConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.vault.jwt_auth_backend_role.JwtAuthBackendRoleConfig.Builder();
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
         * Name of the role.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#role_name JwtAuthBackendRole#role_name}
         * <p>
         * @return {@code this}
         * @param roleName Name of the role. This parameter is required.
         */
        public Builder roleName(final java.lang.String roleName) {
            this.config.roleName(roleName);
            return this;
        }

        /**
         * The claim to use to uniquely identify the user;
         * <p>
         * this will be used as the name for the Identity entity alias created due to a successful login.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim JwtAuthBackendRole#user_claim}
         * <p>
         * @return {@code this}
         * @param userClaim The claim to use to uniquely identify the user;. This parameter is required.
         */
        public Builder userClaim(final java.lang.String userClaim) {
            this.config.userClaim(userClaim);
            return this;
        }

        /**
         * The list of allowed values for redirect_uri during OIDC logins.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#allowed_redirect_uris JwtAuthBackendRole#allowed_redirect_uris}
         * <p>
         * @return {@code this}
         * @param allowedRedirectUris The list of allowed values for redirect_uri during OIDC logins. This parameter is required.
         */
        public Builder allowedRedirectUris(final java.util.List<java.lang.String> allowedRedirectUris) {
            this.config.allowedRedirectUris(allowedRedirectUris);
            return this;
        }

        /**
         * Unique name of the auth backend to configure.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#backend JwtAuthBackendRole#backend}
         * <p>
         * @return {@code this}
         * @param backend Unique name of the auth backend to configure. This parameter is required.
         */
        public Builder backend(final java.lang.String backend) {
            this.config.backend(backend);
            return this;
        }

        /**
         * List of aud claims to match against. Any match is sufficient.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_audiences JwtAuthBackendRole#bound_audiences}
         * <p>
         * @return {@code this}
         * @param boundAudiences List of aud claims to match against. Any match is sufficient. This parameter is required.
         */
        public Builder boundAudiences(final java.util.List<java.lang.String> boundAudiences) {
            this.config.boundAudiences(boundAudiences);
            return this;
        }

        /**
         * Map of claims/values to match against. The expected value may be a single string or a comma-separated string list.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_claims JwtAuthBackendRole#bound_claims}
         * <p>
         * @return {@code this}
         * @param boundClaims Map of claims/values to match against. The expected value may be a single string or a comma-separated string list. This parameter is required.
         */
        public Builder boundClaims(final java.util.Map<java.lang.String, java.lang.String> boundClaims) {
            this.config.boundClaims(boundClaims);
            return this;
        }

        /**
         * How to interpret values in the claims/values map: can be either "string" (exact match) or "glob" (wildcard match).
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_claims_type JwtAuthBackendRole#bound_claims_type}
         * <p>
         * @return {@code this}
         * @param boundClaimsType How to interpret values in the claims/values map: can be either "string" (exact match) or "glob" (wildcard match). This parameter is required.
         */
        public Builder boundClaimsType(final java.lang.String boundClaimsType) {
            this.config.boundClaimsType(boundClaimsType);
            return this;
        }

        /**
         * If set, requires that the sub claim matches this value.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#bound_subject JwtAuthBackendRole#bound_subject}
         * <p>
         * @return {@code this}
         * @param boundSubject If set, requires that the sub claim matches this value. This parameter is required.
         */
        public Builder boundSubject(final java.lang.String boundSubject) {
            this.config.boundSubject(boundSubject);
            return this;
        }

        /**
         * Map of claims (keys) to be copied to specified metadata fields (values).
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#claim_mappings JwtAuthBackendRole#claim_mappings}
         * <p>
         * @return {@code this}
         * @param claimMappings Map of claims (keys) to be copied to specified metadata fields (values). This parameter is required.
         */
        public Builder claimMappings(final java.util.Map<java.lang.String, java.lang.String> claimMappings) {
            this.config.claimMappings(claimMappings);
            return this;
        }

        /**
         * The amount of leeway to add to all claims to account for clock skew, in seconds.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#clock_skew_leeway JwtAuthBackendRole#clock_skew_leeway}
         * <p>
         * @return {@code this}
         * @param clockSkewLeeway The amount of leeway to add to all claims to account for clock skew, in seconds. This parameter is required.
         */
        public Builder clockSkewLeeway(final java.lang.Number clockSkewLeeway) {
            this.config.clockSkewLeeway(clockSkewLeeway);
            return this;
        }

        /**
         * Disable bound claim value parsing. Useful when values contain commas.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#disable_bound_claims_parsing JwtAuthBackendRole#disable_bound_claims_parsing}
         * <p>
         * @return {@code this}
         * @param disableBoundClaimsParsing Disable bound claim value parsing. Useful when values contain commas. This parameter is required.
         */
        public Builder disableBoundClaimsParsing(final java.lang.Boolean disableBoundClaimsParsing) {
            this.config.disableBoundClaimsParsing(disableBoundClaimsParsing);
            return this;
        }
        /**
         * Disable bound claim value parsing. Useful when values contain commas.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#disable_bound_claims_parsing JwtAuthBackendRole#disable_bound_claims_parsing}
         * <p>
         * @return {@code this}
         * @param disableBoundClaimsParsing Disable bound claim value parsing. Useful when values contain commas. This parameter is required.
         */
        public Builder disableBoundClaimsParsing(final com.hashicorp.cdktf.IResolvable disableBoundClaimsParsing) {
            this.config.disableBoundClaimsParsing(disableBoundClaimsParsing);
            return this;
        }

        /**
         * The amount of leeway to add to expiration (exp) claims to account for clock skew, in seconds.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#expiration_leeway JwtAuthBackendRole#expiration_leeway}
         * <p>
         * @return {@code this}
         * @param expirationLeeway The amount of leeway to add to expiration (exp) claims to account for clock skew, in seconds. This parameter is required.
         */
        public Builder expirationLeeway(final java.lang.Number expirationLeeway) {
            this.config.expirationLeeway(expirationLeeway);
            return this;
        }

        /**
         * The claim to use to uniquely identify the set of groups to which the user belongs.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#groups_claim JwtAuthBackendRole#groups_claim}
         * <p>
         * @return {@code this}
         * @param groupsClaim The claim to use to uniquely identify the set of groups to which the user belongs. This parameter is required.
         */
        public Builder groupsClaim(final java.lang.String groupsClaim) {
            this.config.groupsClaim(groupsClaim);
            return this;
        }

        /**
         * The ID of this resource.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#id JwtAuthBackendRole#id}
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
         * Specifies the allowable elapsed time in seconds since the last time the user was actively authenticated.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#max_age JwtAuthBackendRole#max_age}
         * <p>
         * @return {@code this}
         * @param maxAge Specifies the allowable elapsed time in seconds since the last time the user was actively authenticated. This parameter is required.
         */
        public Builder maxAge(final java.lang.Number maxAge) {
            this.config.maxAge(maxAge);
            return this;
        }

        /**
         * Target namespace. (requires Enterprise).
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#namespace JwtAuthBackendRole#namespace}
         * <p>
         * @return {@code this}
         * @param namespace Target namespace. (requires Enterprise). This parameter is required.
         */
        public Builder namespace(final java.lang.String namespace) {
            this.config.namespace(namespace);
            return this;
        }

        /**
         * The amount of leeway to add to not before (nbf) claims to account for clock skew, in seconds.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#not_before_leeway JwtAuthBackendRole#not_before_leeway}
         * <p>
         * @return {@code this}
         * @param notBeforeLeeway The amount of leeway to add to not before (nbf) claims to account for clock skew, in seconds. This parameter is required.
         */
        public Builder notBeforeLeeway(final java.lang.Number notBeforeLeeway) {
            this.config.notBeforeLeeway(notBeforeLeeway);
            return this;
        }

        /**
         * List of OIDC scopes to be used with an OIDC role.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#oidc_scopes JwtAuthBackendRole#oidc_scopes}
         * <p>
         * @return {@code this}
         * @param oidcScopes List of OIDC scopes to be used with an OIDC role. This parameter is required.
         */
        public Builder oidcScopes(final java.util.List<java.lang.String> oidcScopes) {
            this.config.oidcScopes(oidcScopes);
            return this;
        }

        /**
         * Type of role, either "oidc" (default) or "jwt".
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#role_type JwtAuthBackendRole#role_type}
         * <p>
         * @return {@code this}
         * @param roleType Type of role, either "oidc" (default) or "jwt". This parameter is required.
         */
        public Builder roleType(final java.lang.String roleType) {
            this.config.roleType(roleType);
            return this;
        }

        /**
         * Specifies the blocks of IP addresses which are allowed to use the generated token.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_bound_cidrs JwtAuthBackendRole#token_bound_cidrs}
         * <p>
         * @return {@code this}
         * @param tokenBoundCidrs Specifies the blocks of IP addresses which are allowed to use the generated token. This parameter is required.
         */
        public Builder tokenBoundCidrs(final java.util.List<java.lang.String> tokenBoundCidrs) {
            this.config.tokenBoundCidrs(tokenBoundCidrs);
            return this;
        }

        /**
         * Generated Token's Explicit Maximum TTL in seconds.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_explicit_max_ttl JwtAuthBackendRole#token_explicit_max_ttl}
         * <p>
         * @return {@code this}
         * @param tokenExplicitMaxTtl Generated Token's Explicit Maximum TTL in seconds. This parameter is required.
         */
        public Builder tokenExplicitMaxTtl(final java.lang.Number tokenExplicitMaxTtl) {
            this.config.tokenExplicitMaxTtl(tokenExplicitMaxTtl);
            return this;
        }

        /**
         * The maximum lifetime of the generated token.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_max_ttl JwtAuthBackendRole#token_max_ttl}
         * <p>
         * @return {@code this}
         * @param tokenMaxTtl The maximum lifetime of the generated token. This parameter is required.
         */
        public Builder tokenMaxTtl(final java.lang.Number tokenMaxTtl) {
            this.config.tokenMaxTtl(tokenMaxTtl);
            return this;
        }

        /**
         * If true, the 'default' policy will not automatically be added to generated tokens.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_no_default_policy JwtAuthBackendRole#token_no_default_policy}
         * <p>
         * @return {@code this}
         * @param tokenNoDefaultPolicy If true, the 'default' policy will not automatically be added to generated tokens. This parameter is required.
         */
        public Builder tokenNoDefaultPolicy(final java.lang.Boolean tokenNoDefaultPolicy) {
            this.config.tokenNoDefaultPolicy(tokenNoDefaultPolicy);
            return this;
        }
        /**
         * If true, the 'default' policy will not automatically be added to generated tokens.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_no_default_policy JwtAuthBackendRole#token_no_default_policy}
         * <p>
         * @return {@code this}
         * @param tokenNoDefaultPolicy If true, the 'default' policy will not automatically be added to generated tokens. This parameter is required.
         */
        public Builder tokenNoDefaultPolicy(final com.hashicorp.cdktf.IResolvable tokenNoDefaultPolicy) {
            this.config.tokenNoDefaultPolicy(tokenNoDefaultPolicy);
            return this;
        }

        /**
         * The maximum number of times a token may be used, a value of zero means unlimited.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_num_uses JwtAuthBackendRole#token_num_uses}
         * <p>
         * @return {@code this}
         * @param tokenNumUses The maximum number of times a token may be used, a value of zero means unlimited. This parameter is required.
         */
        public Builder tokenNumUses(final java.lang.Number tokenNumUses) {
            this.config.tokenNumUses(tokenNumUses);
            return this;
        }

        /**
         * Generated Token's Period.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_period JwtAuthBackendRole#token_period}
         * <p>
         * @return {@code this}
         * @param tokenPeriod Generated Token's Period. This parameter is required.
         */
        public Builder tokenPeriod(final java.lang.Number tokenPeriod) {
            this.config.tokenPeriod(tokenPeriod);
            return this;
        }

        /**
         * Generated Token's Policies.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_policies JwtAuthBackendRole#token_policies}
         * <p>
         * @return {@code this}
         * @param tokenPolicies Generated Token's Policies. This parameter is required.
         */
        public Builder tokenPolicies(final java.util.List<java.lang.String> tokenPolicies) {
            this.config.tokenPolicies(tokenPolicies);
            return this;
        }

        /**
         * The initial ttl of the token to generate in seconds.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_ttl JwtAuthBackendRole#token_ttl}
         * <p>
         * @return {@code this}
         * @param tokenTtl The initial ttl of the token to generate in seconds. This parameter is required.
         */
        public Builder tokenTtl(final java.lang.Number tokenTtl) {
            this.config.tokenTtl(tokenTtl);
            return this;
        }

        /**
         * The type of token to generate, service or batch.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#token_type JwtAuthBackendRole#token_type}
         * <p>
         * @return {@code this}
         * @param tokenType The type of token to generate, service or batch. This parameter is required.
         */
        public Builder tokenType(final java.lang.String tokenType) {
            this.config.tokenType(tokenType);
            return this;
        }

        /**
         * Specifies if the user_claim value uses JSON pointer syntax for referencing claims.
         * <p>
         * By default, the user_claim value will not use JSON pointer.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim_json_pointer JwtAuthBackendRole#user_claim_json_pointer}
         * <p>
         * @return {@code this}
         * @param userClaimJsonPointer Specifies if the user_claim value uses JSON pointer syntax for referencing claims. This parameter is required.
         */
        public Builder userClaimJsonPointer(final java.lang.Boolean userClaimJsonPointer) {
            this.config.userClaimJsonPointer(userClaimJsonPointer);
            return this;
        }
        /**
         * Specifies if the user_claim value uses JSON pointer syntax for referencing claims.
         * <p>
         * By default, the user_claim value will not use JSON pointer.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#user_claim_json_pointer JwtAuthBackendRole#user_claim_json_pointer}
         * <p>
         * @return {@code this}
         * @param userClaimJsonPointer Specifies if the user_claim value uses JSON pointer syntax for referencing claims. This parameter is required.
         */
        public Builder userClaimJsonPointer(final com.hashicorp.cdktf.IResolvable userClaimJsonPointer) {
            this.config.userClaimJsonPointer(userClaimJsonPointer);
            return this;
        }

        /**
         * Log received OIDC tokens and claims when debug-level logging is active.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#verbose_oidc_logging JwtAuthBackendRole#verbose_oidc_logging}
         * <p>
         * @return {@code this}
         * @param verboseOidcLogging Log received OIDC tokens and claims when debug-level logging is active. This parameter is required.
         */
        public Builder verboseOidcLogging(final java.lang.Boolean verboseOidcLogging) {
            this.config.verboseOidcLogging(verboseOidcLogging);
            return this;
        }
        /**
         * Log received OIDC tokens and claims when debug-level logging is active.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/jwt_auth_backend_role#verbose_oidc_logging JwtAuthBackendRole#verbose_oidc_logging}
         * <p>
         * @return {@code this}
         * @param verboseOidcLogging Log received OIDC tokens and claims when debug-level logging is active. This parameter is required.
         */
        public Builder verboseOidcLogging(final com.hashicorp.cdktf.IResolvable verboseOidcLogging) {
            this.config.verboseOidcLogging(verboseOidcLogging);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.vault.jwt_auth_backend_role.JwtAuthBackendRole}.
         */
        @Override
        public imports.vault.jwt_auth_backend_role.JwtAuthBackendRole build() {
            return new imports.vault.jwt_auth_backend_role.JwtAuthBackendRole(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
