package imports.random.password;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.random.$Module.class, fqn = "random.password.PasswordConfig")
@software.amazon.jsii.Jsii.Proxy(PasswordConfig.Jsii$Proxy.class)
public interface PasswordConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * The length of the string desired.
     * <p>
     * The minimum value for length is 1 and, length must also be >= (`min_upper` + `min_lower` + `min_numeric` + `min_special`).
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#length Password#length}
     */
    @org.jetbrains.annotations.NotNull java.lang.Number getLength();

    /**
     * Arbitrary map of values that, when changed, will trigger recreation of resource.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#keepers Password#keepers}
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getKeepers() {
        return null;
    }

    /**
     * Include lowercase alphabet characters in the result. Default value is <code>true</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#lower Password#lower}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getLower() {
        return null;
    }

    /**
     * Minimum number of lowercase alphabet characters in the result. Default value is <code>0</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_lower Password#min_lower}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMinLower() {
        return null;
    }

    /**
     * Minimum number of numeric characters in the result. Default value is <code>0</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_numeric Password#min_numeric}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMinNumeric() {
        return null;
    }

    /**
     * Minimum number of special characters in the result. Default value is <code>0</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_special Password#min_special}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMinSpecial() {
        return null;
    }

    /**
     * Minimum number of uppercase alphabet characters in the result. Default value is <code>0</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_upper Password#min_upper}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMinUpper() {
        return null;
    }

    /**
     * Include numeric characters in the result. Default value is <code>true</code>. <strong>NOTE</strong>: This is deprecated, use <code>numeric</code> instead.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#number Password#number}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getNumber() {
        return null;
    }

    /**
     * Include numeric characters in the result. Default value is <code>true</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#numeric Password#numeric}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getNumeric() {
        return null;
    }

    /**
     * Supply your own list of special characters to use for string generation.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#override_special Password#override_special}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getOverrideSpecial() {
        return null;
    }

    /**
     * Include special characters in the result. These are <code>!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?</code>. Default value is <code>true</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#special Password#special}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getSpecial() {
        return null;
    }

    /**
     * Include uppercase alphabet characters in the result. Default value is <code>true</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#upper Password#upper}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getUpper() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PasswordConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PasswordConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PasswordConfig> {
        java.lang.Number length;
        java.util.Map<java.lang.String, java.lang.String> keepers;
        java.lang.Object lower;
        java.lang.Number minLower;
        java.lang.Number minNumeric;
        java.lang.Number minSpecial;
        java.lang.Number minUpper;
        java.lang.Object number;
        java.lang.Object numeric;
        java.lang.String overrideSpecial;
        java.lang.Object special;
        java.lang.Object upper;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link PasswordConfig#getLength}
         * @param length The length of the string desired. This parameter is required.
         *               The minimum value for length is 1 and, length must also be >= (`min_upper` + `min_lower` + `min_numeric` + `min_special`).
         *               
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#length Password#length}
         * @return {@code this}
         */
        public Builder length(java.lang.Number length) {
            this.length = length;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getKeepers}
         * @param keepers Arbitrary map of values that, when changed, will trigger recreation of resource.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#keepers Password#keepers}
         * @return {@code this}
         */
        public Builder keepers(java.util.Map<java.lang.String, java.lang.String> keepers) {
            this.keepers = keepers;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getLower}
         * @param lower Include lowercase alphabet characters in the result. Default value is <code>true</code>.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#lower Password#lower}
         * @return {@code this}
         */
        public Builder lower(java.lang.Boolean lower) {
            this.lower = lower;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getLower}
         * @param lower Include lowercase alphabet characters in the result. Default value is <code>true</code>.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#lower Password#lower}
         * @return {@code this}
         */
        public Builder lower(com.hashicorp.cdktf.IResolvable lower) {
            this.lower = lower;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getMinLower}
         * @param minLower Minimum number of lowercase alphabet characters in the result. Default value is <code>0</code>.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_lower Password#min_lower}
         * @return {@code this}
         */
        public Builder minLower(java.lang.Number minLower) {
            this.minLower = minLower;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getMinNumeric}
         * @param minNumeric Minimum number of numeric characters in the result. Default value is <code>0</code>.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_numeric Password#min_numeric}
         * @return {@code this}
         */
        public Builder minNumeric(java.lang.Number minNumeric) {
            this.minNumeric = minNumeric;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getMinSpecial}
         * @param minSpecial Minimum number of special characters in the result. Default value is <code>0</code>.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_special Password#min_special}
         * @return {@code this}
         */
        public Builder minSpecial(java.lang.Number minSpecial) {
            this.minSpecial = minSpecial;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getMinUpper}
         * @param minUpper Minimum number of uppercase alphabet characters in the result. Default value is <code>0</code>.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#min_upper Password#min_upper}
         * @return {@code this}
         */
        public Builder minUpper(java.lang.Number minUpper) {
            this.minUpper = minUpper;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getNumber}
         * @param number Include numeric characters in the result. Default value is <code>true</code>. <strong>NOTE</strong>: This is deprecated, use <code>numeric</code> instead.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#number Password#number}
         * @return {@code this}
         */
        public Builder number(java.lang.Boolean number) {
            this.number = number;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getNumber}
         * @param number Include numeric characters in the result. Default value is <code>true</code>. <strong>NOTE</strong>: This is deprecated, use <code>numeric</code> instead.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#number Password#number}
         * @return {@code this}
         */
        public Builder number(com.hashicorp.cdktf.IResolvable number) {
            this.number = number;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getNumeric}
         * @param numeric Include numeric characters in the result. Default value is <code>true</code>.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#numeric Password#numeric}
         * @return {@code this}
         */
        public Builder numeric(java.lang.Boolean numeric) {
            this.numeric = numeric;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getNumeric}
         * @param numeric Include numeric characters in the result. Default value is <code>true</code>.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#numeric Password#numeric}
         * @return {@code this}
         */
        public Builder numeric(com.hashicorp.cdktf.IResolvable numeric) {
            this.numeric = numeric;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getOverrideSpecial}
         * @param overrideSpecial Supply your own list of special characters to use for string generation.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#override_special Password#override_special}
         * @return {@code this}
         */
        public Builder overrideSpecial(java.lang.String overrideSpecial) {
            this.overrideSpecial = overrideSpecial;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getSpecial}
         * @param special Include special characters in the result. These are <code>!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?</code>. Default value is <code>true</code>.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#special Password#special}
         * @return {@code this}
         */
        public Builder special(java.lang.Boolean special) {
            this.special = special;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getSpecial}
         * @param special Include special characters in the result. These are <code>!&#64;#$%&amp;*()-_=+[]{}&lt;&gt;:?</code>. Default value is <code>true</code>.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#special Password#special}
         * @return {@code this}
         */
        public Builder special(com.hashicorp.cdktf.IResolvable special) {
            this.special = special;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getUpper}
         * @param upper Include uppercase alphabet characters in the result. Default value is <code>true</code>.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#upper Password#upper}
         * @return {@code this}
         */
        public Builder upper(java.lang.Boolean upper) {
            this.upper = upper;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getUpper}
         * @param upper Include uppercase alphabet characters in the result. Default value is <code>true</code>.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/random/3.7.2/docs/resources/password#upper Password#upper}
         * @return {@code this}
         */
        public Builder upper(com.hashicorp.cdktf.IResolvable upper) {
            this.upper = upper;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getDependsOn}
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
         * Sets the value of {@link PasswordConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link PasswordConfig#getProvisioners}
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
         * @return a new instance of {@link PasswordConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PasswordConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PasswordConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PasswordConfig {
        private final java.lang.Number length;
        private final java.util.Map<java.lang.String, java.lang.String> keepers;
        private final java.lang.Object lower;
        private final java.lang.Number minLower;
        private final java.lang.Number minNumeric;
        private final java.lang.Number minSpecial;
        private final java.lang.Number minUpper;
        private final java.lang.Object number;
        private final java.lang.Object numeric;
        private final java.lang.String overrideSpecial;
        private final java.lang.Object special;
        private final java.lang.Object upper;
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
            this.length = software.amazon.jsii.Kernel.get(this, "length", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.keepers = software.amazon.jsii.Kernel.get(this, "keepers", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.lower = software.amazon.jsii.Kernel.get(this, "lower", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.minLower = software.amazon.jsii.Kernel.get(this, "minLower", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.minNumeric = software.amazon.jsii.Kernel.get(this, "minNumeric", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.minSpecial = software.amazon.jsii.Kernel.get(this, "minSpecial", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.minUpper = software.amazon.jsii.Kernel.get(this, "minUpper", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.number = software.amazon.jsii.Kernel.get(this, "number", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.numeric = software.amazon.jsii.Kernel.get(this, "numeric", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.overrideSpecial = software.amazon.jsii.Kernel.get(this, "overrideSpecial", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.special = software.amazon.jsii.Kernel.get(this, "special", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.upper = software.amazon.jsii.Kernel.get(this, "upper", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
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
            this.length = java.util.Objects.requireNonNull(builder.length, "length is required");
            this.keepers = builder.keepers;
            this.lower = builder.lower;
            this.minLower = builder.minLower;
            this.minNumeric = builder.minNumeric;
            this.minSpecial = builder.minSpecial;
            this.minUpper = builder.minUpper;
            this.number = builder.number;
            this.numeric = builder.numeric;
            this.overrideSpecial = builder.overrideSpecial;
            this.special = builder.special;
            this.upper = builder.upper;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.Number getLength() {
            return this.length;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getKeepers() {
            return this.keepers;
        }

        @Override
        public final java.lang.Object getLower() {
            return this.lower;
        }

        @Override
        public final java.lang.Number getMinLower() {
            return this.minLower;
        }

        @Override
        public final java.lang.Number getMinNumeric() {
            return this.minNumeric;
        }

        @Override
        public final java.lang.Number getMinSpecial() {
            return this.minSpecial;
        }

        @Override
        public final java.lang.Number getMinUpper() {
            return this.minUpper;
        }

        @Override
        public final java.lang.Object getNumber() {
            return this.number;
        }

        @Override
        public final java.lang.Object getNumeric() {
            return this.numeric;
        }

        @Override
        public final java.lang.String getOverrideSpecial() {
            return this.overrideSpecial;
        }

        @Override
        public final java.lang.Object getSpecial() {
            return this.special;
        }

        @Override
        public final java.lang.Object getUpper() {
            return this.upper;
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

            data.set("length", om.valueToTree(this.getLength()));
            if (this.getKeepers() != null) {
                data.set("keepers", om.valueToTree(this.getKeepers()));
            }
            if (this.getLower() != null) {
                data.set("lower", om.valueToTree(this.getLower()));
            }
            if (this.getMinLower() != null) {
                data.set("minLower", om.valueToTree(this.getMinLower()));
            }
            if (this.getMinNumeric() != null) {
                data.set("minNumeric", om.valueToTree(this.getMinNumeric()));
            }
            if (this.getMinSpecial() != null) {
                data.set("minSpecial", om.valueToTree(this.getMinSpecial()));
            }
            if (this.getMinUpper() != null) {
                data.set("minUpper", om.valueToTree(this.getMinUpper()));
            }
            if (this.getNumber() != null) {
                data.set("number", om.valueToTree(this.getNumber()));
            }
            if (this.getNumeric() != null) {
                data.set("numeric", om.valueToTree(this.getNumeric()));
            }
            if (this.getOverrideSpecial() != null) {
                data.set("overrideSpecial", om.valueToTree(this.getOverrideSpecial()));
            }
            if (this.getSpecial() != null) {
                data.set("special", om.valueToTree(this.getSpecial()));
            }
            if (this.getUpper() != null) {
                data.set("upper", om.valueToTree(this.getUpper()));
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
            struct.set("fqn", om.valueToTree("random.password.PasswordConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PasswordConfig.Jsii$Proxy that = (PasswordConfig.Jsii$Proxy) o;

            if (!length.equals(that.length)) return false;
            if (this.keepers != null ? !this.keepers.equals(that.keepers) : that.keepers != null) return false;
            if (this.lower != null ? !this.lower.equals(that.lower) : that.lower != null) return false;
            if (this.minLower != null ? !this.minLower.equals(that.minLower) : that.minLower != null) return false;
            if (this.minNumeric != null ? !this.minNumeric.equals(that.minNumeric) : that.minNumeric != null) return false;
            if (this.minSpecial != null ? !this.minSpecial.equals(that.minSpecial) : that.minSpecial != null) return false;
            if (this.minUpper != null ? !this.minUpper.equals(that.minUpper) : that.minUpper != null) return false;
            if (this.number != null ? !this.number.equals(that.number) : that.number != null) return false;
            if (this.numeric != null ? !this.numeric.equals(that.numeric) : that.numeric != null) return false;
            if (this.overrideSpecial != null ? !this.overrideSpecial.equals(that.overrideSpecial) : that.overrideSpecial != null) return false;
            if (this.special != null ? !this.special.equals(that.special) : that.special != null) return false;
            if (this.upper != null ? !this.upper.equals(that.upper) : that.upper != null) return false;
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
            int result = this.length.hashCode();
            result = 31 * result + (this.keepers != null ? this.keepers.hashCode() : 0);
            result = 31 * result + (this.lower != null ? this.lower.hashCode() : 0);
            result = 31 * result + (this.minLower != null ? this.minLower.hashCode() : 0);
            result = 31 * result + (this.minNumeric != null ? this.minNumeric.hashCode() : 0);
            result = 31 * result + (this.minSpecial != null ? this.minSpecial.hashCode() : 0);
            result = 31 * result + (this.minUpper != null ? this.minUpper.hashCode() : 0);
            result = 31 * result + (this.number != null ? this.number.hashCode() : 0);
            result = 31 * result + (this.numeric != null ? this.numeric.hashCode() : 0);
            result = 31 * result + (this.overrideSpecial != null ? this.overrideSpecial.hashCode() : 0);
            result = 31 * result + (this.special != null ? this.special.hashCode() : 0);
            result = 31 * result + (this.upper != null ? this.upper.hashCode() : 0);
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
