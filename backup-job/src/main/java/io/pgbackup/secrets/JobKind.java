package io.pgbackup.secrets;

import java.util.Optional;

/** What the job needs from Vault. */
public enum JobKind {
    /** A backup: a read-only database account ({@code backup-groupe-N-E}), the S3 settings, the passphrase. */
    BACKUP(DatabaseRoleStatements.Kind.BACKUP),
    /** A restore: a database account that may write ({@code restore-groupe-N-E}), the S3 settings, the passphrase. */
    RESTORE(DatabaseRoleStatements.Kind.RESTORE),
    /** The restore drill: an account that may only create (and drop) its scratch database ({@code verify-groupe-N-E}). */
    VERIFY(DatabaseRoleStatements.Kind.VERIFY),
    /** Store commands (list, status, prune): the S3 settings and the passphrase, no database account. */
    STORE_ONLY(null);

    private final DatabaseRoleStatements.Kind databaseKind;

    JobKind(DatabaseRoleStatements.Kind databaseKind) {
        this.databaseKind = databaseKind;
    }

    /** The kind of database account, empty when the job needs none. */
    public Optional<DatabaseRoleStatements.Kind> databaseKind() {
        return Optional.ofNullable(databaseKind);
    }
}
