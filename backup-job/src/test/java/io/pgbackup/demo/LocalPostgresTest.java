package io.pgbackup.demo;

import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPostgresTest {
    @Test
    void startsARealServerThatAnswersQueries() {
        String db = PostgresFixture.newDatabase("lp");
        PostgresFixture.server().psql(db, "CREATE TABLE t(x int); INSERT INTO t VALUES (1),(2)");
        assertThat(PostgresFixture.server().psql(db, "SELECT sum(x) FROM t")).isEqualTo("3");
        assertThat(PostgresFixture.server().psql(db, "SHOW server_version_num")).startsWith("1");
    }
}
