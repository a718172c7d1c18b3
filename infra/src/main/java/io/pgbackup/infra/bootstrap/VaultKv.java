package io.pgbackup.infra.bootstrap;

import java.net.URI;
import java.util.Map;

/**
 * Vault KV version 2, as the bootstrap needs it: does a secret exist, and write one only if it does
 * not ({@code options.cas = 0}: Vault refuses the write when any version exists, so a second run,
 * or two at once, can never replace the passphrase that older backups need).
 */
final class VaultKv {
    private final String address;
    private final String token;
    private final String mount;

    VaultKv(String address, String token, String mount) {
        this.address = address.replaceAll("/+$", "");
        this.token = token;
        this.mount = mount;
    }

    boolean exists(String name) {
        Http.Answer a = Http.send("GET", uri("/metadata/" + name), headers(), null);
        if (a.status() == 404) {
            return false;
        }
        check(a, "read the metadata of " + mount + "/" + name);
        return true;
    }

    /** Writes {@code data} as the first version of {@code name}; false when a version exists already. */
    boolean createOnly(String name, Map<String, String> data) {
        Http.Answer a = Http.send("POST", uri("/data/" + name), headers(), Map.of("options", Map.of("cas", 0), "data", data));
        if (a.status() == 400 && a.body().path("errors").toString().contains("check-and-set")) {
            return false;
        }
        check(a, "write " + mount + "/" + name);
        return true;
    }

    private void check(Http.Answer a, String what) {
        if (a.status() == 403) {
            throw new BootstrapException("Vault refused to " + what + " (403)",
                    "use a VAULT_TOKEN whose policy grants create and read on " + mount + "/data/... and read on "
                            + mount + "/metadata/...");
        }
        if (a.status() / 100 != 2) {
            throw new BootstrapException("Vault could not " + what + " (HTTP " + a.status() + ")",
                    "check VAULT_ADDR and that the KV v2 engine is mounted at " + mount + "/");
        }
    }

    private URI uri(String path) {
        return URI.create(address + "/v1/" + mount + path);
    }

    private Map<String, String> headers() {
        return Map.of("X-Vault-Token", token);
    }
}
