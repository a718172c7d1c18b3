package imports.gitlab.pipeline_schedule;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.gitlab.$Module.class, fqn = "gitlab.pipelineSchedule.PipelineScheduleConfig")
@software.amazon.jsii.Jsii.Proxy(PipelineScheduleConfig.Jsii$Proxy.class)
public interface PipelineScheduleConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * The cron (e.g. <code>0 1 * * *</code>).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#cron PipelineSchedule#cron}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getCron();

    /**
     * The description of the pipeline schedule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#description PipelineSchedule#description}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getDescription();

    /**
     * The name or id of the project to add the schedule to.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#project PipelineSchedule#project}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getProject();

    /**
     * The branch/tag name to be triggered.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#ref PipelineSchedule#ref}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getRef();

    /**
     * The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initially.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#active PipelineSchedule#active}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getActive() {
        return null;
    }

    /**
     * The timezone.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#cron_timezone PipelineSchedule#cron_timezone}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCronTimezone() {
        return null;
    }

    /**
     * When set to <code>true</code>, the user represented by the token running Terraform will take ownership of the scheduled pipeline prior to editing it.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#take_ownership PipelineSchedule#take_ownership}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getTakeOwnership() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PipelineScheduleConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PipelineScheduleConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PipelineScheduleConfig> {
        java.lang.String cron;
        java.lang.String description;
        java.lang.String project;
        java.lang.String ref;
        java.lang.Object active;
        java.lang.String cronTimezone;
        java.lang.Object takeOwnership;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link PipelineScheduleConfig#getCron}
         * @param cron The cron (e.g. <code>0 1 * * *</code>). This parameter is required.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#cron PipelineSchedule#cron}
         * @return {@code this}
         */
        public Builder cron(java.lang.String cron) {
            this.cron = cron;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getDescription}
         * @param description The description of the pipeline schedule. This parameter is required.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#description PipelineSchedule#description}
         * @return {@code this}
         */
        public Builder description(java.lang.String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getProject}
         * @param project The name or id of the project to add the schedule to. This parameter is required.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#project PipelineSchedule#project}
         * @return {@code this}
         */
        public Builder project(java.lang.String project) {
            this.project = project;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getRef}
         * @param ref The branch/tag name to be triggered. This parameter is required.
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#ref PipelineSchedule#ref}
         * @return {@code this}
         */
        public Builder ref(java.lang.String ref) {
            this.ref = ref;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getActive}
         * @param active The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initially.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#active PipelineSchedule#active}
         * @return {@code this}
         */
        public Builder active(java.lang.Boolean active) {
            this.active = active;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getActive}
         * @param active The activation of pipeline schedule. If false is set, the pipeline schedule will deactivated initially.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#active PipelineSchedule#active}
         * @return {@code this}
         */
        public Builder active(com.hashicorp.cdktf.IResolvable active) {
            this.active = active;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getCronTimezone}
         * @param cronTimezone The timezone.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#cron_timezone PipelineSchedule#cron_timezone}
         * @return {@code this}
         */
        public Builder cronTimezone(java.lang.String cronTimezone) {
            this.cronTimezone = cronTimezone;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getTakeOwnership}
         * @param takeOwnership When set to <code>true</code>, the user represented by the token running Terraform will take ownership of the scheduled pipeline prior to editing it.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#take_ownership PipelineSchedule#take_ownership}
         * @return {@code this}
         */
        public Builder takeOwnership(java.lang.Boolean takeOwnership) {
            this.takeOwnership = takeOwnership;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getTakeOwnership}
         * @param takeOwnership When set to <code>true</code>, the user represented by the token running Terraform will take ownership of the scheduled pipeline prior to editing it.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/gitlabhq/gitlab/16.10.0/docs/resources/pipeline_schedule#take_ownership PipelineSchedule#take_ownership}
         * @return {@code this}
         */
        public Builder takeOwnership(com.hashicorp.cdktf.IResolvable takeOwnership) {
            this.takeOwnership = takeOwnership;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getDependsOn}
         * @param dependsOn the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @SuppressWarnings("unchecked")
        public Builder dependsOn(java.util.List<? extends com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)dependsOn;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link PipelineScheduleConfig#getProvisioners}
         * @param provisioners the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @SuppressWarnings("unchecked")
        public Builder provisioners(java.util.List<? extends java.lang.Object> provisioners) {
            this.provisioners = (java.util.List<java.lang.Object>)provisioners;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PipelineScheduleConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PipelineScheduleConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PipelineScheduleConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PipelineScheduleConfig {
        private final java.lang.String cron;
        private final java.lang.String description;
        private final java.lang.String project;
        private final java.lang.String ref;
        private final java.lang.Object active;
        private final java.lang.String cronTimezone;
        private final java.lang.Object takeOwnership;
        private final java.lang.Object connection;
        private final java.lang.Object count;
        private final java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        private final com.hashicorp.cdktf.ITerraformIterator forEach;
        private final com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        private final com.hashicorp.cdktf.TerraformProvider provider;
        private final java.util.List<java.lang.Object> provisioners;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.cron = software.amazon.jsii.Kernel.get(this, "cron", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.description = software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.project = software.amazon.jsii.Kernel.get(this, "project", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.ref = software.amazon.jsii.Kernel.get(this, "ref", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.active = software.amazon.jsii.Kernel.get(this, "active", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.cronTimezone = software.amazon.jsii.Kernel.get(this, "cronTimezone", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.takeOwnership = software.amazon.jsii.Kernel.get(this, "takeOwnership", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.connection = software.amazon.jsii.Kernel.get(this, "connection", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.count = software.amazon.jsii.Kernel.get(this, "count", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.dependsOn = software.amazon.jsii.Kernel.get(this, "dependsOn", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ITerraformDependable.class)));
            this.forEach = software.amazon.jsii.Kernel.get(this, "forEach", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ITerraformIterator.class));
            this.lifecycle = software.amazon.jsii.Kernel.get(this, "lifecycle", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.TerraformResourceLifecycle.class));
            this.provider = software.amazon.jsii.Kernel.get(this, "provider", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.TerraformProvider.class));
            this.provisioners = software.amazon.jsii.Kernel.get(this, "provisioners", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.cron = java.util.Objects.requireNonNull(builder.cron, "cron is required");
            this.description = java.util.Objects.requireNonNull(builder.description, "description is required");
            this.project = java.util.Objects.requireNonNull(builder.project, "project is required");
            this.ref = java.util.Objects.requireNonNull(builder.ref, "ref is required");
            this.active = builder.active;
            this.cronTimezone = builder.cronTimezone;
            this.takeOwnership = builder.takeOwnership;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.String getCron() {
            return this.cron;
        }

        @Override
        public final java.lang.String getDescription() {
            return this.description;
        }

        @Override
        public final java.lang.String getProject() {
            return this.project;
        }

        @Override
        public final java.lang.String getRef() {
            return this.ref;
        }

        @Override
        public final java.lang.Object getActive() {
            return this.active;
        }

        @Override
        public final java.lang.String getCronTimezone() {
            return this.cronTimezone;
        }

        @Override
        public final java.lang.Object getTakeOwnership() {
            return this.takeOwnership;
        }

        @Override
        public final java.lang.Object getConnection() {
            return this.connection;
        }

        @Override
        public final java.lang.Object getCount() {
            return this.count;
        }

        @Override
        public final java.util.List<com.hashicorp.cdktf.ITerraformDependable> getDependsOn() {
            return this.dependsOn;
        }

        @Override
        public final com.hashicorp.cdktf.ITerraformIterator getForEach() {
            return this.forEach;
        }

        @Override
        public final com.hashicorp.cdktf.TerraformResourceLifecycle getLifecycle() {
            return this.lifecycle;
        }

        @Override
        public final com.hashicorp.cdktf.TerraformProvider getProvider() {
            return this.provider;
        }

        @Override
        public final java.util.List<java.lang.Object> getProvisioners() {
            return this.provisioners;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("cron", om.valueToTree(this.getCron()));
            data.set("description", om.valueToTree(this.getDescription()));
            data.set("project", om.valueToTree(this.getProject()));
            data.set("ref", om.valueToTree(this.getRef()));
            if (this.getActive() != null) {
                data.set("active", om.valueToTree(this.getActive()));
            }
            if (this.getCronTimezone() != null) {
                data.set("cronTimezone", om.valueToTree(this.getCronTimezone()));
            }
            if (this.getTakeOwnership() != null) {
                data.set("takeOwnership", om.valueToTree(this.getTakeOwnership()));
            }
            if (this.getConnection() != null) {
                data.set("connection", om.valueToTree(this.getConnection()));
            }
            if (this.getCount() != null) {
                data.set("count", om.valueToTree(this.getCount()));
            }
            if (this.getDependsOn() != null) {
                data.set("dependsOn", om.valueToTree(this.getDependsOn()));
            }
            if (this.getForEach() != null) {
                data.set("forEach", om.valueToTree(this.getForEach()));
            }
            if (this.getLifecycle() != null) {
                data.set("lifecycle", om.valueToTree(this.getLifecycle()));
            }
            if (this.getProvider() != null) {
                data.set("provider", om.valueToTree(this.getProvider()));
            }
            if (this.getProvisioners() != null) {
                data.set("provisioners", om.valueToTree(this.getProvisioners()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gitlab.pipelineSchedule.PipelineScheduleConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PipelineScheduleConfig.Jsii$Proxy that = (PipelineScheduleConfig.Jsii$Proxy) o;

            if (!cron.equals(that.cron)) return false;
            if (!description.equals(that.description)) return false;
            if (!project.equals(that.project)) return false;
            if (!ref.equals(that.ref)) return false;
            if (this.active != null ? !this.active.equals(that.active) : that.active != null) return false;
            if (this.cronTimezone != null ? !this.cronTimezone.equals(that.cronTimezone) : that.cronTimezone != null) return false;
            if (this.takeOwnership != null ? !this.takeOwnership.equals(that.takeOwnership) : that.takeOwnership != null) return false;
            if (this.connection != null ? !this.connection.equals(that.connection) : that.connection != null) return false;
            if (this.count != null ? !this.count.equals(that.count) : that.count != null) return false;
            if (this.dependsOn != null ? !this.dependsOn.equals(that.dependsOn) : that.dependsOn != null) return false;
            if (this.forEach != null ? !this.forEach.equals(that.forEach) : that.forEach != null) return false;
            if (this.lifecycle != null ? !this.lifecycle.equals(that.lifecycle) : that.lifecycle != null) return false;
            if (this.provider != null ? !this.provider.equals(that.provider) : that.provider != null) return false;
            return this.provisioners != null ? this.provisioners.equals(that.provisioners) : that.provisioners == null;
        }

        @Override
        public final int hashCode() {
            int result = this.cron.hashCode();
            result = 31 * result + (this.description.hashCode());
            result = 31 * result + (this.project.hashCode());
            result = 31 * result + (this.ref.hashCode());
            result = 31 * result + (this.active != null ? this.active.hashCode() : 0);
            result = 31 * result + (this.cronTimezone != null ? this.cronTimezone.hashCode() : 0);
            result = 31 * result + (this.takeOwnership != null ? this.takeOwnership.hashCode() : 0);
            result = 31 * result + (this.connection != null ? this.connection.hashCode() : 0);
            result = 31 * result + (this.count != null ? this.count.hashCode() : 0);
            result = 31 * result + (this.dependsOn != null ? this.dependsOn.hashCode() : 0);
            result = 31 * result + (this.forEach != null ? this.forEach.hashCode() : 0);
            result = 31 * result + (this.lifecycle != null ? this.lifecycle.hashCode() : 0);
            result = 31 * result + (this.provider != null ? this.provider.hashCode() : 0);
            result = 31 * result + (this.provisioners != null ? this.provisioners.hashCode() : 0);
            return result;
        }
    }
}
