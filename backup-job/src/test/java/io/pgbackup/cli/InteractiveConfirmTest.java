package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.ChildPgbackup;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At a terminal, restore asks before it overwrites: the operator types the database name. The
 * terminal is a real pseudo-terminal made by script(1); pgbackup runs as its own process.
 */
class InteractiveConfirmTest {
    @TempDir
    Path store;

    private record Run(int code, String output) {
    }

    private Run restoreAtATerminal(Cli cli, String target, String answer) throws Exception {
        String command = String.join(" ", ChildPgbackup.command("restore", "--target-database", target));
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", command, "/dev/null").redirectErrorStream(true);
        pb.environment().putAll(cli.env());
        Process p = pb.start();
        Thread.sleep(3000);
        p.getOutputStream().write((answer + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }

    @Test
    void typingTheNameOverwritesAndAnythingElseRefuses() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("tty");
        Cli cli = Fixtures.cli(db, store);
        assertThat(cli.run("backup").code()).isZero();
        String target = PostgresFixture.newDatabase("tty_target");

        Run refused = restoreAtATerminal(cli, target, "no");
        assertThat(refused.output()).contains("database " + target + " exists and will be overwritten. Type its name to go on:");
        assertThat(refused.code()).as(refused.output()).isEqualTo(23);
        assertThat(pg.psql(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo("0");

        Run accepted = restoreAtATerminal(cli, target, target);
        assertThat(accepted.code()).as(accepted.output()).isZero();
        assertThat(pg.psql(target, "SELECT count(*) FROM orders")).isEqualTo("20000");
    }
}
