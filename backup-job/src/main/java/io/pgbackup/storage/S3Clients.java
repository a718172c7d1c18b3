package io.pgbackup.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Builds the one kind of {@link S3Client} pgbackup uses: Apache HTTP client, static credentials,
 * the configured endpoint, region and addressing style, the SDK's standard retry strategy, and
 * checksums only where the API requires them ({@code WHEN_REQUIRED}): S3 services other than AWS
 * reject the SDK's newer default. No request ever asks for server-side encryption (Scaleway
 * answers 400 to that header).
 */
public final class S3Clients {
    /** How long to wait for a TCP connection to the endpoint. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long a socket may stay silent (S3 answers a completed part within seconds). */
    public static final Duration SOCKET_TIMEOUT = Duration.ofMinutes(2);

    private S3Clients() {
    }

    /** A client with the production settings; {@code settings} must be {@link S3Settings#validate() valid}. */
    public static S3Client create(S3Settings settings) {
        return builder(settings, CONNECT_TIMEOUT, o -> { }).build();
    }

    /**
     * A builder with the production settings, a connect timeout, and {@code tuning} applied last to
     * the override configuration (tests shorten retries or add interceptors there).
     */
    public static S3ClientBuilder builder(S3Settings settings, Duration connectTimeout,
                                          Consumer<ClientOverrideConfiguration.Builder> tuning) {
        settings.validate();
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy());
        tuning.accept(override);
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(connectTimeout)
                        .socketTimeout(SOCKET_TIMEOUT))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(override.build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }
}
