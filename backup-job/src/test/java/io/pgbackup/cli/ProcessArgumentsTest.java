package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.ChildPgbackup;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.LockWaits;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.Procs;
import io.pgbackup.testsupport.S3Fixture;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ps} shows while a backup runs: pgbackup runs as its own process with a password, a
 * passphrase and an S3 secret key; while pg_dump is blocked on a lock, the command lines of every
 * process on the machine are read from /proc. None may contain a secret. pg_dump's environment
 * holds its own password (PGPASSWORD) and none of pgbackup's secrets or the CI job's token.
 */
class ProcessArgumentsTest {
    @Test
    void noSecretInAnyProcessArguments() throws Exception {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("ps");
        String password = "pw-" + java.util.UUID.randomUUID();
        pg.psql(db, "DROP ROLE IF EXISTS ps_reader; CREATE ROLE ps_reader LOGIN PASSWORD '" + password + "';"
                + " GRANT pg_read_all_data TO ps_reader");
        String bucket = S3Fixture.newBucket("ps");
        Map<String, String> env = new java.util.HashMap<>(Fixtures.cli(db, Path.of("/nonexistent")).env());
        env.putAll(S3Fixture.env());
        env.put("PGBACKUP_STORE", "s3://" + bucket + "/p");
        env.put("PGUSER", "ps_reader");
        env.put("PGPASSWORD", password);
        env.put("CI_JOB_TOKEN", "glcbt-" + java.util.UUID.randomUUID());
        List<String> secrets = List.of(password, env.get("ENCRYPTION_KEY"), S3Fixture.SECRET_KEY);
        List<String> notForPgDump = List.of("ENCRYPTION_KEY", "SCW_SECRET_KEY", "SCW_ACCESS_KEY", "CI_JOB_TOKEN");

        Path output = Files.createTempFile("pgbackup-ps", ".log");
        try (Connection locker = DriverManager.getConnection(pg.jdbcUrl(db))) {
            LockWaits.holdExclusive(locker, "orders");
            Process job = ChildPgbackup.start(env, output, "backup");
            try {
                // pg_dump's own session: the row counts' session (also ps_reader) can block on the lock first
                ChildPgbackup.awaitLockWait(pg, db, "usename = 'ps_reader' AND query LIKE 'LOCK TABLE %'", job, output);
                List<String> commandLines = Procs.where(cmd -> true).stream().map(Procs.Proc::cmdline).toList();
                assertThat(commandLines).anyMatch(c -> c.contains("pg_dump") && c.contains("--snapshot="));
                for (String secret : secrets) {
                    assertThat(commandLines).noneMatch(c -> c.contains(secret));
                }
                String dumpEnvironment = Procs.where(cmd -> cmd.contains("pg_dump") && cmd.contains("--snapshot="))
                        .stream().map(Procs.Proc::environ).findFirst()
                        .orElseThrow(() -> new AssertionError("no pg_dump with --snapshot= is running"));
                // booleans, not the environment itself: a failure must not print the secrets
                assertThat(dumpEnvironment.contains("PGPASSWORD=" + password)).as("pg_dump has its password").isTrue();
                for (String name : notForPgDump) {
                    assertThat(env.get(name)).isNotBlank();
                    assertThat(dumpEnvironment.contains(env.get(name))).as("%s in pg_dump's environment", name).isFalse();
                }
                locker.rollback();
                assertThat(job.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(job.exitValue()).as(Files.readString(output)).isZero();
                String log = Files.readString(output);
                secrets.forEach(s -> assertThat(log).doesNotContain(s));
            } finally {
                job.destroyForcibly();
                Files.deleteIfExists(output);
            }
        }
    }
}
