package imports.scaleway.object_bucket;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucket.ObjectBucketLifecycleRuleExpiration")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketLifecycleRuleExpiration.Jsii$Proxy.class)
public interface ObjectBucketLifecycleRuleExpiration extends software.amazon.jsii.JsiiSerializable {

    /**
     * Specifies the number of days after object creation when the specific rule action takes effect.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#days ObjectBucket#days}
     */
    @org.jetbrains.annotations.NotNull java.lang.Number getDays();

    /**
     * @return a {@link Builder} of {@link ObjectBucketLifecycleRuleExpiration}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketLifecycleRuleExpiration}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketLifecycleRuleExpiration> {
        java.lang.Number days;

        /**
         * Sets the value of {@link ObjectBucketLifecycleRuleExpiration#getDays}
         * @param days Specifies the number of days after object creation when the specific rule action takes effect. This parameter is required.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#days ObjectBucket#days}
         * @return {@code this}
         */
        public Builder days(java.lang.Number days) {
            this.days = days;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketLifecycleRuleExpiration}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketLifecycleRuleExpiration build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketLifecycleRuleExpiration}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketLifecycleRuleExpiration {
        private final java.lang.Number days;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.days = software.amazon.jsii.Kernel.get(this, "days", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.days = java.util.Objects.requireNonNull(builder.days, "days is required");
        }

        @Override
        public final java.lang.Number getDays() {
            return this.days;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("days", om.valueToTree(this.getDays()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucket.ObjectBucketLifecycleRuleExpiration"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketLifecycleRuleExpiration.Jsii$Proxy that = (ObjectBucketLifecycleRuleExpiration.Jsii$Proxy) o;

            return this.days.equals(that.days);
        }

        @Override
        public final int hashCode() {
            int result = this.days.hashCode();
            return result;
        }
    }
}
