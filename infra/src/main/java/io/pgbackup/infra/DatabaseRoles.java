package io.pgbackup.infra;

import imports.vault.database_secret_backend_role.DatabaseSecretBackendRole;
import imports.vault.database_secret_backend_role.DatabaseSecretBackendRoleConfig;
import io.pgbackup.infra.settings.VaultSettings;
import io.pgbackup.secrets.DatabaseRoleStatements;
import io.pgbackup.secrets.DatabaseRoleStatements.Kind;
import software.constructs.Construct;

/**
 * The Vault database roles the jobs take their temporary accounts from:
 * {@code backup-groupe-<N>-<env>} (read only, {@code pg_read_all_data}) and
 * {@code restore-groupe-<N>-<env>} (may create the database, member of the owner role and of
 * {@code pg_signal_backend}) and {@code verify-groupe-<N>-<env>} (the drill: may create its scratch
 * database, member of the owner role). Their SQL
 * is {@link DatabaseRoleStatements}, the statements the job's tests run on a real PostgreSQL.
 */
final class DatabaseRoles extends Construct {

    DatabaseRoles(Construct scope, String id, StackInputs inputs) {
        super(scope, id);
        role(inputs, Kind.BACKUP, inputs.backupRole(), "backup");
        role(inputs, Kind.RESTORE, inputs.restoreRole(), "restore");
        role(inputs, Kind.VERIFY, inputs.verifyRole(), "verify");
    }

    private void role(StackInputs inputs, Kind kind, String name, String logicalId) {
        VaultSettings vault = inputs.settings().vault();
        new DatabaseSecretBackendRole(this, logicalId, DatabaseSecretBackendRoleConfig.builder()
                .backend(vault.databaseMount())
                .name(name)
                .dbName(vault.databaseConnection())
                .creationStatements(DatabaseRoleStatements.creation(kind, vault.ownerRole()))
                .revocationStatements(DatabaseRoleStatements.revocation(kind, vault.ownerRole()))
                .renewStatements(DatabaseRoleStatements.renewal(kind, vault.ownerRole()))
                .defaultTtl(vault.credentialDefaultTtl())
                .maxTtl(vault.credentialMaxTtl())
                .build())
                .overrideLogicalId(logicalId);
    }
}
