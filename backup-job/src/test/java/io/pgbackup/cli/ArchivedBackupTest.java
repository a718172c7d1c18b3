package io.pgbackup.cli;

import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.StorageClass;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup that the bucket's lifecycle moved to GLACIER (production moves objects there after 180
 * days): its restore stops before touching any database with exit 14, naming the command that brings
 * it back; once brought back it restores. S3Proxy serves archived objects, so the storage class is set
 * on the object and the job reads it from the response, as it reads Scaleway's refusal
 * (InvalidObjectState).
 */
class ArchivedBackupTest {
    @TempDir
    Path unused;

    @Test
    void anArchivedBackupIsNamedWithTheCommandThatBringsItBack() {
        String db = Fixtures.sampleDatabase("arch");
        String bucket = S3Fixture.newBucket("archived");
        Cli cli = Fixtures.cli(db, unused).env(S3Fixture.env()).env("PGBACKUP_STORE", "s3://" + bucket + "/pgbackup");
        Cli.Result backup = cli.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String id = backup.out().strip();
        String key = "pgbackup/" + db + "/" + id + ".sql.gz.gpg";
        S3Client s3 = S3Fixture.client();
        byte[] object = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray();
        s3.putObject(r -> r.bucket(bucket).key(key).storageClass(StorageClass.GLACIER), RequestBody.fromBytes(object));
        String target = db + "_from_archive";

        Cli.Result restore = cli.run("restore", "--backup", id, "--target-database", target);

        assertThat(restore.code()).as(restore.err()).isEqualTo(14);
        assertThat(restore.err()).contains("is archived in the GLACIER storage class")
                .contains("HINT: bring it back for a few days: aws s3api restore-object --bucket " + bucket
                        + " --key " + key + " --restore-request Days=3 --endpoint-url ")
                .contains("ongoing-request=\"false\"");
        assertThat(PostgresFixture.server().psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = '"
                + target + "' OR datname LIKE 'pgbackup\\_new\\_%'")).isEqualTo("0");
        assertThat(cli.run("list").out()).as("manifests are not archived").contains(id);

        s3.putObject(r -> r.bucket(bucket).key(key).storageClass(StorageClass.STANDARD), RequestBody.fromBytes(object));
        Cli.Result again = cli.run("restore", "--backup", id, "--target-database", target);
        assertThat(again.code()).as(again.err()).isZero();
    }
}
