package io.pgbackup.infra;

import com.hashicorp.cdktf.HttpBackend;
import com.hashicorp.cdktf.HttpBackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terraform state kept by GitLab (its {@code http} backend). Only the constant settings are in the
 * synthesized JSON: the addresses ({@code ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/terraform/state/<name>})
 * and the credentials ({@code TF_HTTP_PASSWORD=$CI_JOB_TOKEN}) are given at {@code terraform init}
 * from the CI environment, by {@code infra/tools/terraform-init.sh}. No address, user or password is
 * ever written here.
 */
final class GitlabManagedState {

    /** GitLab locks a state with POST and unlocks it with DELETE on its lock address. */
    static final Map<String, Object> SETTINGS = new TreeMap<>(Map.of(
            "lock_method", "POST",
            "unlock_method", "DELETE",
            "retry_wait_min", 5));

    private GitlabManagedState() {
    }

    /**
     * cdktf's {@code HttpBackend} requires an address: it is given one and the override removes it,
     * which leaves a partial backend configuration, completed at {@code terraform init}. (Being a
     * real backend, it also keeps cdktf from adding its default local backend.)
     */
    static void configure(TerraformStack stack) {
        HttpBackend backend = new HttpBackend(stack, HttpBackendConfig.builder()
                .address("given-at-terraform-init")
                .lockMethod((String) SETTINGS.get("lock_method"))
                .unlockMethod((String) SETTINGS.get("unlock_method"))
                .retryWaitMin((Integer) SETTINGS.get("retry_wait_min"))
                .build());
        backend.addOverride("address", null);
    }
}
