package imports.scaleway.object_bucket;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucket.ObjectBucketLifecycleRuleTransition")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketLifecycleRuleTransition.Jsii$Proxy.class)
public interface ObjectBucketLifecycleRuleTransition extends software.amazon.jsii.JsiiSerializable {

    /**
     * Specifies the Scaleway Object Storage class to which you want the object to transition.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#storage_class ObjectBucket#storage_class}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getStorageClass();

    /**
     * Specifies the number of days after object creation when the specific rule action takes effect.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#days ObjectBucket#days}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getDays() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ObjectBucketLifecycleRuleTransition}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketLifecycleRuleTransition}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketLifecycleRuleTransition> {
        java.lang.String storageClass;
        java.lang.Number days;

        /**
         * Sets the value of {@link ObjectBucketLifecycleRuleTransition#getStorageClass}
         * @param storageClass Specifies the Scaleway Object Storage class to which you want the object to transition. This parameter is required.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#storage_class ObjectBucket#storage_class}
         * @return {@code this}
         */
        public Builder storageClass(java.lang.String storageClass) {
            this.storageClass = storageClass;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRuleTransition#getDays}
         * @param days Specifies the number of days after object creation when the specific rule action takes effect.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#days ObjectBucket#days}
         * @return {@code this}
         */
        public Builder days(java.lang.Number days) {
            this.days = days;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketLifecycleRuleTransition}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketLifecycleRuleTransition build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketLifecycleRuleTransition}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketLifecycleRuleTransition {
        private final java.lang.String storageClass;
        private final java.lang.Number days;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.storageClass = software.amazon.jsii.Kernel.get(this, "storageClass", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.days = software.amazon.jsii.Kernel.get(this, "days", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.storageClass = java.util.Objects.requireNonNull(builder.storageClass, "storageClass is required");
            this.days = builder.days;
        }

        @Override
        public final java.lang.String getStorageClass() {
            return this.storageClass;
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

            data.set("storageClass", om.valueToTree(this.getStorageClass()));
            if (this.getDays() != null) {
                data.set("days", om.valueToTree(this.getDays()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucket.ObjectBucketLifecycleRuleTransition"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketLifecycleRuleTransition.Jsii$Proxy that = (ObjectBucketLifecycleRuleTransition.Jsii$Proxy) o;

            if (!storageClass.equals(that.storageClass)) return false;
            return this.days != null ? this.days.equals(that.days) : that.days == null;
        }

        @Override
        public final int hashCode() {
            int result = this.storageClass.hashCode();
            result = 31 * result + (this.days != null ? this.days.hashCode() : 0);
            return result;
        }
    }
}
