package io.pgbackup.secrets;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.S3Fixture;
import io.pgbackup.testsupport.vault.DeployedVault;
import io.pgbackup.testsupport.vault.ManagedDatabaseUser;
import io.pgbackup.testsupport.vault.VaultStandIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Vault as infra/ deploys it for group 7: the stand-in holds what the committed Terraform JSON of
 * prd and stg declares (policies, JWT roles, database roles, verbatim) and the secrets infra/ writes
 * at each environment's paths (Conventions); the application database is owned by infra's owner
 * role {@value #OWNER}; the CLI's environment has only Vault's address and an ID token.
 */
final class DeployedWorld implements AutoCloseable {
    static final String OWNER = "app_owner";
    static final String PROJECT_ID = "4242";

    final VaultStandIn vault;
    final String db;
    final String bucket;
    final String passphrase = "pass-" + UUID.randomUUID();

    DeployedWorld() {
        LocalPostgres pg = PostgresFixture.server();
        VaultWorld.ensureRole(OWNER);
        db = PostgresFixture.newDatabase("deployed");
        pg.psql(db, "ALTER DATABASE " + db + " OWNER TO " + OWNER + "; ALTER SCHEMA public OWNER TO " + OWNER);
        pg.psql(db, "SET ROLE " + OWNER + ";\n" + io.pgbackup.demo.SampleData.sql());
        bucket = S3Fixture.newBucket("deployed");
        vault = VaultStandIn.start(ManagedDatabaseUser.jdbcUrl(pg, OWNER));
        for (String env : new String[] {"prd", "stg"}) {
            DeployedVault.apply(vault, repositoryRoot().resolve("infra/synthesized/" + env + "/cdk.tf.json"),
                    Map.of("environnement", env, "gitlab_project_id", PROJECT_ID, "vault_jwt_audience", vault.url()));
            Conventions c = Conventions.of("7", env);
            vault.kvPut(c.s3Path(), S3Fixture.scwSettings()).kvPut(c.passphrasePath(), Map.of("passphrase", passphrase + "-" + env));
        }
        Cli.secret(passphrase);
        Cli.secret(S3Fixture.SECRET_KEY);
    }

    /**
     * The claims of GitLab's ID token for a job of a pipeline of {@code source} on {@code ref}
     * (protected or not), in {@code environment} (a protected one) or none.
     */
    Map<String, Object> claims(String source, String ref, boolean protectedRef, String environment) {
        Map<String, Object> c = new HashMap<>();
        c.put("aud", vault.url());
        c.put("sub", "project_path:groupe-7/app:ref_type:branch:ref:" + ref);
        c.put("project_id", PROJECT_ID);
        c.put("project_path", "groupe-7/app");
        c.put("user_login", "alice");
        c.put("pipeline_source", source);
        c.put("ref", ref);
        c.put("ref_type", "branch");
        c.put("ref_protected", Boolean.toString(protectedRef));
        if (environment != null) {
            c.put("environment", environment);
            c.put("environment_protected", "true");
        }
        return c;
    }

    /** A CLI logging in with the ID token of these claims to JWT role {@code role}. */
    Cli cli(String role, Map<String, Object> claims) {
        LocalPostgres pg = PostgresFixture.server();
        return new Cli().env("PGHOST", pg.host()).env("PGPORT", Integer.toString(pg.port())).env("PGDATABASE", db)
                .env("PGBACKUP_STORE", "s3://" + bucket + "/backups").env("PGBACKUP_S3_PATH_STYLE", "true")
                .env("VAULT_ADDR", vault.url()).env("VAULT_ID_TOKEN", vault.signJwt(claims)).env("VAULT_AUTH_ROLE", role)
                .env("VAULT_MAX_RETRIES", "0");
    }

    Cli nightly(String role) {
        return cli(role, claims("schedule", "main", true, null));
    }

    static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("infra/synthesized"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("no infra/synthesized above " + System.getProperty("user.dir"));
        }
        return dir;
    }

    @Override
    public void close() {
        vault.close();
    }
}
