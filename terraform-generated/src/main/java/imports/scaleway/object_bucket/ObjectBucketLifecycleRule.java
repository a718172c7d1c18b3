package imports.scaleway.object_bucket;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucket.ObjectBucketLifecycleRule")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketLifecycleRule.Jsii$Proxy.class)
public interface ObjectBucketLifecycleRule extends software.amazon.jsii.JsiiSerializable {

    /**
     * Specifies if the configuration rule is Enabled or Disabled.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#enabled ObjectBucket#enabled}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    @org.jetbrains.annotations.NotNull java.lang.Object getEnabled();

    /**
     * Specifies the number of days after initiating a multipart upload when the multipart upload must be completed.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#abort_incomplete_multipart_upload_days ObjectBucket#abort_incomplete_multipart_upload_days}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getAbortIncompleteMultipartUploadDays() {
        return null;
    }

    /**
     * expiration block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#expiration ObjectBucket#expiration}
     */
    default @org.jetbrains.annotations.Nullable imports.scaleway.object_bucket.ObjectBucketLifecycleRuleExpiration getExpiration() {
        return null;
    }

    /**
     * Unique identifier for the rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#id ObjectBucket#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * The prefix identifying one or more objects to which the rule applies.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#prefix ObjectBucket#prefix}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPrefix() {
        return null;
    }

    /**
     * The tags associated with the bucket lifecycle.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#tags ObjectBucket#tags}
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getTags() {
        return null;
    }

    /**
     * transition block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#transition ObjectBucket#transition}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.scaleway.object_bucket.ObjectBucketLifecycleRuleTransition}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getTransition() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ObjectBucketLifecycleRule}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketLifecycleRule}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketLifecycleRule> {
        java.lang.Object enabled;
        java.lang.Number abortIncompleteMultipartUploadDays;
        imports.scaleway.object_bucket.ObjectBucketLifecycleRuleExpiration expiration;
        java.lang.String id;
        java.lang.String prefix;
        java.util.Map<java.lang.String, java.lang.String> tags;
        java.lang.Object transition;

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getEnabled}
         * @param enabled Specifies if the configuration rule is Enabled or Disabled. This parameter is required.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#enabled ObjectBucket#enabled}
         * @return {@code this}
         */
        public Builder enabled(java.lang.Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getEnabled}
         * @param enabled Specifies if the configuration rule is Enabled or Disabled. This parameter is required.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#enabled ObjectBucket#enabled}
         * @return {@code this}
         */
        public Builder enabled(com.hashicorp.cdktf.IResolvable enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getAbortIncompleteMultipartUploadDays}
         * @param abortIncompleteMultipartUploadDays Specifies the number of days after initiating a multipart upload when the multipart upload must be completed.
         *                                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#abort_incomplete_multipart_upload_days ObjectBucket#abort_incomplete_multipart_upload_days}
         * @return {@code this}
         */
        public Builder abortIncompleteMultipartUploadDays(java.lang.Number abortIncompleteMultipartUploadDays) {
            this.abortIncompleteMultipartUploadDays = abortIncompleteMultipartUploadDays;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getExpiration}
         * @param expiration expiration block.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#expiration ObjectBucket#expiration}
         * @return {@code this}
         */
        public Builder expiration(imports.scaleway.object_bucket.ObjectBucketLifecycleRuleExpiration expiration) {
            this.expiration = expiration;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getId}
         * @param id Unique identifier for the rule.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#id ObjectBucket#id}
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
         * Sets the value of {@link ObjectBucketLifecycleRule#getPrefix}
         * @param prefix The prefix identifying one or more objects to which the rule applies.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#prefix ObjectBucket#prefix}
         * @return {@code this}
         */
        public Builder prefix(java.lang.String prefix) {
            this.prefix = prefix;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getTags}
         * @param tags The tags associated with the bucket lifecycle.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#tags ObjectBucket#tags}
         * @return {@code this}
         */
        public Builder tags(java.util.Map<java.lang.String, java.lang.String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getTransition}
         * @param transition transition block.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#transition ObjectBucket#transition}
         * @return {@code this}
         */
        public Builder transition(com.hashicorp.cdktf.IResolvable transition) {
            this.transition = transition;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketLifecycleRule#getTransition}
         * @param transition transition block.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket#transition ObjectBucket#transition}
         * @return {@code this}
         */
        public Builder transition(java.util.List<? extends imports.scaleway.object_bucket.ObjectBucketLifecycleRuleTransition> transition) {
            this.transition = transition;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketLifecycleRule}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketLifecycleRule build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketLifecycleRule}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketLifecycleRule {
        private final java.lang.Object enabled;
        private final java.lang.Number abortIncompleteMultipartUploadDays;
        private final imports.scaleway.object_bucket.ObjectBucketLifecycleRuleExpiration expiration;
        private final java.lang.String id;
        private final java.lang.String prefix;
        private final java.util.Map<java.lang.String, java.lang.String> tags;
        private final java.lang.Object transition;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.enabled = software.amazon.jsii.Kernel.get(this, "enabled", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.abortIncompleteMultipartUploadDays = software.amazon.jsii.Kernel.get(this, "abortIncompleteMultipartUploadDays", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.expiration = software.amazon.jsii.Kernel.get(this, "expiration", software.amazon.jsii.NativeType.forClass(imports.scaleway.object_bucket.ObjectBucketLifecycleRuleExpiration.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.prefix = software.amazon.jsii.Kernel.get(this, "prefix", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.tags = software.amazon.jsii.Kernel.get(this, "tags", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.transition = software.amazon.jsii.Kernel.get(this, "transition", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.enabled = java.util.Objects.requireNonNull(builder.enabled, "enabled is required");
            this.abortIncompleteMultipartUploadDays = builder.abortIncompleteMultipartUploadDays;
            this.expiration = builder.expiration;
            this.id = builder.id;
            this.prefix = builder.prefix;
            this.tags = builder.tags;
            this.transition = builder.transition;
        }

        @Override
        public final java.lang.Object getEnabled() {
            return this.enabled;
        }

        @Override
        public final java.lang.Number getAbortIncompleteMultipartUploadDays() {
            return this.abortIncompleteMultipartUploadDays;
        }

        @Override
        public final imports.scaleway.object_bucket.ObjectBucketLifecycleRuleExpiration getExpiration() {
            return this.expiration;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.String getPrefix() {
            return this.prefix;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getTags() {
            return this.tags;
        }

        @Override
        public final java.lang.Object getTransition() {
            return this.transition;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("enabled", om.valueToTree(this.getEnabled()));
            if (this.getAbortIncompleteMultipartUploadDays() != null) {
                data.set("abortIncompleteMultipartUploadDays", om.valueToTree(this.getAbortIncompleteMultipartUploadDays()));
            }
            if (this.getExpiration() != null) {
                data.set("expiration", om.valueToTree(this.getExpiration()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getPrefix() != null) {
                data.set("prefix", om.valueToTree(this.getPrefix()));
            }
            if (this.getTags() != null) {
                data.set("tags", om.valueToTree(this.getTags()));
            }
            if (this.getTransition() != null) {
                data.set("transition", om.valueToTree(this.getTransition()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucket.ObjectBucketLifecycleRule"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketLifecycleRule.Jsii$Proxy that = (ObjectBucketLifecycleRule.Jsii$Proxy) o;

            if (!enabled.equals(that.enabled)) return false;
            if (this.abortIncompleteMultipartUploadDays != null ? !this.abortIncompleteMultipartUploadDays.equals(that.abortIncompleteMultipartUploadDays) : that.abortIncompleteMultipartUploadDays != null) return false;
            if (this.expiration != null ? !this.expiration.equals(that.expiration) : that.expiration != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.prefix != null ? !this.prefix.equals(that.prefix) : that.prefix != null) return false;
            if (this.tags != null ? !this.tags.equals(that.tags) : that.tags != null) return false;
            return this.transition != null ? this.transition.equals(that.transition) : that.transition == null;
        }

        @Override
        public final int hashCode() {
            int result = this.enabled.hashCode();
            result = 31 * result + (this.abortIncompleteMultipartUploadDays != null ? this.abortIncompleteMultipartUploadDays.hashCode() : 0);
            result = 31 * result + (this.expiration != null ? this.expiration.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.prefix != null ? this.prefix.hashCode() : 0);
            result = 31 * result + (this.tags != null ? this.tags.hashCode() : 0);
            result = 31 * result + (this.transition != null ? this.transition.hashCode() : 0);
            return result;
        }
    }
}
