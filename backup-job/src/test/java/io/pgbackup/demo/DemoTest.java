package io.pgbackup.demo;

import io.pgbackup.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTest {
    @TempDir
    Path tmp;

    @Test
    void demoRunsTheWholeCycleAndCleansUp() throws IOException {
        Cli.Result r = new Cli().env("TMPDIR", tmp.toString()).run("demo");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("6. comparing row counts")
                .contains("public.events")
                .contains("demo passed")
                .doesNotContain("DIFFERENT");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("server and store directories are removed").isEmpty();
        }
    }
}
