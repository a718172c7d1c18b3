package imports.scaleway.object_bucket_lock_configuration;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucketLockConfiguration.ObjectBucketLockConfigurationRuleDefaultRetention")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketLockConfigurationRuleDefaultRetention.Jsii$Proxy.class)
public interface ObjectBucketLockConfigurationRuleDefaultRetention extends software.amazon.jsii.JsiiSerializable {

    /**
     * The default Object Lock retention mode you want to apply to new objects placed in the specified bucket.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#mode ObjectBucketLockConfiguration#mode}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getMode();

    /**
     * The number of days that you want to specify for the default retention period.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#days ObjectBucketLockConfiguration#days}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getDays() {
        return null;
    }

    /**
     * The number of years that you want to specify for the default retention period.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#years ObjectBucketLockConfiguration#years}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getYears() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ObjectBucketLockConfigurationRuleDefaultRetention}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketLockConfigurationRuleDefaultRetention}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketLockConfigurationRuleDefaultRetention> {
        java.lang.String mode;
        java.lang.Number days;
        java.lang.Number years;

        /**
         * Sets the value of {@link ObjectBucketLockConfigurationRuleDefaultRetention#getMode}
         * @param mode The default Object Lock retention mode you want to apply to new objects placed in the specified bucket. This parameter is required.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#mode ObjectBucketLockConfiguration#mode}
         * @return {@code this}
         */
        public Builder mode(java.lang.String mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLockConfigurationRuleDefaultRetention#getDays}
         * @param days The number of days that you want to specify for the default retention period.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#days ObjectBucketLockConfiguration#days}
         * @return {@code this}
         */
        public Builder days(java.lang.Number days) {
            this.days = days;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLockConfigurationRuleDefaultRetention#getYears}
         * @param years The number of years that you want to specify for the default retention period.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#years ObjectBucketLockConfiguration#years}
         * @return {@code this}
         */
        public Builder years(java.lang.Number years) {
            this.years = years;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketLockConfigurationRuleDefaultRetention}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketLockConfigurationRuleDefaultRetention build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketLockConfigurationRuleDefaultRetention}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketLockConfigurationRuleDefaultRetention {
        private final java.lang.String mode;
        private final java.lang.Number days;
        private final java.lang.Number years;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.mode = software.amazon.jsii.Kernel.get(this, "mode", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.days = software.amazon.jsii.Kernel.get(this, "days", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.years = software.amazon.jsii.Kernel.get(this, "years", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.mode = java.util.Objects.requireNonNull(builder.mode, "mode is required");
            this.days = builder.days;
            this.years = builder.years;
        }

        @Override
        public final java.lang.String getMode() {
            return this.mode;
        }

        @Override
        public final java.lang.Number getDays() {
            return this.days;
        }

        @Override
        public final java.lang.Number getYears() {
            return this.years;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("mode", om.valueToTree(this.getMode()));
            if (this.getDays() != null) {
                data.set("days", om.valueToTree(this.getDays()));
            }
            if (this.getYears() != null) {
                data.set("years", om.valueToTree(this.getYears()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucketLockConfiguration.ObjectBucketLockConfigurationRuleDefaultRetention"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketLockConfigurationRuleDefaultRetention.Jsii$Proxy that = (ObjectBucketLockConfigurationRuleDefaultRetention.Jsii$Proxy) o;

            if (!mode.equals(that.mode)) return false;
            if (this.days != null ? !this.days.equals(that.days) : that.days != null) return false;
            return this.years != null ? this.years.equals(that.years) : that.years == null;
        }

        @Override
        public final int hashCode() {
            int result = this.mode.hashCode();
            result = 31 * result + (this.days != null ? this.days.hashCode() : 0);
            result = 31 * result + (this.years != null ? this.years.hashCode() : 0);
            return result;
        }
    }
}
