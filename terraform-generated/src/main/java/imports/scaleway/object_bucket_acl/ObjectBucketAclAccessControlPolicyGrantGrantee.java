package imports.scaleway.object_bucket_acl;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucketAcl.ObjectBucketAclAccessControlPolicyGrantGrantee")
@software.amazon.jsii.Jsii.Proxy(ObjectBucketAclAccessControlPolicyGrantGrantee.Jsii$Proxy.class)
public interface ObjectBucketAclAccessControlPolicyGrantGrantee extends software.amazon.jsii.JsiiSerializable {

    /**
     * The project ID owner of the grantee.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#id ObjectBucketAcl#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * Type of grantee. Valid values: <code>CanonicalUser</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#type ObjectBucketAcl#type}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ObjectBucketAclAccessControlPolicyGrantGrantee}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ObjectBucketAclAccessControlPolicyGrantGrantee}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ObjectBucketAclAccessControlPolicyGrantGrantee> {
        java.lang.String id;
        java.lang.String type;

        /**
         * Sets the value of {@link ObjectBucketAclAccessControlPolicyGrantGrantee#getId}
         * @param id The project ID owner of the grantee.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#id ObjectBucketAcl#id}
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
         * Sets the value of {@link ObjectBucketAclAccessControlPolicyGrantGrantee#getType}
         * @param type Type of grantee. Valid values: <code>CanonicalUser</code>.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/object_bucket_acl#type ObjectBucketAcl#type}
         * @return {@code this}
         */
        public Builder type(java.lang.String type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ObjectBucketAclAccessControlPolicyGrantGrantee}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ObjectBucketAclAccessControlPolicyGrantGrantee build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ObjectBucketAclAccessControlPolicyGrantGrantee}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ObjectBucketAclAccessControlPolicyGrantGrantee {
        private final java.lang.String id;
        private final java.lang.String type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.id = builder.id;
            this.type = builder.type;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.String getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.objectBucketAcl.ObjectBucketAclAccessControlPolicyGrantGrantee"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ObjectBucketAclAccessControlPolicyGrantGrantee.Jsii$Proxy that = (ObjectBucketAclAccessControlPolicyGrantGrantee.Jsii$Proxy) o;

            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.id != null ? this.id.hashCode() : 0;
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
