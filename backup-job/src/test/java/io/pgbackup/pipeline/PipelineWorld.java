package io.pgbackup.pipeline;

import io.pgbackup.catalog.BackupEntry;
import io.pgbackup.catalog.Catalog;
import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.demo.SampleData;
import io.pgbackup.storage.BackupStore;
import io.pgbackup.storage.BackupStores;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.S3Fixture;
import io.pgbackup.testsupport.vault.DeployedVault;
import io.pgbackup.testsupport.vault.ManagedDatabaseUser;
import io.pgbackup.testsupport.vault.VaultStandIn;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the pipeline's Vault jobs reach in production, for group 7 / prd: the application database
 * (sample data, owned by the pipeline's PGBACKUP_OWNER_ROLE {@value #OWNER}) on the shared real
 * PostgreSQL, an S3Proxy bucket, and the Vault stand-in holding the S3 settings and the passphrase
 * (KV v2), and the policies, JWT roles and database roles of infra/'s committed Terraform JSON of prd
 * ({@link DeployedVault}), as deployed.
 */
final class PipelineWorld implements AutoCloseable {
    static final String OWNER = "app_owner";
    static final String PROJECT_ID = "4242";
    static final String BACKUP_ROLE = "backup-groupe-7-prd";
    static final String RESTORE_ROLE = "restore-groupe-7-prd";
    static final String STATUS_ROLE = "status-groupe-7-prd";
    static final String RESTORE_ENVIRONMENT = "pgbackup-restore/prd";
    private static final String S3_PATH = "secret/groupe-7/scaleway_s3_backup";
    private static final String PASSPHRASE_PATH = "secret/groupe-7/passphrase_s3_backup";

    final VaultStandIn vault;
    final String db;
    final String bucket;
    final String store;
    final String marker = "pipeline-" + UUID.randomUUID();
    private final String passphrase = "pass-" + UUID.randomUUID();
    private final Set<String> publicValues = new HashSet<>();

    PipelineWorld() {
        LocalPostgres pg = PostgresFixture.server();
        pg.psql("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + OWNER
                + "') THEN CREATE ROLE " + OWNER + " NOLOGIN; END IF; END $$");
        db = PostgresFixture.newDatabase("pipeline");
        pg.psql(db, "ALTER DATABASE " + db + " OWNER TO " + OWNER + "; ALTER SCHEMA public OWNER TO " + OWNER);
        pg.psql(db, "SET ROLE " + OWNER + ";\n" + SampleData.sql()
                + "\nCREATE TABLE pipeline_marker (note text);\nINSERT INTO pipeline_marker VALUES ('" + marker + "');");
        bucket = S3Fixture.newBucket("pipeline");
        store = "s3://" + bucket + "/backups";
        vault = VaultStandIn.start(ManagedDatabaseUser.jdbcUrl(pg, OWNER));
        populateVault();
    }

    private void populateVault() {
        Map<String, String> s3 = S3Fixture.scwSettings();
        publicValues.addAll(List.of(S3Fixture.ACCESS_KEY, "fr-par-1", S3Fixture.REGION, S3Fixture.start().toString()));
        vault.kvV2Put(S3_PATH, s3)
                .kvV2Put(PASSPHRASE_PATH, Map.of("passphrase", passphrase));
        DeployedVault.apply(vault, RepoTools.root().resolve("infra/synthesized/prd/cdk.tf.json"),
                Map.of("environnement", "prd", "gitlab_project_id", PROJECT_ID, "vault_jwt_audience", vault.url()));
    }

    /**
     * The ID token GitLab would give a job of a pipeline on the protected default branch; with an
     * environment, the token of a job deploying to it. The audience is the template's default,
     * VAULT_ADDR.
     */
    String idToken(String pipelineSource, String environment) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", vault.url());
        claims.put("sub", "project_path:groupe-7/app:ref_type:branch:ref:" + PipelineSource.DEFAULT_BRANCH);
        claims.put("project_id", PROJECT_ID);
        claims.put("project_path", "groupe-7/app");
        claims.put("user_login", "pipeline-user");
        claims.put("pipeline_source", pipelineSource);
        claims.put("ref", PipelineSource.DEFAULT_BRANCH);
        claims.put("ref_type", "branch");
        claims.put("ref_protected", "true");
        if (environment != null) {
            claims.put("environment", environment);
            claims.put("environment_protected", "true");
        }
        return vault.signJwt(claims);
    }

    /** The CI variables an adopting project sets (none is a secret: those come from Vault). */
    List<String> ciVariables() {
        LocalPostgres pg = PostgresFixture.server();
        return List.of("PGHOST=" + pg.host(), "PGPORT=" + pg.port(), "PGDATABASE=" + db, "PGBACKUP_STORE=" + store,
                "PGBACKUP_S3_PATH_STYLE=true", "VAULT_ADDR=" + vault.url(), "PGBACKUP_OWNER_ROLE=" + OWNER);
    }

    /** The backups of the application database in the store, newest first (read with the test's own keys). */
    List<BackupEntry> backups() {
        try (BackupStore s = BackupStores.open(store, S3Fixture.settings())) {
            return new Catalog(s, db).all();
        }
    }

    /** Every secret of this world: Vault's tokens, JWTs, database passwords, the passphrase, the S3 secret key. */
    Set<String> secrets() {
        Set<String> all = new HashSet<>(vault.issuedSecrets());
        all.removeAll(publicValues);
        all.add(passphrase);
        all.add(S3Fixture.SECRET_KEY);
        return all;
    }

    static boolean roleExists(String role) {
        return "1".equals(PostgresFixture.server().psql("postgres",
                "SELECT count(*) FROM pg_roles WHERE rolname = '" + role.replace("'", "''") + "'"));
    }

    @Override
    public void close() {
        vault.close();
    }
}
