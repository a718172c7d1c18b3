package io.pgbackup.infra.bootstrap;

import io.pgbackup.infra.SecretNames;
import io.pgbackup.infra.settings.BucketSettings;
import io.pgbackup.infra.settings.EnvironmentSettings;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The secrets Terraform must never see (its state is readable by every Developer of the project),
 * created once per environment straight into Vault KV, as a checklist: the backup passphrase
 * (generated here), the jobs' S3 key (created by Scaleway IAM for the application the stack
 * declares), the restore trigger token (created by GitLab). A secret that exists is kept: the
 * passphrase above all, which every older backup needs. Nothing secret is printed, logged or passed
 * as an argument; the output names what was created or kept.
 */
public final class BootstrapSecrets {
    /** The passphrase's alphabet: printable without quoting trouble in shells and URLs. */
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%*+,-.:=?@^_~";
    static final int PASSPHRASE_LENGTH = 64;

    /** Where the jobs' S3 key comes from and where the restore trigger goes. */
    public record Targets(String applicationId, String scalewayProjectId, String gitlabProjectId) {
    }

    private final EnvironmentSettings settings;
    private final VaultKv vault;
    private final ScalewayKeys scaleway;
    private final GitlabTriggers gitlab;
    private final PrintStream out;

    BootstrapSecrets(EnvironmentSettings settings, VaultKv vault, ScalewayKeys scaleway, GitlabTriggers gitlab,
                     PrintStream out) {
        this.settings = settings;
        this.vault = vault;
        this.scaleway = scaleway;
        this.gitlab = gitlab;
        this.out = out;
    }

    void run(Targets targets) {
        SecretNames names = SecretNames.of(settings);
        passphrase(names);
        s3Key(names, targets);
        restoreTrigger(names, targets);
    }

    private void passphrase(SecretNames names) {
        if (kept(names.passphrase())) {
            return;
        }
        created(names.passphrase(), vault.createOnly(names.passphrase(), Map.of("passphrase", newPassphrase())));
    }

    private void s3Key(SecretNames names, Targets targets) {
        if (kept(names.s3())) {
            return;
        }
        ScalewayKeys.Key key = scaleway.create(targets.applicationId(), targets.scalewayProjectId(),
                "S3 key of pgbackup groupe-" + settings.groupNumber() + " " + settings.name());
        BucketSettings bucket = settings.bucket();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SCW_ACCESS_KEY", key.accessKey());
        values.put("SCW_SECRET_KEY", key.secretKey());
        values.put("SCW_DEFAULT_ZONE", bucket.zone());
        values.put("SCW_DEFAULT_REGION", bucket.region());
        values.put("SCW_S3_URL", bucket.s3Url());
        if (!vault.createOnly(names.s3(), values)) {
            out.println("warning: " + names.mount() + "/" + names.s3() + " was written meanwhile by someone else;"
                    + " delete the unused API key " + key.accessKey() + " (scw iam api-key delete " + key.accessKey() + ")");
            return;
        }
        out.println("created  " + names.mount() + "/" + names.s3() + " (API key " + key.accessKey() + " of application "
                + targets.applicationId() + ")");
    }

    private void restoreTrigger(SecretNames names, Targets targets) {
        if (kept(names.trigger())) {
            return;
        }
        String token = gitlab.create(targets.gitlabProjectId(), "pgbackup restore of " + settings.name()
                + " (the only way to start one)");
        if (!vault.createOnly(names.trigger(), Map.of("token", token, "project_id", targets.gitlabProjectId()))) {
            out.println("warning: " + names.mount() + "/" + names.trigger() + " was written meanwhile by someone else;"
                    + " delete the unused trigger just created (project " + targets.gitlabProjectId()
                    + ", Settings > CI/CD > Pipeline trigger tokens, the newest 'pgbackup restore of " + settings.name() + "')");
            return;
        }
        created(names.trigger(), true);
    }

    private boolean kept(String name) {
        if (vault.exists(name)) {
            out.println("kept     " + settings.vault().kvMount() + "/" + name + " (it exists; never replaced)");
            return true;
        }
        return false;
    }

    private void created(String name, boolean written) {
        out.println((written ? "created  " : "kept     ") + settings.vault().kvMount() + "/" + name
                + (written ? "" : " (written meanwhile by another run)"));
    }

    static String newPassphrase() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(PASSPHRASE_LENGTH);
        for (int i = 0; i < PASSPHRASE_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
