package imports.gitlab.project_protected_environment;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.projectProtectedEnvironment.ProjectProtectedEnvironmentDeployAccessLevels")
@software.amazon.jsii.Jsii.Proxy(ProjectProtectedEnvironmentDeployAccessLevels.Jsii$Proxy.class)
public interface ProjectProtectedEnvironmentDeployAccessLevels extends software.amazon.jsii.JsiiSerializable {

    /**
     * Levels of access required to deploy to this protected environment. Valid values are <code>developer</code>, <code>maintainer</code>.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#access_level ProjectProtectedEnvironment#access_level}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAccessLevel() {
        return null;
    }

    /**
     * The ID of the group allowed to deploy to this protected environment.
     * <p>
     * The project must be shared with the group.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#group_id ProjectProtectedEnvironment#group_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getGroupId() {
        return null;
    }

    /**
     * The ID of the user allowed to deploy to this protected environment.
     * <p>
     * The user must be a member of the project.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#user_id ProjectProtectedEnvironment#user_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getUserId() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ProjectProtectedEnvironmentDeployAccessLevels}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ProjectProtectedEnvironmentDeployAccessLevels}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ProjectProtectedEnvironmentDeployAccessLevels> {
        java.lang.String accessLevel;
        java.lang.Number groupId;
        java.lang.Number userId;

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentDeployAccessLevels#getAccessLevel}
         * @param accessLevel Levels of access required to deploy to this protected environment. Valid values are <code>developer</code>, <code>maintainer</code>.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#access_level ProjectProtectedEnvironment#access_level}
         * @return {@code this}
         */
        public Builder accessLevel(java.lang.String accessLevel) {
            this.accessLevel = accessLevel;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentDeployAccessLevels#getGroupId}
         * @param groupId The ID of the group allowed to deploy to this protected environment.
         *                The project must be shared with the group.
         *                
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#group_id ProjectProtectedEnvironment#group_id}
         * @return {@code this}
         */
        public Builder groupId(java.lang.Number groupId) {
            this.groupId = groupId;
            return this;
        }

        /**
         * Sets the value of {@link ProjectProtectedEnvironmentDeployAccessLevels#getUserId}
         * @param userId The ID of the user allowed to deploy to this protected environment.
         *               The user must be a member of the project.
         *               
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/project_protected_environment#user_id ProjectProtectedEnvironment#user_id}
         * @return {@code this}
         */
        public Builder userId(java.lang.Number userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ProjectProtectedEnvironmentDeployAccessLevels}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ProjectProtectedEnvironmentDeployAccessLevels build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ProjectProtectedEnvironmentDeployAccessLevels}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ProjectProtectedEnvironmentDeployAccessLevels {
        private final java.lang.String accessLevel;
        private final java.lang.Number groupId;
        private final java.lang.Number userId;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.accessLevel = software.amazon.jsii.Kernel.get(this, "accessLevel", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.groupId = software.amazon.jsii.Kernel.get(this, "groupId", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.userId = software.amazon.jsii.Kernel.get(this, "userId", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.accessLevel = builder.accessLevel;
            this.groupId = builder.groupId;
            this.userId = builder.userId;
        }

        @Override
        public final java.lang.String getAccessLevel() {
            return this.accessLevel;
        }

        @Override
        public final java.lang.Number getGroupId() {
            return this.groupId;
        }

        @Override
        public final java.lang.Number getUserId() {
            return this.userId;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAccessLevel() != null) {
                data.set("accessLevel", om.valueToTree(this.getAccessLevel()));
            }
            if (this.getGroupId() != null) {
                data.set("groupId", om.valueToTree(this.getGroupId()));
            }
            if (this.getUserId() != null) {
                data.set("userId", om.valueToTree(this.getUserId()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gitlab.projectProtectedEnvironment.ProjectProtectedEnvironmentDeployAccessLevels"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ProjectProtectedEnvironmentDeployAccessLevels.Jsii$Proxy that = (ProjectProtectedEnvironmentDeployAccessLevels.Jsii$Proxy) o;

            if (this.accessLevel != null ? !this.accessLevel.equals(that.accessLevel) : that.accessLevel != null) return false;
            if (this.groupId != null ? !this.groupId.equals(that.groupId) : that.groupId != null) return false;
            return this.userId != null ? this.userId.equals(that.userId) : that.userId == null;
        }

        @Override
        public final int hashCode() {
            int result = this.accessLevel != null ? this.accessLevel.hashCode() : 0;
            result = 31 * result + (this.groupId != null ? this.groupId.hashCode() : 0);
            result = 31 * result + (this.userId != null ? this.userId.hashCode() : 0);
            return result;
        }
    }
}
