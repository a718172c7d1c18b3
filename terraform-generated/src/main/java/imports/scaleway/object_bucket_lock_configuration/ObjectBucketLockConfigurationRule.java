package imports.scaleway.object_bucket_lock_configuration;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucketLockConfiguration.ObjectBucketLockConfigurationRule")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketLockConfigurationRule.Jsii$Proxy.class)
public interface ObjectBucketLockConfigurationRule extends software.amazon.jsii.JsiiSerializable {

    /**
     * default_retention block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#default_retention ObjectBucketLockConfiguration#default_retention}
     */
    @org.jetbrains.annotations.NotNull imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention getDefaultRetention();

    /**
     * @return a {@link Builder} of {@link ObjectBucketLockConfigurationRule}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketLockConfigurationRule}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketLockConfigurationRule> {
        imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention defaultRetention;

        /**
         * Sets the value of {@link ObjectBucketLockConfigurationRule#getDefaultRetention}
         * @param defaultRetention default_retention block. This parameter is required.
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_lock_configuration#default_retention ObjectBucketLockConfiguration#default_retention}
         * @return {@code this}
         */
        public Builder defaultRetention(imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention defaultRetention) {
            this.defaultRetention = defaultRetention;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketLockConfigurationRule}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketLockConfigurationRule build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketLockConfigurationRule}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketLockConfigurationRule {
        private final imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention defaultRetention;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.defaultRetention = software.amazon.jsii.Kernel.get(this, "defaultRetention", software.amazon.jsii.NativeType.forClass(imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.defaultRetention = java.util.Objects.requireNonNull(builder.defaultRetention, "defaultRetention is required");
        }

        @Override
        public final imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention getDefaultRetention() {
            return this.defaultRetention;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("defaultRetention", om.valueToTree(this.getDefaultRetention()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucketLockConfiguration.ObjectBucketLockConfigurationRule"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketLockConfigurationRule.Jsii$Proxy that = (ObjectBucketLockConfigurationRule.Jsii$Proxy) o;

            return this.defaultRetention.equals(that.defaultRetention);
        }

        @Override
        public final int hashCode() {
            int result = this.defaultRetention.hashCode();
            return result;
        }
    }
}
