package imports.vault.database_secret_backend_role;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)")
@software.amazon.jsii.Jsii(module = imports.vault.$Module.class, fqn = "vault.databaseSecretBackendRole.DatabaseSecretBackendRoleConfig")
@software.amazon.jsii.Jsii.Proxy(DatabaseSecretBackendRoleConfig.Jsii$Proxy.class)
public interface DatabaseSecretBackendRoleConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * The path of the Database Secret Backend the role belongs to.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#backend DatabaseSecretBackendRole#backend}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getBackend();

    /**
     * Database statements to execute to create and configure a user.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#creation_statements DatabaseSecretBackendRole#creation_statements}
     */
    @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getCreationStatements();

    /**
     * Database connection to use for this role.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#db_name DatabaseSecretBackendRole#db_name}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getDbName();

    /**
     * Unique name for the role.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#name DatabaseSecretBackendRole#name}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Specifies the configuration for the given credential_type.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#credential_config DatabaseSecretBackendRole#credential_config}
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getCredentialConfig() {
        return null;
    }

    /**
     * Specifies the type of credential that will be generated for the role.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#credential_type DatabaseSecretBackendRole#credential_type}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCredentialType() {
        return null;
    }

    /**
     * Default TTL for leases associated with this role, in seconds.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#default_ttl DatabaseSecretBackendRole#default_ttl}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getDefaultTtl() {
        return null;
    }

    /**
     * The ID of this resource.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#id DatabaseSecretBackendRole#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * Maximum TTL for leases associated with this role, in seconds.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#max_ttl DatabaseSecretBackendRole#max_ttl}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxTtl() {
        return null;
    }

    /**
     * Target namespace. (requires Enterprise).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#namespace DatabaseSecretBackendRole#namespace}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return null;
    }

    /**
     * Database statements to execute to renew a user.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#renew_statements DatabaseSecretBackendRole#renew_statements}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getRenewStatements() {
        return null;
    }

    /**
     * Database statements to execute to revoke a user.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#revocation_statements DatabaseSecretBackendRole#revocation_statements}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getRevocationStatements() {
        return null;
    }

    /**
     * Database statements to execute to rollback a create operation in the event of an error.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#rollback_statements DatabaseSecretBackendRole#rollback_statements}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getRollbackStatements() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DatabaseSecretBackendRoleConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DatabaseSecretBackendRoleConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DatabaseSecretBackendRoleConfig> {
        java.lang.String backend;
        java.util.List<java.lang.String> creationStatements;
        java.lang.String dbName;
        java.lang.String name;
        java.util.Map<java.lang.String, java.lang.String> credentialConfig;
        java.lang.String credentialType;
        java.lang.Number defaultTtl;
        java.lang.String id;
        java.lang.Number maxTtl;
        java.lang.String namespace;
        java.util.List<java.lang.String> renewStatements;
        java.util.List<java.lang.String> revocationStatements;
        java.util.List<java.lang.String> rollbackStatements;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getBackend}
         * @param backend The path of the Database Secret Backend the role belongs to. This parameter is required.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#backend DatabaseSecretBackendRole#backend}
         * @return {@code this}
         */
        public Builder backend(java.lang.String backend) {
            this.backend = backend;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getCreationStatements}
         * @param creationStatements Database statements to execute to create and configure a user. This parameter is required.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#creation_statements DatabaseSecretBackendRole#creation_statements}
         * @return {@code this}
         */
        public Builder creationStatements(java.util.List<java.lang.String> creationStatements) {
            this.creationStatements = creationStatements;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getDbName}
         * @param dbName Database connection to use for this role. This parameter is required.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#db_name DatabaseSecretBackendRole#db_name}
         * @return {@code this}
         */
        public Builder dbName(java.lang.String dbName) {
            this.dbName = dbName;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getName}
         * @param name Unique name for the role. This parameter is required.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#name DatabaseSecretBackendRole#name}
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getCredentialConfig}
         * @param credentialConfig Specifies the configuration for the given credential_type.
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#credential_config DatabaseSecretBackendRole#credential_config}
         * @return {@code this}
         */
        public Builder credentialConfig(java.util.Map<java.lang.String, java.lang.String> credentialConfig) {
            this.credentialConfig = credentialConfig;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getCredentialType}
         * @param credentialType Specifies the type of credential that will be generated for the role.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#credential_type DatabaseSecretBackendRole#credential_type}
         * @return {@code this}
         */
        public Builder credentialType(java.lang.String credentialType) {
            this.credentialType = credentialType;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getDefaultTtl}
         * @param defaultTtl Default TTL for leases associated with this role, in seconds.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#default_ttl DatabaseSecretBackendRole#default_ttl}
         * @return {@code this}
         */
        public Builder defaultTtl(java.lang.Number defaultTtl) {
            this.defaultTtl = defaultTtl;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getId}
         * @param id The ID of this resource.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#id DatabaseSecretBackendRole#id}
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
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getMaxTtl}
         * @param maxTtl Maximum TTL for leases associated with this role, in seconds.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#max_ttl DatabaseSecretBackendRole#max_ttl}
         * @return {@code this}
         */
        public Builder maxTtl(java.lang.Number maxTtl) {
            this.maxTtl = maxTtl;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getNamespace}
         * @param namespace Target namespace. (requires Enterprise).
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#namespace DatabaseSecretBackendRole#namespace}
         * @return {@code this}
         */
        public Builder namespace(java.lang.String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getRenewStatements}
         * @param renewStatements Database statements to execute to renew a user.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#renew_statements DatabaseSecretBackendRole#renew_statements}
         * @return {@code this}
         */
        public Builder renewStatements(java.util.List<java.lang.String> renewStatements) {
            this.renewStatements = renewStatements;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getRevocationStatements}
         * @param revocationStatements Database statements to execute to revoke a user.
         *                             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#revocation_statements DatabaseSecretBackendRole#revocation_statements}
         * @return {@code this}
         */
        public Builder revocationStatements(java.util.List<java.lang.String> revocationStatements) {
            this.revocationStatements = revocationStatements;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getRollbackStatements}
         * @param rollbackStatements Database statements to execute to rollback a create operation in the event of an error.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hashicorp/vault/4.8.0/docs/resources/database_secret_backend_role#rollback_statements DatabaseSecretBackendRole#rollback_statements}
         * @return {@code this}
         */
        public Builder rollbackStatements(java.util.List<java.lang.String> rollbackStatements) {
            this.rollbackStatements = rollbackStatements;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getDependsOn}
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
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link DatabaseSecretBackendRoleConfig#getProvisioners}
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
         * @return a new instance of {@link DatabaseSecretBackendRoleConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DatabaseSecretBackendRoleConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DatabaseSecretBackendRoleConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DatabaseSecretBackendRoleConfig {
        private final java.lang.String backend;
        private final java.util.List<java.lang.String> creationStatements;
        private final java.lang.String dbName;
        private final java.lang.String name;
        private final java.util.Map<java.lang.String, java.lang.String> credentialConfig;
        private final java.lang.String credentialType;
        private final java.lang.Number defaultTtl;
        private final java.lang.String id;
        private final java.lang.Number maxTtl;
        private final java.lang.String namespace;
        private final java.util.List<java.lang.String> renewStatements;
        private final java.util.List<java.lang.String> revocationStatements;
        private final java.util.List<java.lang.String> rollbackStatements;
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
            this.backend = software.amazon.jsii.Kernel.get(this, "backend", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.creationStatements = software.amazon.jsii.Kernel.get(this, "creationStatements", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.dbName = software.amazon.jsii.Kernel.get(this, "dbName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.credentialConfig = software.amazon.jsii.Kernel.get(this, "credentialConfig", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.credentialType = software.amazon.jsii.Kernel.get(this, "credentialType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.defaultTtl = software.amazon.jsii.Kernel.get(this, "defaultTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.maxTtl = software.amazon.jsii.Kernel.get(this, "maxTtl", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.namespace = software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.renewStatements = software.amazon.jsii.Kernel.get(this, "renewStatements", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.revocationStatements = software.amazon.jsii.Kernel.get(this, "revocationStatements", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.rollbackStatements = software.amazon.jsii.Kernel.get(this, "rollbackStatements", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
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
            this.backend = java.util.Objects.requireNonNull(builder.backend, "backend is required");
            this.creationStatements = java.util.Objects.requireNonNull(builder.creationStatements, "creationStatements is required");
            this.dbName = java.util.Objects.requireNonNull(builder.dbName, "dbName is required");
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.credentialConfig = builder.credentialConfig;
            this.credentialType = builder.credentialType;
            this.defaultTtl = builder.defaultTtl;
            this.id = builder.id;
            this.maxTtl = builder.maxTtl;
            this.namespace = builder.namespace;
            this.renewStatements = builder.renewStatements;
            this.revocationStatements = builder.revocationStatements;
            this.rollbackStatements = builder.rollbackStatements;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.String getBackend() {
            return this.backend;
        }

        @Override
        public final java.util.List<java.lang.String> getCreationStatements() {
            return this.creationStatements;
        }

        @Override
        public final java.lang.String getDbName() {
            return this.dbName;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getCredentialConfig() {
            return this.credentialConfig;
        }

        @Override
        public final java.lang.String getCredentialType() {
            return this.credentialType;
        }

        @Override
        public final java.lang.Number getDefaultTtl() {
            return this.defaultTtl;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.Number getMaxTtl() {
            return this.maxTtl;
        }

        @Override
        public final java.lang.String getNamespace() {
            return this.namespace;
        }

        @Override
        public final java.util.List<java.lang.String> getRenewStatements() {
            return this.renewStatements;
        }

        @Override
        public final java.util.List<java.lang.String> getRevocationStatements() {
            return this.revocationStatements;
        }

        @Override
        public final java.util.List<java.lang.String> getRollbackStatements() {
            return this.rollbackStatements;
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

            data.set("backend", om.valueToTree(this.getBackend()));
            data.set("creationStatements", om.valueToTree(this.getCreationStatements()));
            data.set("dbName", om.valueToTree(this.getDbName()));
            data.set("name", om.valueToTree(this.getName()));
            if (this.getCredentialConfig() != null) {
                data.set("credentialConfig", om.valueToTree(this.getCredentialConfig()));
            }
            if (this.getCredentialType() != null) {
                data.set("credentialType", om.valueToTree(this.getCredentialType()));
            }
            if (this.getDefaultTtl() != null) {
                data.set("defaultTtl", om.valueToTree(this.getDefaultTtl()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getMaxTtl() != null) {
                data.set("maxTtl", om.valueToTree(this.getMaxTtl()));
            }
            if (this.getNamespace() != null) {
                data.set("namespace", om.valueToTree(this.getNamespace()));
            }
            if (this.getRenewStatements() != null) {
                data.set("renewStatements", om.valueToTree(this.getRenewStatements()));
            }
            if (this.getRevocationStatements() != null) {
                data.set("revocationStatements", om.valueToTree(this.getRevocationStatements()));
            }
            if (this.getRollbackStatements() != null) {
                data.set("rollbackStatements", om.valueToTree(this.getRollbackStatements()));
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
            struct.set("fqn", om.valueToTree("vault.databaseSecretBackendRole.DatabaseSecretBackendRoleConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DatabaseSecretBackendRoleConfig.Jsii$Proxy that = (DatabaseSecretBackendRoleConfig.Jsii$Proxy) o;

            if (!backend.equals(that.backend)) return false;
            if (!creationStatements.equals(that.creationStatements)) return false;
            if (!dbName.equals(that.dbName)) return false;
            if (!name.equals(that.name)) return false;
            if (this.credentialConfig != null ? !this.credentialConfig.equals(that.credentialConfig) : that.credentialConfig != null) return false;
            if (this.credentialType != null ? !this.credentialType.equals(that.credentialType) : that.credentialType != null) return false;
            if (this.defaultTtl != null ? !this.defaultTtl.equals(that.defaultTtl) : that.defaultTtl != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.maxTtl != null ? !this.maxTtl.equals(that.maxTtl) : that.maxTtl != null) return false;
            if (this.namespace != null ? !this.namespace.equals(that.namespace) : that.namespace != null) return false;
            if (this.renewStatements != null ? !this.renewStatements.equals(that.renewStatements) : that.renewStatements != null) return false;
            if (this.revocationStatements != null ? !this.revocationStatements.equals(that.revocationStatements) : that.revocationStatements != null) return false;
            if (this.rollbackStatements != null ? !this.rollbackStatements.equals(that.rollbackStatements) : that.rollbackStatements != null) return false;
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
            int result = this.backend.hashCode();
            result = 31 * result + (this.creationStatements.hashCode());
            result = 31 * result + (this.dbName.hashCode());
            result = 31 * result + (this.name.hashCode());
            result = 31 * result + (this.credentialConfig != null ? this.credentialConfig.hashCode() : 0);
            result = 31 * result + (this.credentialType != null ? this.credentialType.hashCode() : 0);
            result = 31 * result + (this.defaultTtl != null ? this.defaultTtl.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.maxTtl != null ? this.maxTtl.hashCode() : 0);
            result = 31 * result + (this.namespace != null ? this.namespace.hashCode() : 0);
            result = 31 * result + (this.renewStatements != null ? this.renewStatements.hashCode() : 0);
            result = 31 * result + (this.revocationStatements != null ? this.revocationStatements.hashCode() : 0);
            result = 31 * result + (this.rollbackStatements != null ? this.rollbackStatements.hashCode() : 0);
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
