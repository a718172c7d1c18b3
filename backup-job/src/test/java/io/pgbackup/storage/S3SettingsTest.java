package io.pgbackup.storage;

import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3SettingsTest {
    private static final String SECRET = "scw-secret-0a1b2c3d4e5f";

    @Test
    void readsTheScalewayVariables() {
        S3Settings s = S3Settings.fromEnv(Map.of("SCW_S3_URL", "https://s3.fr-par.scw.cloud",
                "SCW_DEFAULT_REGION", "fr-par", "SCW_ACCESS_KEY", "SCWABCDEFGH12345", "SCW_SECRET_KEY", SECRET,
                "PGBACKUP_S3_PATH_STYLE", "true",
                "AWS_ENDPOINT_URL", "https://elsewhere.example", "AWS_SECRET_ACCESS_KEY", "other"));
        assertThat(s).isEqualTo(new S3Settings(Optional.of(URI.create("https://s3.fr-par.scw.cloud")), "fr-par",
                "SCWABCDEFGH12345", SECRET, true));
        assertThat(s.validate()).isSameAs(s);
    }

    @Test
    void fallsBackToTheAwsVariables() {
        S3Settings s = S3Settings.fromEnv(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:9000", "AWS_REGION", "eu-west-3",
                "AWS_ACCESS_KEY_ID", "AKIA1234", "AWS_SECRET_ACCESS_KEY", SECRET, "SCW_S3_URL", " "));
        assertThat(s).isEqualTo(new S3Settings(Optional.of(URI.create("http://127.0.0.1:9000")), "eu-west-3",
                "AKIA1234", SECRET, false));
    }

    @Test
    void withoutAnEndpointTheAwsOneIsNamed() {
        S3Settings s = S3Settings.fromEnv(Map.of("SCW_DEFAULT_REGION", "eu-west-3"));
        assertThat(s.endpoint()).isEmpty();
        assertThat(s.endpointText()).isEqualTo("https://s3.eu-west-3.amazonaws.com");
    }

    @Test
    void toStringHidesTheSecretKey() {
        S3Settings s = new S3Settings(Optional.empty(), "fr-par", "SCWABCDEFGH12345", SECRET, false);
        assertThat(s.toString()).doesNotContain(SECRET).doesNotContain("SCWABCDEFGH")
                .isEqualTo("S3Settings[endpoint=https://s3.fr-par.amazonaws.com, region=fr-par,"
                        + " accessKey=****2345, secretKey=****, pathStyle=false]");
    }

    @Test
    void missingValuesAreNamedOnValidation() {
        S3Settings none = S3Settings.fromEnv(Map.of());
        assertConfig(none::validate, "error: missing the s3 region, for example fr-par: SCW_DEFAULT_REGION is not set"
                + System.lineSeparator() + "HINT: set SCW_DEFAULT_REGION in the job's environment (the CI job reads it"
                + " from Vault)");
        S3Settings noSecret = S3Settings.fromEnv(Map.of("SCW_DEFAULT_REGION", "fr-par", "SCW_ACCESS_KEY", "k"));
        assertConfig(noSecret::validate, "error: missing the s3 secret key (from Vault): SCW_SECRET_KEY is not set"
                + System.lineSeparator() + "HINT: set SCW_SECRET_KEY in the job's environment (the CI job reads it"
                + " from Vault)");
    }

    @Test
    void aMalformedEndpointIsRefused() {
        assertConfig(() -> S3Settings.fromEnv(Map.of("SCW_S3_URL", "s3.fr-par.scw.cloud")),
                "error: invalid s3 endpoint in SCW_S3_URL: s3.fr-par.scw.cloud" + System.lineSeparator()
                        + "HINT: give a URL such as https://s3.fr-par.scw.cloud (http or https and a host name)");
    }

    @Test
    void anEndpointWithCredentialsIsRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> S3Settings.fromEnv(Map.of("AWS_ENDPOINT_URL", "https://key:" + SECRET + "@s3.example")))
                .isInstanceOfSatisfying(PgBackupException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
                    assertThat(e.getMessage())
                            .isEqualTo("invalid s3 endpoint in AWS_ENDPOINT_URL: it contains a user name or password");
                    assertThat(e.render()).doesNotContain(SECRET);
                });
    }

    @Test
    void pathStyleAcceptsBooleansOnly() {
        assertThat(S3Settings.fromEnv(Map.of("PGBACKUP_S3_PATH_STYLE", "FALSE")).pathStyle()).isFalse();
        assertThat(S3Settings.fromEnv(Map.of("PGBACKUP_S3_PATH_STYLE", "1")).pathStyle()).isTrue();
        assertConfig(() -> S3Settings.fromEnv(Map.of("PGBACKUP_S3_PATH_STYLE", "sometimes")),
                "error: invalid PGBACKUP_S3_PATH_STYLE value: sometimes" + System.lineSeparator()
                        + "HINT: use true or false");
    }

    private static void assertConfig(Runnable action, String rendered) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(PgBackupException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
            assertThat(e.render()).isEqualTo(rendered);
        });
    }
}
