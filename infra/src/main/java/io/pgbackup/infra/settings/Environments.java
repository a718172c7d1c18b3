package io.pgbackup.infra.settings;

import java.util.List;

/** The environments of group 7, one Terraform stack each. Change them here, then refresh the JSON. */
public final class Environments {

    /** The team's group number N (secret/groupe-N, database/creds/backup-groupe-N-env). */
    public static final int GROUP = 7;

    private Environments() {
    }

    public static List<EnvironmentSettings> all() {
        return List.of(production(), staging());
    }

    /**
     * Production: a year of backups, 30 days of GOVERNANCE lock. No GLACIER transition: it would archive
     * the manifests that every command reads (SettingsValidation says why).
     */
    public static EnvironmentSettings production() {
        EnvironmentSettings defaults = EnvironmentSettings.defaults("prd", GROUP);
        return defaults.withBucket(defaults.bucket()
                .withObjectLock(new ObjectLock(ObjectLock.Mode.GOVERNANCE, 30)));
    }

    /** Staging: a month of backups, no GLACIER, no lock, its secrets apart from production's (secret/groupe-N/stg, by the conventions). */
    public static EnvironmentSettings staging() {
        EnvironmentSettings defaults = EnvironmentSettings.defaults("stg", GROUP);
        return defaults.withBucket(defaults.bucket().withDays(30, 45))
                .withCi(defaults.ci().withCron("30 2 * * *", "Europe/Paris"));
    }
}
