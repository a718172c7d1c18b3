package imports.gitlab.project_protected_environment;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.projectProtectedEnvironment.ProjectProtectedEnvironmentDeployAccessLevelsOutputReference")
public class ProjectProtectedEnvironmentDeployAccessLevelsOutputReference extends com.hashicorp.cdktf.ComplexObject {

    protected ProjectProtectedEnvironmentDeployAccessLevelsOutputReference(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ProjectProtectedEnvironmentDeployAccessLevelsOutputReference(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param terraformResource The parent resource. This parameter is required.
     * @param terraformAttribute The attribute on the parent resource this class is referencing. This parameter is required.
     * @param complexObjectIndex the index of this item in the list. This parameter is required.
     * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index). This parameter is required.
     */
    public ProjectProtectedEnvironmentDeployAccessLevelsOutputReference(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IInterpolatingParent terraformResource, final @org.jetbrains.annotations.NotNull java.lang.String terraformAttribute, final @org.jetbrains.annotations.NotNull java.lang.Number complexObjectIndex, final @org.jetbrains.annotations.NotNull java.lang.Boolean complexObjectIsFromSet) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(terraformResource, "terraformResource is required"), java.util.Objects.requireNonNull(terraformAttribute, "terraformAttribute is required"), java.util.Objects.requireNonNull(complexObjectIndex, "complexObjectIndex is required"), java.util.Objects.requireNonNull(complexObjectIsFromSet, "complexObjectIsFromSet is required") });
    }

    public void resetAccessLevel() {
        software.amazon.jsii.Kernel.call(this, "resetAccessLevel", software.amazon.jsii.NativeType.VOID);
    }

    public void resetGroupId() {
        software.amazon.jsii.Kernel.call(this, "resetGroupId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetUserId() {
        software.amazon.jsii.Kernel.call(this, "resetUserId", software.amazon.jsii.NativeType.VOID);
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getAccessLevelDescription() {
        return software.amazon.jsii.Kernel.get(this, "accessLevelDescription", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getAccessLevelInput() {
        return software.amazon.jsii.Kernel.get(this, "accessLevelInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getGroupIdInput() {
        return software.amazon.jsii.Kernel.get(this, "groupIdInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getUserIdInput() {
        return software.amazon.jsii.Kernel.get(this, "userIdInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getAccessLevel() {
        return software.amazon.jsii.Kernel.get(this, "accessLevel", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setAccessLevel(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "accessLevel", java.util.Objects.requireNonNull(value, "accessLevel is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getGroupId() {
        return software.amazon.jsii.Kernel.get(this, "groupId", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setGroupId(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "groupId", java.util.Objects.requireNonNull(value, "groupId is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getUserId() {
        return software.amazon.jsii.Kernel.get(this, "userId", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setUserId(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "userId", java.util.Objects.requireNonNull(value, "userId is required"));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or {@link imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getInternalValue() {
        return software.amazon.jsii.Kernel.get(this, "internalValue", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable imports.gitlab.project_protected_environment.ProjectProtectedEnvironmentDeployAccessLevels value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }
}
