package imports.random.password;

/**
 * Represents a {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password random_password}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.random.$Module.class, fqn = "random.password.Password")
public class Password extends com.hashicorp.cdktf.TerraformResource {

    protected Password(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected Password(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.random.password.Password.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password random_password} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public Password(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.random.password.PasswordConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a Password resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the Password to import. This parameter is required.
     * @param importFromId The id of the existing Password that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the Password to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.random.password.Password.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a Password resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the Password to import. This parameter is required.
     * @param importFromId The id of the existing Password that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.random.password.Password.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetKeepers() {
        software.amazon.jsii.Kernel.call(this, "resetKeepers", software.amazon.jsii.NativeType.VOID);
    }

    public void resetLower() {
        software.amazon.jsii.Kernel.call(this, "resetLower", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMinLower() {
        software.amazon.jsii.Kernel.call(this, "resetMinLower", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMinNumeric() {
        software.amazon.jsii.Kernel.call(this, "resetMinNumeric", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMinSpecial() {
        software.amazon.jsii.Kernel.call(this, "resetMinSpecial", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMinUpper() {
        software.amazon.jsii.Kernel.call(this, "resetMinUpper", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNumber() {
        software.amazon.jsii.Kernel.call(this, "resetNumber", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNumeric() {
        software.amazon.jsii.Kernel.call(this, "resetNumeric", software.amazon.jsii.NativeType.VOID);
    }

    public void resetOverrideSpecial() {
        software.amazon.jsii.Kernel.call(this, "resetOverrideSpecial", software.amazon.jsii.NativeType.VOID);
    }

    public void resetSpecial() {
        software.amazon.jsii.Kernel.call(this, "resetSpecial", software.amazon.jsii.NativeType.VOID);
    }

    public void resetUpper() {
        software.amazon.jsii.Kernel.call(this, "resetUpper", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.NotNull java.lang.String getBcryptHash() {
        return software.amazon.jsii.Kernel.get(this, "bcryptHash", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getResult() {
        return software.amazon.jsii.Kernel.get(this, "result", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getKeepersInput() {
        return java.util.Optional.ofNullable((java.util.Map<java.lang.String, java.lang.String>)(software.amazon.jsii.Kernel.get(this, "keepersInput", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableMap).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getLengthInput() {
        return software.amazon.jsii.Kernel.get(this, "lengthInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getLowerInput() {
        return software.amazon.jsii.Kernel.get(this, "lowerInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMinLowerInput() {
        return software.amazon.jsii.Kernel.get(this, "minLowerInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMinNumericInput() {
        return software.amazon.jsii.Kernel.get(this, "minNumericInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMinSpecialInput() {
        return software.amazon.jsii.Kernel.get(this, "minSpecialInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMinUpperInput() {
        return software.amazon.jsii.Kernel.get(this, "minUpperInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getNumberInput() {
        return software.amazon.jsii.Kernel.get(this, "numberInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getNumericInput() {
        return software.amazon.jsii.Kernel.get(this, "numericInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getOverrideSpecialInput() {
        return software.amazon.jsii.Kernel.get(this, "overrideSpecialInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getSpecialInput() {
        return software.amazon.jsii.Kernel.get(this, "specialInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getUpperInput() {
        return software.amazon.jsii.Kernel.get(this, "upperInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> getKeepers() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.get(this, "keepers", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setKeepers(final @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "keepers", java.util.Objects.requireNonNull(value, "keepers is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getLength() {
        return software.amazon.jsii.Kernel.get(this, "length", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setLength(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "length", java.util.Objects.requireNonNull(value, "length is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getLower() {
        return software.amazon.jsii.Kernel.get(this, "lower", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setLower(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "lower", java.util.Objects.requireNonNull(value, "lower is required"));
    }

    public void setLower(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "lower", java.util.Objects.requireNonNull(value, "lower is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getMinLower() {
        return software.amazon.jsii.Kernel.get(this, "minLower", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMinLower(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "minLower", java.util.Objects.requireNonNull(value, "minLower is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getMinNumeric() {
        return software.amazon.jsii.Kernel.get(this, "minNumeric", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMinNumeric(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "minNumeric", java.util.Objects.requireNonNull(value, "minNumeric is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getMinSpecial() {
        return software.amazon.jsii.Kernel.get(this, "minSpecial", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMinSpecial(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "minSpecial", java.util.Objects.requireNonNull(value, "minSpecial is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getMinUpper() {
        return software.amazon.jsii.Kernel.get(this, "minUpper", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMinUpper(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "minUpper", java.util.Objects.requireNonNull(value, "minUpper is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getNumber() {
        return software.amazon.jsii.Kernel.get(this, "number", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setNumber(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "number", java.util.Objects.requireNonNull(value, "number is required"));
    }

    public void setNumber(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "number", java.util.Objects.requireNonNull(value, "number is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getNumeric() {
        return software.amazon.jsii.Kernel.get(this, "numeric", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setNumeric(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "numeric", java.util.Objects.requireNonNull(value, "numeric is required"));
    }

    public void setNumeric(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "numeric", java.util.Objects.requireNonNull(value, "numeric is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getOverrideSpecial() {
        return software.amazon.jsii.Kernel.get(this, "overrideSpecial", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setOverrideSpecial(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "overrideSpecial", java.util.Objects.requireNonNull(value, "overrideSpecial is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getSpecial() {
        return software.amazon.jsii.Kernel.get(this, "special", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setSpecial(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "special", java.util.Objects.requireNonNull(value, "special is required"));
    }

    public void setSpecial(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "special", java.util.Objects.requireNonNull(value, "special is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getUpper() {
        return software.amazon.jsii.Kernel.get(this, "upper", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setUpper(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "upper", java.util.Objects.requireNonNull(value, "upper is required"));
    }

    public void setUpper(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "upper", java.util.Objects.requireNonNull(value, "upper is required"));
    }

    /**
     * A fluent builder for {@link imports.random.password.Password}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.random.password.Password> {
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
        private final imports.random.password.PasswordConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.random.password.PasswordConfig.Builder();
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
         * The length of the string desired.
         * <p>
         * The minimum value for length is 1 and, length must also be >= (`min_upper` + `min_lower` + `min_numeric` + `min_special`).
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#length Password#length}
         * <p>
         * @return {@code this}
         * @param length The length of the string desired. This parameter is required.
         */
        public Builder length(final java.lang.Number length) {
            this.config.length(length);
            return this;
        }

        /**
         * Arbitrary map of values that, when changed, will trigger recreation of resource.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#keepers Password#keepers}
         * <p>
         * @return {@code this}
         * @param keepers Arbitrary map of values that, when changed, will trigger recreation of resource. This parameter is required.
         */
        public Builder keepers(final java.util.Map<java.lang.String, java.lang.String> keepers) {
            this.config.keepers(keepers);
            return this;
        }

        /**
         * Include lowercase alphabet characters in the result. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#lower Password#lower}
         * <p>
         * @return {@code this}
         * @param lower Include lowercase alphabet characters in the result. Default value is <code>true</code>. This parameter is required.
         */
        public Builder lower(final java.lang.Boolean lower) {
            this.config.lower(lower);
            return this;
        }
        /**
         * Include lowercase alphabet characters in the result. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#lower Password#lower}
         * <p>
         * @return {@code this}
         * @param lower Include lowercase alphabet characters in the result. Default value is <code>true</code>. This parameter is required.
         */
        public Builder lower(final com.hashicorp.cdktf.IResolvable lower) {
            this.config.lower(lower);
            return this;
        }

        /**
         * Minimum number of lowercase alphabet characters in the result. Default value is <code>0</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_lower Password#min_lower}
         * <p>
         * @return {@code this}
         * @param minLower Minimum number of lowercase alphabet characters in the result. Default value is <code>0</code>. This parameter is required.
         */
        public Builder minLower(final java.lang.Number minLower) {
            this.config.minLower(minLower);
            return this;
        }

        /**
         * Minimum number of numeric characters in the result. Default value is <code>0</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_numeric Password#min_numeric}
         * <p>
         * @return {@code this}
         * @param minNumeric Minimum number of numeric characters in the result. Default value is <code>0</code>. This parameter is required.
         */
        public Builder minNumeric(final java.lang.Number minNumeric) {
            this.config.minNumeric(minNumeric);
            return this;
        }

        /**
         * Minimum number of special characters in the result. Default value is <code>0</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_special Password#min_special}
         * <p>
         * @return {@code this}
         * @param minSpecial Minimum number of special characters in the result. Default value is <code>0</code>. This parameter is required.
         */
        public Builder minSpecial(final java.lang.Number minSpecial) {
            this.config.minSpecial(minSpecial);
            return this;
        }

        /**
         * Minimum number of uppercase alphabet characters in the result. Default value is <code>0</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_upper Password#min_upper}
         * <p>
         * @return {@code this}
         * @param minUpper Minimum number of uppercase alphabet characters in the result. Default value is <code>0</code>. This parameter is required.
         */
        public Builder minUpper(final java.lang.Number minUpper) {
            this.config.minUpper(minUpper);
            return this;
        }

        /**
         * Include numeric characters in the result. Default value is <code>true</code>. <strong>NOTE</strong>: This is deprecated, use <code>numeric</code> instead.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#number Password#number}
         * <p>
         * @return {@code this}
         * @param number Include numeric characters in the result. Default value is <code>true</code>. <strong>NOTE</strong>: This is deprecated, use <code>numeric</code> instead. This parameter is required.
         */
        public Builder number(final java.lang.Boolean number) {
            this.config.number(number);
            return this;
        }
        /**
         * Include numeric characters in the result. Default value is <code>true</code>. <strong>NOTE</strong>: This is deprecated, use <code>numeric</code> instead.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#number Password#number}
         * <p>
         * @return {@code this}
         * @param number Include numeric characters in the result. Default value is <code>true</code>. <strong>NOTE</strong>: This is deprecated, use <code>numeric</code> instead. This parameter is required.
         */
        public Builder number(final com.hashicorp.cdktf.IResolvable number) {
            this.config.number(number);
            return this;
        }

        /**
         * Include numeric characters in the result. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#numeric Password#numeric}
         * <p>
         * @return {@code this}
         * @param numeric Include numeric characters in the result. Default value is <code>true</code>. This parameter is required.
         */
        public Builder numeric(final java.lang.Boolean numeric) {
            this.config.numeric(numeric);
            return this;
        }
        /**
         * Include numeric characters in the result. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#numeric Password#numeric}
         * <p>
         * @return {@code this}
         * @param numeric Include numeric characters in the result. Default value is <code>true</code>. This parameter is required.
         */
        public Builder numeric(final com.hashicorp.cdktf.IResolvable numeric) {
            this.config.numeric(numeric);
            return this;
        }

        /**
         * Supply your own list of special characters to use for string generation.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#override_special Password#override_special}
         * <p>
         * @return {@code this}
         * @param overrideSpecial Supply your own list of special characters to use for string generation. This parameter is required.
         */
        public Builder overrideSpecial(final java.lang.String overrideSpecial) {
            this.config.overrideSpecial(overrideSpecial);
            return this;
        }

        /**
         * Include special characters in the result. These are <code>!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?</code>. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#special Password#special}
         * <p>
         * @return {@code this}
         * @param special Include special characters in the result. These are <code>!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?</code>. Default value is <code>true</code>. This parameter is required.
         */
        public Builder special(final java.lang.Boolean special) {
            this.config.special(special);
            return this;
        }
        /**
         * Include special characters in the result. These are <code>!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?</code>. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#special Password#special}
         * <p>
         * @return {@code this}
         * @param special Include special characters in the result. These are <code>!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?</code>. Default value is <code>true</code>. This parameter is required.
         */
        public Builder special(final com.hashicorp.cdktf.IResolvable special) {
            this.config.special(special);
            return this;
        }

        /**
         * Include uppercase alphabet characters in the result. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#upper Password#upper}
         * <p>
         * @return {@code this}
         * @param upper Include uppercase alphabet characters in the result. Default value is <code>true</code>. This parameter is required.
         */
        public Builder upper(final java.lang.Boolean upper) {
            this.config.upper(upper);
            return this;
        }
        /**
         * Include uppercase alphabet characters in the result. Default value is <code>true</code>.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#upper Password#upper}
         * <p>
         * @return {@code this}
         * @param upper Include uppercase alphabet characters in the result. Default value is <code>true</code>. This parameter is required.
         */
        public Builder upper(final com.hashicorp.cdktf.IResolvable upper) {
            this.config.upper(upper);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.random.password.Password}.
         */
        @Override
        public imports.random.password.Password build() {
            return new imports.random.password.Password(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
