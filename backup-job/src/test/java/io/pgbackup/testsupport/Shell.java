package io.pgbackup.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a bash script with extra environment variables and asserts that it succeeded. */
public final class Shell {
    private Shell() {
    }

    /** Runs {@code script}; fails the test with its output unless it exits 0 within two minutes. */
    public static String runOk(String script, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + output).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
