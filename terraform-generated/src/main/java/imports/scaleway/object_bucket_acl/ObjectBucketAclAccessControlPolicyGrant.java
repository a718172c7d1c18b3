package imports.scaleway.object_bucket_acl;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucketAcl.ObjectBucketAclAccessControlPolicyGrant")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketAclAccessControlPolicyGrant.Jsii$Proxy.class)
public interface ObjectBucketAclAccessControlPolicyGrant extends software.amazon.jsii.JsiiSerializable {

    /**
     * Logging permissions assigned to the grantee for the bucket.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#permission ObjectBucketAcl#permission}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getPermission();

    /**
     * grantee block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#grantee ObjectBucketAcl#grantee}
     */
    default @org.jetbrains.annotations.Nullable imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrantGrantee getGrantee() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ObjectBucketAclAccessControlPolicyGrant}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketAclAccessControlPolicyGrant}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketAclAccessControlPolicyGrant> {
        java.lang.String permission;
        imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrantGrantee grantee;

        /**
         * Sets the value of {@link ObjectBucketAclAccessControlPolicyGrant#getPermission}
         * @param permission Logging permissions assigned to the grantee for the bucket. This parameter is required.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#permission ObjectBucketAcl#permission}
         * @return {@code this}
         */
        public Builder permission(java.lang.String permission) {
            this.permission = permission;
            return this;
        }

        /**
         * Sets the value of {@link ObjectBucketAclAccessControlPolicyGrant#getGrantee}
         * @param grantee grantee block.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#grantee ObjectBucketAcl#grantee}
         * @return {@code this}
         */
        public Builder grantee(imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrantGrantee grantee) {
            this.grantee = grantee;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketAclAccessControlPolicyGrant}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketAclAccessControlPolicyGrant build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketAclAccessControlPolicyGrant}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketAclAccessControlPolicyGrant {
        private final java.lang.String permission;
        private final imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrantGrantee grantee;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.permission = software.amazon.jsii.Kernel.get(this, "permission", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.grantee = software.amazon.jsii.Kernel.get(this, "grantee", software.amazon.jsii.NativeType.forClass(imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrantGrantee.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.permission = java.util.Objects.requireNonNull(builder.permission, "permission is required");
            this.grantee = builder.grantee;
        }

        @Override
        public final java.lang.String getPermission() {
            return this.permission;
        }

        @Override
        public final imports.scaleway.object_bucket_acl.ObjectBucketAclAccessControlPolicyGrantGrantee getGrantee() {
            return this.grantee;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("permission", om.valueToTree(this.getPermission()));
            if (this.getGrantee() != null) {
                data.set("grantee", om.valueToTree(this.getGrantee()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucketAcl.ObjectBucketAclAccessControlPolicyGrant"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketAclAccessControlPolicyGrant.Jsii$Proxy that = (ObjectBucketAclAccessControlPolicyGrant.Jsii$Proxy) o;

            if (!permission.equals(that.permission)) return false;
            return this.grantee != null ? this.grantee.equals(that.grantee) : that.grantee == null;
        }

        @Override
        public final int hashCode() {
            int result = this.permission.hashCode();
            result = 31 * result + (this.grantee != null ? this.grantee.hashCode() : 0);
            return result;
        }
    }
}
