package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupStoresTest {
    private static final String NL = System.lineSeparator();
    /** Nothing listens there: a test that reached the network would fail differently. */
    private static final S3Settings NOWHERE = new S3Settings(Optional.of(URI.create("http://127.0.0.1:9")),
            "fr-par", "access", "secret-never-used", true);

    @TempDir
    Path temp;

    @Test
    void opensAnS3StoreThatWorks() throws IOException {
        String bucket = S3Fixture.newBucket("stores");
        try (BackupStore store = BackupStores.open("s3://" + bucket + "/team/app/", S3Fixture.settings())) {
            assertThat(store).isInstanceOf(S3Store.class);
            assertThat(store.describe()).isEqualTo("s3://" + bucket + "/team/app");
            store.probe();
            try (ObjectWriter writer = store.create("db/1")) {
                writer.write(new byte[] {4, 2});
            }
            try (InputStream in = store.open("db/1")) {
                assertThat(in.readAllBytes()).containsExactly(4, 2);
            }
        }
        assertThat(S3Fixture.client().headObject(r -> r.bucket(bucket).key("team/app/db/1")).contentLength())
                .isEqualTo(2);
    }

    @Test
    void opensFileStoresFromAFileUriOrAnAbsolutePath() {
        try (BackupStore byUri = BackupStores.open(temp.toUri().toString(), null);
             BackupStore byPath = BackupStores.open(temp.toString(), null)) {
            assertThat(byUri).isInstanceOf(FileStore.class);
            assertThat(((FileStore) byUri).root()).isEqualTo(temp);
            assertThat(((FileStore) byPath).root()).isEqualTo(temp);
        }
    }

    @Test
    void refusesAnInvalidBucketBeforeAnyNetworkCall() {
        assertConfig("s3://My_Backups/app", "error: invalid bucket name in store s3://My_Backups/app: 'My_Backups'"
                + " contains characters other than lowercase letters, digits, '.' and '-', or does not start and end"
                + " with a letter or digit" + NL + "HINT: " + S3Location.BUCKET_RULE + NL
                + "HINT: give the store as s3://bucket/prefix, for example s3://acme-backups/app");
        assertConfig("s3://ab/app", "error: invalid bucket name in store s3://ab/app: 'ab' has 2 characters" + NL
                + "HINT: " + S3Location.BUCKET_RULE + NL
                + "HINT: give the store as s3://bucket/prefix, for example s3://acme-backups/app");
        assertConfig("s3:///app", "error: invalid bucket name in store s3:///app: the bucket name is empty" + NL
                + "HINT: " + S3Location.BUCKET_RULE + NL
                + "HINT: give the store as s3://bucket/prefix, for example s3://acme-backups/app");
        assertConfig("s3://192.168.1.10/app", "error: invalid bucket name in store s3://192.168.1.10/app:"
                + " '192.168.1.10' has two adjacent dots or looks like an ip address" + NL
                + "HINT: " + S3Location.BUCKET_RULE + NL
                + "HINT: give the store as s3://bucket/prefix, for example s3://acme-backups/app");
    }

    @Test
    void refusesABadPrefix() {
        assertConfig("s3://acme-backups/app//x", "error: invalid key prefix in store s3://acme-backups/app//x" + NL
                + "HINT: use path segments of letters, digits, '-', '_' and '.', separated by single '/', none"
                + " starting with '.'");
    }

    @Test
    void refusesOtherForms() {
        String forms = "HINT: give the store as s3://bucket/prefix, file:///absolute/dir or /absolute/dir";
        assertConfig("backups/here", "error: unsupported store backups/here" + NL + forms);
        assertConfig("gs://bucket/x", "error: unsupported store gs://bucket/x" + NL + forms);
        assertConfig(" ", "error: no store given" + NL + forms);
        assertConfig("file://host/dir", "error: invalid file store file://host/dir" + NL
                + "HINT: give an absolute directory such as file:///var/backups/pgbackup (three slashes)");
    }

    @Test
    void anS3StoreNeedsCompleteSettings() {
        assertConfig("s3://acme-backups/app", null, "error: no s3 settings for store s3://acme-backups/app" + NL
                + "HINT: set SCW_S3_URL, SCW_DEFAULT_REGION, SCW_ACCESS_KEY and SCW_SECRET_KEY");
        S3Settings noKey = new S3Settings(Optional.empty(), "fr-par", null, null, false);
        assertConfig("s3://acme-backups/app", noKey, "error: missing the s3 access key id (from Vault):"
                + " SCW_ACCESS_KEY is not set" + NL
                + "HINT: set SCW_ACCESS_KEY in the job's environment (the CI job reads it from Vault)");
    }

    private static void assertConfig(String uri, String rendered) {
        assertConfig(uri, NOWHERE, rendered);
    }

    private static void assertConfig(String uri, S3Settings settings, String rendered) {
        assertThatThrownBy(() -> BackupStores.open(uri, settings)).isInstanceOfSatisfying(PgBackupException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
                    assertThat(e.render()).isEqualTo(rendered);
                });
    }
}
