package imports.vault.kv_secret_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.kvSecretV2.KvSecretV2CustomMetadataOutputReference")
public class KvSecretV2CustomMetadataOutputReference extends com.hashicorp.cdktf.ComplexObject {

    protected KvSecretV2CustomMetadataOutputReference(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected KvSecretV2CustomMetadataOutputReference(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param terraformResource The parent resource. This parameter is required.
     * @param terraformAttribute The attribute on the parent resource this class is referencing. This parameter is required.
     */
    public KvSecretV2CustomMetadataOutputReference(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IInterpolatingParent terraformResource, final @org.jetbrains.annotations.NotNull java.lang.String terraformAttribute) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(terraformResource, "terraformResource is required"), java.util.Objects.requireNonNull(terraformAttribute, "terraformAttribute is required") });
    }

    public void resetCasRequired() {
        software.amazon.jsii.Kernel.call(this, "resetCasRequired", software.amazon.jsii.NativeType.VOID);
    }

    public void resetData() {
        software.amazon.jsii.Kernel.call(this, "resetData", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDeleteVersionAfter() {
        software.amazon.jsii.Kernel.call(this, "resetDeleteVersionAfter", software.amazon.jsii.NativeType.VOID);
    }

    public void resetMaxVersions() {
        software.amazon.jsii.Kernel.call(this, "resetMaxVersions", software.amazon.jsii.NativeType.VOID);
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getCasRequiredInput() {
        return software.amazon.jsii.Kernel.get(this, "casRequiredInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getDataInput() {
        return java.util.Optional.ofNullable((java.util.Map<java.lang.String, java.lang.String>)(software.amazon.jsii.Kernel.get(this, "dataInput", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableMap).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getDeleteVersionAfterInput() {
        return software.amazon.jsii.Kernel.get(this, "deleteVersionAfterInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getMaxVersionsInput() {
        return software.amazon.jsii.Kernel.get(this, "maxVersionsInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getCasRequired() {
        return software.amazon.jsii.Kernel.get(this, "casRequired", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setCasRequired(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "casRequired", java.util.Objects.requireNonNull(value, "casRequired is required"));
    }

    public void setCasRequired(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "casRequired", java.util.Objects.requireNonNull(value, "casRequired is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> getData() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.get(this, "data", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setData(final @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "data", java.util.Objects.requireNonNull(value, "data is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getDeleteVersionAfter() {
        return software.amazon.jsii.Kernel.get(this, "deleteVersionAfter", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setDeleteVersionAfter(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "deleteVersionAfter", java.util.Objects.requireNonNull(value, "deleteVersionAfter is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getMaxVersions() {
        return software.amazon.jsii.Kernel.get(this, "maxVersions", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setMaxVersions(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "maxVersions", java.util.Objects.requireNonNull(value, "maxVersions is required"));
    }

    public @org.jetbrains.annotations.Nullable imports.vault.kv_secret_v2.KvSecretV2CustomMetadata getInternalValue() {
        return software.amazon.jsii.Kernel.get(this, "internalValue", software.amazon.jsii.NativeType.forClass(imports.vault.kv_secret_v2.KvSecretV2CustomMetadata.class));
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable imports.vault.kv_secret_v2.KvSecretV2CustomMetadata value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }
}
