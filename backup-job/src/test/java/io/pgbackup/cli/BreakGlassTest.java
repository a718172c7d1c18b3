package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's break-glass restore, with standard tools only: the object through GnuPG, gunzip
 * and psql. If pgbackup is ever unavailable, its backups still restore.
 */
class BreakGlassTest {
    /** The README's command, with {@code cat} in place of {@code aws s3 cp ... -}. */
    static final String RECIPE = "set -o pipefail; cat \"$OBJECT\""
            + " | gpg --batch --quiet --pinentry-mode loopback --passphrase-file <(printf %s \"$ENCRYPTION_KEY\") -d"
            + " | gunzip | psql -X -q -v ON_ERROR_STOP=1 --single-transaction -d \"$TARGET\" >/dev/null";

    @TempDir
    Path store;
    @TempDir
    Path gnupgHome;

    @Test
    void aBackupRestoresWithGpgGunzipAndPsql() {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("bg");
        Cli cli = Fixtures.cli(db, store);
        Cli.Result backup = cli.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String target = PostgresFixture.newDatabase("bg_target");

        Map<String, String> env = new java.util.HashMap<>(cli.env());
        env.putAll(Map.of("GNUPGHOME", gnupgHome.toString(), "TARGET", target,
                "OBJECT", store.resolve(db).resolve(backup.out().strip() + ".sql.gz.gpg").toString(),
                "PATH", pg.tools().binDir() + ":" + System.getenv("PATH")));
        Shell.runOk(RECIPE, env);
        assertThat(DumpCompare.dump(pg, target)).isEqualTo(DumpCompare.dump(pg, db));
    }
}
