package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's break-glass restore over an existing database, as written there (its names replaced by
 * the test's): load into a new database with the standard tools, then swap the names in one
 * transaction. The result is exactly the backup, and the former state is kept.
 */
class RestoreOverBreakGlassTest {
    @TempDir
    Path store;
    @TempDir
    Path gnupgHome;

    @Test
    void theReadmesRecipeRestoresOverAMigratedDatabase() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("bgo");
        String owner = db + "_owner";
        pg.psql("postgres", "CREATE ROLE " + owner);
        pg.psql("postgres", "ALTER DATABASE " + db + " OWNER TO " + owner);
        Cli cli = Fixtures.cli(db, store);
        Cli.Result backup = cli.run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String atBackup = DumpCompare.dump(pg, db);
        pg.psql(db, "CREATE TABLE order_notes(id int PRIMARY KEY, order_id int REFERENCES orders(id))");
        String deployed = DumpCompare.dump(pg, db);

        String script = readmeRecipe()
                .replace("# ... the pipeline above with TARGET=app_restored ...", "TARGET=app_restored; "
                        + BreakGlassTest.RECIPE)
                .replace("app_restored", db + "_restored").replace("app_owner", owner)
                .replace("app_before_restore", db + "_before").replaceAll("\\bapp\\b", db);
        Map<String, String> env = new HashMap<>(cli.env());
        env.putAll(Map.of("GNUPGHOME", gnupgHome.toString(),
                "OBJECT", store.resolve(db).resolve(backup.out().strip() + ".sql.gz.gpg").toString(),
                "PATH", pg.tools().binDir() + ":" + System.getenv("PATH")));
        Shell.runOk(script, env);

        assertThat(DumpCompare.dump(pg, db)).isEqualTo(atBackup);
        assertThat(DumpCompare.dump(pg, db + "_before")).isEqualTo(deployed);
        assertThat(pg.psql("postgres", "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '" + db + "'"))
                .isEqualTo(owner);
    }

    /** The shell block after "Over an existing database" in the README's break-glass section. */
    private static String readmeRecipe() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf("```sh", readme.indexOf("Over an existing database, do what pgbackup does"));
        int to = readme.indexOf("```", from + 5);
        assertThat(from).isPositive();
        return readme.substring(from + 5, to);
    }
}
