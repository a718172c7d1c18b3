package io.pgbackup.secrets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the {@code data/} of a KV v2 read goes, as the vault CLI computes it. */
class KvMountTest {
    @Test
    void dataGoesRightAfterTheMount() {
        assertThat(new VaultClient.KvMount("secret/", 2).dataPath("secret/groupe-7/passphrase_s3_backup"))
                .isEqualTo("secret/data/groupe-7/passphrase_s3_backup");
        assertThat(new VaultClient.KvMount("teams/kv/", 2).dataPath("teams/kv/app/s3"))
                .isEqualTo("teams/kv/data/app/s3");
    }

    @Test
    void aMountPathPrefixedWithTheNamespaceIsTrimmed() {
        assertThat(new VaultClient.KvMount("team-a/secret/", 2).dataPath("secret/groupe-7/s3"))
                .isEqualTo("secret/data/groupe-7/s3");
    }

    @Test
    void aPathOutsideTheMountIsLeftAlone() {
        assertThat(new VaultClient.KvMount("secret/", 2).dataPath("other/x")).isEqualTo("other/x");
    }
}
