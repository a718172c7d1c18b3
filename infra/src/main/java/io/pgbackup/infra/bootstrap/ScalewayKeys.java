package io.pgbackup.infra.bootstrap;

import java.net.URI;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Scaleway IAM: an API key for the jobs' IAM application ({@code POST /iam/v1alpha1/api-keys}, with
 * {@code application_id}, {@code default_project_id}, {@code description}; the answer holds
 * {@code access_key} and {@code secret_key}, the secret shown this once).
 */
final class ScalewayKeys {
    record Key(String accessKey, String secretKey) {
    }

    private final String apiUrl;
    private final String operatorSecretKey;

    ScalewayKeys(String apiUrl, String operatorSecretKey) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
        this.operatorSecretKey = operatorSecretKey;
    }

    Key create(String applicationId, String projectId, String description) {
        Http.Answer a = Http.send("POST", URI.create(apiUrl + "/iam/v1alpha1/api-keys"),
                Map.of("X-Auth-Token", operatorSecretKey),
                Map.of("application_id", applicationId, "default_project_id", projectId, "description", description));
        if (a.status() == 401 || a.status() == 403) {
            throw new BootstrapException("Scaleway refused to create the jobs' API key (" + a.status() + ")",
                    "use an SCW_SECRET_KEY whose principal has the IAMManager permission set in the organization");
        }
        if (a.status() / 100 != 2) {
            throw new BootstrapException("Scaleway could not create the jobs' API key (HTTP " + a.status() + ")",
                    "check --application-id (terraform output jobs_application_id) and --project-id");
        }
        JsonNode body = a.body();
        return new Key(body.path("access_key").asString(), body.path("secret_key").asString());
    }
}
