package io.pgbackup.infra.bootstrap;

import io.pgbackup.infra.settings.EnvironmentSettings;
import io.pgbackup.infra.settings.Environments;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code infra/tools/bootstrap-secrets.sh --environment ENV --application-id ID --project-id ID
 * --gitlab-project-id ID}: creates the environment's secrets in Vault (see {@link BootstrapSecrets}).
 * Credentials come from the environment only: VAULT_ADDR, VAULT_TOKEN, SCW_SECRET_KEY (SCW_API_URL,
 * default https://api.scaleway.com), GITLAB_TOKEN, GITLAB_BASE_URL (…/api/v4). Exit 0 done, 2 bad
 * arguments, 3 a credential missing, 10 an API refused or failed.
 */
public final class BootstrapMain {
    private BootstrapMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        List<String> needed = List.of("--environment", "--application-id", "--project-id", "--gitlab-project-id");
        if (args.length % 2 != 0 || !options.keySet().containsAll(needed) || !needed.containsAll(options.keySet())) {
            err.println("error: usage: bootstrap-secrets.sh --environment ENV --application-id ID --project-id ID"
                    + " --gitlab-project-id ID");
            err.println("HINT: --application-id is 'terraform output -raw jobs_application_id' of the environment's stack");
            return 2;
        }
        EnvironmentSettings settings = Environments.all().stream()
                .filter(s -> s.name().equals(options.get("--environment"))).findFirst().orElse(null);
        if (settings == null) {
            err.println("error: no environment " + options.get("--environment") + " in infra/ (Environments.java)");
            err.println("HINT: use one of " + Environments.all().stream().map(EnvironmentSettings::name).toList());
            return 2;
        }
        List<String> missing = List.of("VAULT_ADDR", "VAULT_TOKEN", "SCW_SECRET_KEY", "GITLAB_TOKEN", "GITLAB_BASE_URL")
                .stream().filter(k -> env.get(k) == null || env.get(k).isBlank()).toList();
        if (!missing.isEmpty()) {
            err.println("error: not set: " + String.join(" ", missing));
            err.println("HINT: export them (never pass a secret as an argument); see infra/README.md, \"Before the first apply\"");
            return 3;
        }
        try {
            new BootstrapSecrets(settings, new VaultKv(env.get("VAULT_ADDR"), env.get("VAULT_TOKEN"),
                    settings.vault().kvMount()),
                    new ScalewayKeys(env.getOrDefault("SCW_API_URL", "https://api.scaleway.com"), env.get("SCW_SECRET_KEY")),
                    new GitlabTriggers(env.get("GITLAB_BASE_URL"), env.get("GITLAB_TOKEN")), out)
                    .run(new BootstrapSecrets.Targets(options.get("--application-id"), options.get("--project-id"),
                            options.get("--gitlab-project-id")));
            return 0;
        } catch (BootstrapException e) {
            err.println("error: " + e.getMessage());
            err.println("HINT: " + e.hint());
            return 10;
        }
    }
}
