package io.pgbackup.infra.bootstrap;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** GitLab: a pipeline trigger ({@code POST /projects/:id/triggers}, {@code description}; answers its token). */
final class GitlabTriggers {
    private final String apiUrl;
    private final String token;

    GitlabTriggers(String apiUrl, String token) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
        this.token = token;
    }

    String create(String projectId, String description) {
        Http.Answer a = Http.send("POST", URI.create(apiUrl + "/projects/"
                        + URLEncoder.encode(projectId, StandardCharsets.UTF_8) + "/triggers"),
                Map.of("PRIVATE-TOKEN", token), Map.of("description", description));
        if (a.status() == 401 || a.status() == 403) {
            throw new BootstrapException("GitLab refused to create the restore trigger (" + a.status() + ")",
                    "use a GITLAB_TOKEN (api scope) of a Maintainer of the project");
        }
        if (a.status() / 100 != 2) {
            throw new BootstrapException("GitLab could not create the restore trigger (HTTP " + a.status() + ")",
                    "check GITLAB_BASE_URL (…/api/v4) and --gitlab-project-id");
        }
        return a.body().path("token").asString();
    }
}
