package io.pgbackup.demo;

import io.pgbackup.testsupport.Cli;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTest {
    @Test
    void demoRunsTheWholeCycleAndCleansUp() throws IOException {
        long before = tempDirs();
        Cli.Result r = new Cli().run("demo");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("6. comparing row counts")
                .contains("public.events")
                .contains("demo passed")
                .doesNotContain("DIFFERENT");
        assertThat(tempDirs()).isEqualTo(before);
    }

    private static long tempDirs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("pgbackup-demo-store-")
                    || p.getFileName().toString().startsWith("pgbackup-pg-")).count() ;
        }
    }
}
