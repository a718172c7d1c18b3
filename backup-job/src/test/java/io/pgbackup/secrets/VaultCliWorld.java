package io.pgbackup.secrets;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.demo.SampleData;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.S3Fixture;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production set-up for the CLI tests: an application database owned by {@link VaultWorld#OWNER}
 * holding the sample data, the S3 settings of the group in Vault pointing at S3Proxy, and a CLI
 * whose environment has no database user, password, S3 key or passphrase: only Vault's address and
 * token, the database host and the store.
 */
final class VaultCliWorld {
    private static final Pattern ACCOUNT = Pattern.compile("database account (v-[^ ]+) \\(lease ([^,]+),");

    final VaultWorld world;
    final String db;
    final String bucket;

    VaultCliWorld() {
        world = VaultWorld.start();
        db = ownedSampleDatabase("vcli");
        bucket = S3Fixture.newBucket("vault-cli");
        world.s3.putAll(Map.of("SCW_ACCESS_KEY", S3Fixture.ACCESS_KEY, "SCW_SECRET_KEY", S3Fixture.SECRET_KEY,
                "SCW_DEFAULT_REGION", S3Fixture.REGION, "SCW_S3_URL", S3Fixture.start().toString()));
        world.vault.kvPut(VaultWorld.S3_PATH, world.s3);
    }

    /** A database and its objects owned by the owner role, as an application's are. */
    static String ownedSampleDatabase(String prefix) {
        LocalPostgres pg = PostgresFixture.server();
        String name = PostgresFixture.newDatabase(prefix);
        pg.psql(name, "ALTER DATABASE " + name + " OWNER TO " + VaultWorld.OWNER + "; ALTER SCHEMA public OWNER TO "
                + VaultWorld.OWNER);
        pg.psql(name, "SET ROLE " + VaultWorld.OWNER + ";\n" + SampleData.sql());
        return name;
    }

    Cli cli() {
        LocalPostgres pg = PostgresFixture.server();
        Cli.secret(world.passphrase);
        Cli.secret(S3Fixture.SECRET_KEY);
        return new Cli().env("PGHOST", pg.host()).env("PGPORT", Integer.toString(pg.port())).env("PGDATABASE", db)
                .env("PGBACKUP_STORE", "s3://" + bucket + "/backups").env("PGBACKUP_S3_PATH_STYLE", "true")
                .env("VAULT_ADDR", world.vault.url()).env("VAULT_TOKEN", world.jobToken());
    }

    /** The account and lease a run reported on stderr. */
    static String[] account(String stderr) {
        Matcher m = ACCOUNT.matcher(stderr);
        if (!m.find()) {
            throw new AssertionError("no vault account in: " + stderr);
        }
        return new String[] {m.group(1), m.group(2)};
    }

    /** The run's output holds none of the secrets Vault issued or holds. */
    void assertNoSecretIn(Cli.Result r) {
        for (String secret : world.vault.issuedSecrets()) {
            if (!secret.equals("fr-par") && !secret.equals("fr-par-1") && !secret.startsWith("http")
                    && !secret.equals(S3Fixture.ACCESS_KEY)) {
                org.assertj.core.api.Assertions.assertThat(r.all()).as("a secret leaked").doesNotContain(secret);
            }
        }
    }

    /** How many objects the bucket holds. */
    int storedObjects() {
        return S3Fixture.client().listObjectsV2(b -> b.bucket(bucket)).contents().size();
    }

    void close() {
        world.vault.close();
    }
}
