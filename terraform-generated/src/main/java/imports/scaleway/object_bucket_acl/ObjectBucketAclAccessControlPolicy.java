package imports.scaleway.object_bucket_acl;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucketAcl.ObjectBucketAclAccessControlPolicy")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketAclAccessControlPolicy.Jsii$Proxy.class)
public interface ObjectBucketAclAccessControlPolicy extends software.amazon.jsii.JsiiSerializable {

    /**
     * owner block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#owner ObjectBucketAcl#owner}
     */
    @org.jetbrains.annotations.NotNull imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyOwner getOwner();

    /**
     * grant block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#grant ObjectBucketAcl#grant}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrant}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getGrant() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ObjectBucketAclAccessControlPolicy}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketAclAccessControlPolicy}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketAclAccessControlPolicy> {
        imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyOwner owner;
        java.lang.Object grant;

        /**
         * Sets the value of {@link ObjectBucketAclAccessControlPolicy#getOwner}
         * @param owner owner block. This parameter is required.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#owner ObjectBucketAcl#owner}
         * @return {@code this}
         */
        public Builder owner(imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyOwner owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketAclAccessControlPolicy#getGrant}
         * @param grant grant block.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#grant ObjectBucketAcl#grant}
         * @return {@code this}
         */
        public Builder grant(com.hashicorp.cdktf.IResolvable grant) {
            this.grant = grant;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketAclAccessControlPolicy#getGrant}
         * @param grant grant block.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#grant ObjectBucketAcl#grant}
         * @return {@code this}
         */
        public Builder grant(java.util.List<? extends imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrant> grant) {
            this.grant = grant;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketAclAccessControlPolicy}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketAclAccessControlPolicy build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketAclAccessControlPolicy}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketAclAccessControlPolicy {
        private final imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyOwner owner;
        private final java.lang.Object grant;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.owner = software.amazon.jsii.Kernel.get(this, "owner", software.amazon.jsii.NativeType.forClass(imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyOwner.class));
            this.grant = software.amazon.jsii.Kernel.get(this, "grant", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.owner = java.util.Objects.requireNonNull(builder.owner, "owner is required");
            this.grant = builder.grant;
        }

        @Override
        public final imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyOwner getOwner() {
            return this.owner;
        }

        @Override
        public final java.lang.Object getGrant() {
            return this.grant;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("owner", om.valueToTree(this.getOwner()));
            if (this.getGrant() != null) {
                data.set("grant", om.valueToTree(this.getGrant()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucketAcl.ObjectBucketAclAccessControlPolicy"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketAclAccessControlPolicy.Jsii$Proxy that = (ObjectBucketAclAccessControlPolicy.Jsii$Proxy) o;

            if (!owner.equals(that.owner)) return false;
            return this.grant != null ? this.grant.equals(that.grant) : that.grant == null;
        }

        @Override
        public final int hashCode() {
            int result = this.owner.hashCode();
            result = 31 * result + (this.grant != null ? this.grant.hashCode() : 0);
            return result;
        }
    }
}
