package imports.scaleway.iam_policy;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.iamPolicy.IamPolicyRule")
@software.amazon.jsii.Jsii.Proxy(IamPolicyRule.Jsii$Proxy.class)
public interface IamPolicyRule extends software.amazon.jsii.JsiiSerializable {

    /**
     * Names of permission sets bound to the rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/iam_policy#permission_set_names IamPolicy#permission_set_names}
     */
    @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getPermissionSetNames();

    /**
     * ID of organization scoped to the rule. Only one of project_ids and organization_id may be set.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/iam_policy#organization_id IamPolicy#organization_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getOrganizationId() {
        return null;
    }

    /**
     * List of project IDs scoped to the rule. Only one of project_ids and organization_id may be set.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/iam_policy#project_ids IamPolicy#project_ids}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getProjectIds() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link IamPolicyRule}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link IamPolicyRule}
     */
    public static final class Builder implements software.amazon.jsii.Builder<IamPolicyRule> {
        java.util.List<java.lang.String> permissionSetNames;
        java.lang.String organizationId;
        java.util.List<java.lang.String> projectIds;

        /**
         * Sets the value of {@link IamPolicyRule#getPermissionSetNames}
         * @param permissionSetNames Names of permission sets bound to the rule. This parameter is required.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/iam_policy#permission_set_names IamPolicy#permission_set_names}
         * @return {@code this}
         */
        public Builder permissionSetNames(java.util.List<java.lang.String> permissionSetNames) {
            this.permissionSetNames = permissionSetNames;
            return this;
        }

        /**
         * Sets the value of {@link IamPolicyRule#getOrganizationId}
         * @param organizationId ID of organization scoped to the rule. Only one of project_ids and organization_id may be set.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/iam_policy#organization_id IamPolicy#organization_id}
         * @return {@code this}
         */
        public Builder organizationId(java.lang.String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        /**
         * Sets the value of {@link IamPolicyRule#getProjectIds}
         * @param projectIds List of project IDs scoped to the rule. Only one of project_ids and organization_id may be set.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/scaleway/scaleway/2.47.0/docs/resources/iam_policy#project_ids IamPolicy#project_ids}
         * @return {@code this}
         */
        public Builder projectIds(java.util.List<java.lang.String> projectIds) {
            this.projectIds = projectIds;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link IamPolicyRule}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public IamPolicyRule build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link IamPolicyRule}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements IamPolicyRule {
        private final java.util.List<java.lang.String> permissionSetNames;
        private final java.lang.String organizationId;
        private final java.util.List<java.lang.String> projectIds;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.permissionSetNames = software.amazon.jsii.Kernel.get(this, "permissionSetNames", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.organizationId = software.amazon.jsii.Kernel.get(this, "organizationId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.projectIds = software.amazon.jsii.Kernel.get(this, "projectIds", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.permissionSetNames = java.util.Objects.requireNonNull(builder.permissionSetNames, "permissionSetNames is required");
            this.organizationId = builder.organizationId;
            this.projectIds = builder.projectIds;
        }

        @Override
        public final java.util.List<java.lang.String> getPermissionSetNames() {
            return this.permissionSetNames;
        }

        @Override
        public final java.lang.String getOrganizationId() {
            return this.organizationId;
        }

        @Override
        public final java.util.List<java.lang.String> getProjectIds() {
            return this.projectIds;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("permissionSetNames", om.valueToTree(this.getPermissionSetNames()));
            if (this.getOrganizationId() != null) {
                data.set("organizationId", om.valueToTree(this.getOrganizationId()));
            }
            if (this.getProjectIds() != null) {
                data.set("projectIds", om.valueToTree(this.getProjectIds()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("scaleway.iamPolicy.IamPolicyRule"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            IamPolicyRule.Jsii$Proxy that = (IamPolicyRule.Jsii$Proxy) o;

            if (!permissionSetNames.equals(that.permissionSetNames)) return false;
            if (this.organizationId != null ? !this.organizationId.equals(that.organizationId) : that.organizationId != null) return false;
            return this.projectIds != null ? this.projectIds.equals(that.projectIds) : that.projectIds == null;
        }

        @Override
        public final int hashCode() {
            int result = this.permissionSetNames.hashCode();
            result = 31 * result + (this.organizationId != null ? this.organizationId.hashCode() : 0);
            result = 31 * result + (this.projectIds != null ? this.projectIds.hashCode() : 0);
            return result;
        }
    }
}
