package io.pgbackup.secrets;

/**
 * A job that takes its secrets from Vault (configuration from the environment, group 7 / prd) and
 * then waits forever, as a long pg_dump would. {@link ShutdownRevocationTest} stops it with SIGTERM.
 */
public final class HoldSecretsMain {
    private HoldSecretsMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        JobSecrets secrets = VaultJobSecrets.fetch(VaultConfig.fromEnv(System.getenv()), Conventions.of("7", "prd"),
                JobKind.valueOf(args[0]));
        System.out.println("USER=" + secrets.dbUser());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
