package imports.scaleway.object_bucket_lock_configuration;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.scaleway.$Module.class, fqn = "scaleway.objectBucketLockConfiguration.ObjectBucketLockConfigurationRuleOutputReference")
public class ObjectBucketLockConfigurationRuleOutputReference extends com.hashicorp.cdktf.ComplexObject {

    protected ObjectBucketLockConfigurationRuleOutputReference(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ObjectBucketLockConfigurationRuleOutputReference(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param terraformResource The parent resource. This parameter is required.
     * @param terraformAttribute The attribute on the parent resource this class is referencing. This parameter is required.
     */
    public ObjectBucketLockConfigurationRuleOutputReference(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IInterpolatingParent terraformResource, final @org.jetbrains.annotations.NotNull java.lang.String terraformAttribute) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(terraformResource, "terraformResource is required"), java.util.Objects.requireNonNull(terraformAttribute, "terraformAttribute is required") });
    }

    public void putDefaultRetention(final @org.jetbrains.annotations.NotNull imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention value) {
        software.amazon.jsii.Kernel.call(this, "putDefaultRetention", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public @org.jetbrains.annotations.NotNull imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetentionOutputReference getDefaultRetention() {
        return software.amazon.jsii.Kernel.get(this, "defaultRetention", software.amazon.jsii.NativeType.forClass(imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetentionOutputReference.class));
    }

    public @org.jetbrains.annotations.Nullable imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention getDefaultRetentionInput() {
        return software.amazon.jsii.Kernel.get(this, "defaultRetentionInput", software.amazon.jsii.NativeType.forClass(imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRuleDefaultRetention.class));
    }

    public @org.jetbrains.annotations.Nullable imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRule getInternalValue() {
        return software.amazon.jsii.Kernel.get(this, "internalValue", software.amazon.jsii.NativeType.forClass(imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRule.class));
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable imports.scaleway.object_bucket_lock_configuration.ObjectBucketLockConfigurationRule value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }
}
