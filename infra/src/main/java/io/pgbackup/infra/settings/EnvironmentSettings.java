package io.pgbackup.infra.settings;

import io.pgbackup.secrets.Conventions;

/**
 * Everything that differs between two environments (one Terraform stack each). Validated when
 * built: settings that would produce an inconsistent or unsafe infrastructure never reach synth.
 *
 * @param name        environment name, the default of the Terraform variable {@code environnement}
 * @param groupNumber the team's group number N, as in {@code secret/groupe-<N>/...}
 */
public record EnvironmentSettings(String name, int groupNumber, BucketSettings bucket, VaultSettings vault,
        CiSettings ci) {

    public EnvironmentSettings {
        SettingsValidation.validate(name, groupNumber, bucket, vault, ci);
    }

    /**
     * The team's conventions for environment {@code name} of group {@code groupNumber}: bucket
     * {@code pgbackup-groupe-<N>-<env>} in fr-par, a year of backups, secrets under
     * {@code secret/groupe-<N>} ({@code secret/groupe-<N>/<env>} but for prd, {@link Conventions#secretsPath}), one-hour database accounts and tokens (six at most), a backup at
     * 03:00 Paris time every night, the restore drill on Sundays at 05:00, the database {@code app} on
     * {@code postgres-<env>.internal:5432}, GitLab Free (no protected environment).
     */
    public static EnvironmentSettings defaults(String name, int groupNumber) {
        String group = "groupe-" + groupNumber;
        return new EnvironmentSettings(name, groupNumber,
                new BucketSettings("pgbackup-" + group, "fr-par", "fr-par-1", 366, 400, null, null),
                new VaultSettings(Conventions.KV_MOUNT, Conventions.secretsPath(String.valueOf(groupNumber), name), "database", group + "-" + name, "app_owner",
                        3600, 6 * 3600, "jwt", 3600, 6 * 3600),
                new CiSettings("main", "0 3 * * *", "Europe/Paris", "0 5 * * 0",
                        new JobTarget("postgres-" + name + ".internal", 5432, "app", "https://vault.example.com"),
                        CiSettings.Tier.FREE));
    }

    public EnvironmentSettings withBucket(BucketSettings newBucket) {
        return new EnvironmentSettings(name, groupNumber, newBucket, vault, ci);
    }

    public EnvironmentSettings withVault(VaultSettings newVault) {
        return new EnvironmentSettings(name, groupNumber, bucket, newVault, ci);
    }

    public EnvironmentSettings withCi(CiSettings newCi) {
        return new EnvironmentSettings(name, groupNumber, bucket, vault, newCi);
    }
}
