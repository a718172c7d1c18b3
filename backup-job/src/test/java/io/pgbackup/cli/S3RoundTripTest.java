package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.Shell;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Backup to and restore from a real S3 server (S3Proxy on 127.0.0.1), and the break-glass path with aws + gpg. */
class S3RoundTripTest {
    /** The README's break-glass command, exactly. */
    static final String BREAK_GLASS = "set -o pipefail; aws s3 cp \"s3://$BUCKET/$KEY\" - --endpoint-url \"$SCW_S3_URL\""
            + " | gpg --batch --quiet --pinentry-mode loopback --passphrase-file <(printf %s \"$ENCRYPTION_KEY\") -d"
            + " | gunzip | psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d \"$TARGET\" >/dev/null";

    @TempDir
    Path unused;
    @TempDir
    Path gnupgHome;

    private Cli s3Cli(String db, String bucket) {
        return Fixtures.cli(db, unused).env(S3Fixture.env()).env("PGBACKUP_STORE", "s3://" + bucket + "/pgbackup");
    }

    @Test
    void backupRestoreAndBreakGlassThroughS3() {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("s3rt");
        String bucket = S3Fixture.newBucket("rt");
        Cli cli = s3Cli(db, bucket);

        Cli.Result backup = cli.run("backup", "--reason", "schedule");
        assertThat(backup.code()).as(backup.err()).isZero();
        String id = backup.out().strip();
        assertThat(S3Fixture.client().listObjectsV2(b -> b.bucket(bucket)).contents())
                .extracting(o -> o.key())
                .containsExactlyInAnyOrder("pgbackup/" + db + "/" + id + ".sql.gz.gpg",
                        "pgbackup/" + db + "/" + id + ".manifest.json");

        Cli.Result restore = cli.run("restore", "--target-database", db + "_s3");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(DumpCompare.dump(pg, db + "_s3")).isEqualTo(DumpCompare.dump(pg, db));

        String target = PostgresFixture.newDatabase("s3bg");
        Map<String, String> env = new java.util.HashMap<>(cli.env());
        env.putAll(Map.of("BUCKET", bucket, "KEY", "pgbackup/" + db + "/" + id + ".sql.gz.gpg",
                "TARGET", target, "GNUPGHOME", gnupgHome.toString(),
                "AWS_ACCESS_KEY_ID", S3Fixture.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3Fixture.SECRET_KEY,
                "AWS_DEFAULT_REGION", S3Fixture.REGION,
                "PATH", pg.tools().binDir() + ":" + System.getenv("PATH")));
        Shell.runOk(BREAK_GLASS, env);
        assertThat(DumpCompare.dump(pg, target)).isEqualTo(DumpCompare.dump(pg, db));
    }

    @Test
    void wrongKeysFailBeforePgDumpStartsAndWriteNothing() {
        String db = PostgresFixture.newDatabase("s3keys");
        String bucket = S3Fixture.newBucket("keys");
        Cli.Result r = s3Cli(db, bucket).env("SCW_SECRET_KEY", "wrong-secret-key-123456").run("backup");
        assertThat(r.code()).isEqualTo(10);
        assertThat(r.err()).startsWith("error: the s3 service refused the credentials for bucket " + bucket)
                .contains("HINT: ");
        assertThat(S3Fixture.client().listObjectsV2(b -> b.bucket(bucket)).contents()).isEmpty();
    }

    @Test
    void missingBucket() {
        String db = PostgresFixture.newDatabase("s3nob");
        Cli.Result r = s3Cli(db, "no-such-bucket-here").run("backup");
        assertThat(r.code()).isEqualTo(10);
        assertThat(r.err()).startsWith("error: bucket no-such-bucket-here does not exist at " + S3Fixture.start());
    }
}
