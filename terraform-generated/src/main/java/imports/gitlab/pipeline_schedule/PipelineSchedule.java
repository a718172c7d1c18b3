package imports.gitlab.pipeline_schedule;

/**
 * Represents a {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule gitlab_pipeline_schedule}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.pipelineSchedule.PipelineSchedule")
public class PipelineSchedule extends com.hashicorp.cdktf.TerraformResource {

    protected PipelineSchedule(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected PipelineSchedule(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.gitlab.pipeline_schedule.PipelineSchedule.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule gitlab_pipeline_schedule} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public PipelineSchedule(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.gitlab.pipeline_schedule.PipelineScheduleConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a PipelineSchedule resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the PipelineSchedule to import. This parameter is required.
     * @param importFromId The id of the existing PipelineSchedule that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the PipelineSchedule to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.pipeline_schedule.PipelineSchedule.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a PipelineSchedule resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the PipelineSchedule to import. This parameter is required.
     * @param importFromId The id of the existing PipelineSchedule that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gitlab.pipeline_schedule.PipelineSchedule.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetActive() {
        software.amazon.jsii.Kernel.call(this, "resetActive", software.amazon.jsii.NativeType.VOID);
    }

    public void resetCronTimezone() {
        software.amazon.jsii.Kernel.call(this, "resetCronTimezone", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTakeOwnership() {
        software.amazon.jsii.Kernel.call(this, "resetTakeOwnership", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getOwner() {
        return software.amazon.jsii.Kernel.get(this, "owner", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getPipelineScheduleId() {
        return software.amazon.jsii.Kernel.get(this, "pipelineScheduleId", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getActiveInput() {
        return software.amazon.jsii.Kernel.get(this, "activeInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCronInput() {
        return software.amazon.jsii.Kernel.get(this, "cronInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCronTimezoneInput() {
        return software.amazon.jsii.Kernel.get(this, "cronTimezoneInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getDescriptionInput() {
        return software.amazon.jsii.Kernel.get(this, "descriptionInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getProjectInput() {
        return software.amazon.jsii.Kernel.get(this, "projectInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getRefInput() {
        return software.amazon.jsii.Kernel.get(this, "refInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getTakeOwnershipInput() {
        return software.amazon.jsii.Kernel.get(this, "takeOwnershipInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getActive() {
        return software.amazon.jsii.Kernel.get(this, "active", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setActive(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "active", java.util.Objects.requireNonNull(value, "active is required"));
    }

    public void setActive(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "active", java.util.Objects.requireNonNull(value, "active is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getCron() {
        return software.amazon.jsii.Kernel.get(this, "cron", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCron(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "cron", java.util.Objects.requireNonNull(value, "cron is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getCronTimezone() {
        return software.amazon.jsii.Kernel.get(this, "cronTimezone", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCronTimezone(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "cronTimezone", java.util.Objects.requireNonNull(value, "cronTimezone is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getDescription() {
        return software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setDescription(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "description", java.util.Objects.requireNonNull(value, "description is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getProject() {
        return software.amazon.jsii.Kernel.get(this, "project", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setProject(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "project", java.util.Objects.requireNonNull(value, "project is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getRef() {
        return software.amazon.jsii.Kernel.get(this, "ref", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setRef(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "ref", java.util.Objects.requireNonNull(value, "ref is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getTakeOwnership() {
        return software.amazon.jsii.Kernel.get(this, "takeOwnership", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setTakeOwnership(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "takeOwnership", java.util.Objects.requireNonNull(value, "takeOwnership is required"));
    }

    public void setTakeOwnership(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "takeOwnership", java.util.Objects.requireNonNull(value, "takeOwnership is required"));
    }

    /**
     * A fluent builder for {@link imports.gitlab.pipeline_schedule.PipelineSchedule}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.gitlab.pipeline_schedule.PipelineSchedule> {
        /**
         * @return a new instance of {@link Builder}.
         * @param scope The scope in which to define this construct. This parameter is required.
         * @param id The scoped construct ID. This parameter is required.
         */
        public static Builder create(final software.constructs.Construct scope, final java.lang.String id) {
            return new Builder(scope, id);
        }

        private final software.constructs.Construct scope;
        private final java.lang.String id;
        private final imports.gitlab.pipeline_schedule.PipelineScheduleConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.gitlab.pipeline_schedule.PipelineScheduleConfig.Builder();
        }

        /**
         * @return {@code this}
         * @param connection This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(final com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.config.connection(connection);
            return this;
        }
        /**
         * @return {@code this}
         * @param connection This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(final com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.config.connection(connection);
            return this;
        }

        /**
         * @return {@code this}
         * @param count This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(final java.lang.Number count) {
            this.config.count(count);
            return this;
        }
        /**
         * @return {@code this}
         * @param count This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(final com.hashicorp.cdktf.TerraformCount count) {
            this.config.count(count);
            return this;
        }

        /**
         * @return {@code this}
         * @param dependsOn This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder dependsOn(final java.util.List<? extends com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
            this.config.dependsOn(dependsOn);
            return this;
        }

        /**
         * @return {@code this}
         * @param forEach This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(final com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.config.forEach(forEach);
            return this;
        }

        /**
         * @return {@code this}
         * @param lifecycle This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(final com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.config.lifecycle(lifecycle);
            return this;
        }

        /**
         * @return {@code this}
         * @param provider This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(final com.hashicorp.cdktf.TerraformProvider provider) {
            this.config.provider(provider);
            return this;
        }

        /**
         * @return {@code this}
         * @param provisioners This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provisioners(final java.util.List<? extends java.lang.Object> provisioners) {
            this.config.provisioners(provisioners);
            return this;
        }

        /**
         * The cron (e.g. <code>0 1 * * *</code>).
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#cron PipelineSchedule#cron}
         * <p>
         * @return {@code this}
         * @param cron The cron (e.g. <code>0 1 * * *</code>). This parameter is required.
         */
        public Builder cron(final java.lang.String cron) {
            this.config.cron(cron);
            return this;
        }

        /**
         * The description of the pipeline schedule.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#description PipelineSchedule#description}
         * <p>
         * @return {@code this}
         * @param description The description of the pipeline schedule. This parameter is required.
         */
        public Builder description(final java.lang.String description) {
            this.config.description(description);
            return this;
        }

        /**
         * The name or id of the project to add the schedule to.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#project PipelineSchedule#project}
         * <p>
         * @return {@code this}
         * @param project The name or id of the project to add the schedule to. This parameter is required.
         */
        public Builder project(final java.lang.String project) {
            this.config.project(project);
            return this;
        }

        /**
         * The branch/tag name to be triggered.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#ref PipelineSchedule#ref}
         * <p>
         * @return {@code this}
         * @param ref The branch/tag name to be triggered. This parameter is required.
         */
        public Builder ref(final java.lang.String ref) {
            this.config.ref(ref);
            return this;
        }

        /**
         * The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initially.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#active PipelineSchedule#active}
         * <p>
         * @return {@code this}
         * @param active The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initially. This parameter is required.
         */
        public Builder active(final java.lang.Boolean active) {
            this.config.active(active);
            return this;
        }
        /**
         * The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initially.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#active PipelineSchedule#active}
         * <p>
         * @return {@code this}
         * @param active The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initially. This parameter is required.
         */
        public Builder active(final com.hashicorp.cdktf.IResolvable active) {
            this.config.active(active);
            return this;
        }

        /**
         * The timezone.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#cron_timezone PipelineSchedule#cron_timezone}
         * <p>
         * @return {@code this}
         * @param cronTimezone The timezone. This parameter is required.
         */
        public Builder cronTimezone(final java.lang.String cronTimezone) {
            this.config.cronTimezone(cronTimezone);
            return this;
        }

        /**
         * When set to <code>true</code>, the user represented by the token running Terraform will take ownership of the scheduled pipeline prior to editing it.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#take_ownership PipelineSchedule#take_ownership}
         * <p>
         * @return {@code this}
         * @param takeOwnership When set to <code>true</code>, the user represented by the token running Terraform will take ownership of the scheduled pipeline prior to editing it. This parameter is required.
         */
        public Builder takeOwnership(final java.lang.Boolean takeOwnership) {
            this.config.takeOwnership(takeOwnership);
            return this;
        }
        /**
         * When set to <code>true</code>, the user represented by the token running Terraform will take ownership of the scheduled pipeline prior to editing it.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#take_ownership PipelineSchedule#take_ownership}
         * <p>
         * @return {@code this}
         * @param takeOwnership When set to <code>true</code>, the user represented by the token running Terraform will take ownership of the scheduled pipeline prior to editing it. This parameter is required.
         */
        public Builder takeOwnership(final com.hashicorp.cdktf.IResolvable takeOwnership) {
            this.config.takeOwnership(takeOwnership);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.gitlab.pipeline_schedule.PipelineSchedule}.
         */
        @Override
        public imports.gitlab.pipeline_schedule.PipelineSchedule build() {
            return new imports.gitlab.pipeline_schedule.PipelineSchedule(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
