package io.pgbackup.infra;

import io.pgbackup.infra.settings.EnvironmentSettings;
import io.pgbackup.secrets.Conventions;

/**
 * What every part of a stack needs: the environment's settings, the Terraform variables (as
 * cdktf tokens, resolved to {@code ${var.x}} in the JSON) and the names built from them.
 *
 * @param environnement      {@code var.environnement}
 * @param scalewayProjectId  {@code var.scaleway_project_id}
 * @param gitlabProjectId    {@code var.gitlab_project_id}
 * @param vaultAudience      {@code var.vault_jwt_audience}
 * @param terraformPrincipal {@code var.scaleway_terraform_principal}
 */
public record StackInputs(EnvironmentSettings settings, String environnement, String scalewayProjectId,
        String gitlabProjectId, String vaultAudience, String terraformPrincipal) {

    String group() {
        return "groupe-" + settings.groupNumber();
    }

    /** {@code backup-groupe-<N>-<env>}: the Vault database role and JWT role of the backup job. */
    String backupRole() {
        return Conventions.roleName("backup", String.valueOf(settings.groupNumber()), environnement);
    }

    /** {@code restore-groupe-<N>-<env>}: the Vault database role and JWT role of the restore job. */
    String restoreRole() {
        return Conventions.roleName("restore", String.valueOf(settings.groupNumber()), environnement);
    }

    /** {@code verify-groupe-<N>-<env>}: the Vault database role and JWT role of the weekly restore drill. */
    String verifyRole() {
        return Conventions.roleName("verify", String.valueOf(settings.groupNumber()), environnement);
    }

    /** {@code status-groupe-<N>-<env>}: the JWT role of {@code pgbackup status} (no database account). */
    String statusRole() {
        return Conventions.roleName("status", String.valueOf(settings.groupNumber()), environnement);
    }

    /** {@code prune-groupe-<N>-<env>}: the JWT role of {@code pgbackup prune} (no database account). */
    String pruneRole() {
        return Conventions.roleName("prune", String.valueOf(settings.groupNumber()), environnement);
    }

    String bucketName() {
        return settings.bucket().namePrefix() + "-" + environnement;
    }

    /** KV v2 secret name (under the mount) of the S3 settings the job reads. */
    String s3SecretName() {
        return SecretNames.of(settings).s3();
    }

    /** KV v2 secret name (under the mount) of the encryption passphrase. */
    String passphraseSecretName() {
        return SecretNames.of(settings).passphrase();
    }

    /** KV v2 secret name (under the mount) of the restore pipeline's trigger token. */
    String triggerSecretName() {
        return SecretNames.of(settings).trigger();
    }

    /** The protected GitLab environment the restore job runs in (templates/pgbackup.yml). */
    String restoreEnvironment() {
        return "pgbackup-restore/" + environnement;
    }
}
