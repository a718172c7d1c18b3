package io.pgbackup.testsupport;

import io.pgbackup.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs pgbackup in-process through {@link Main#run} with a given environment and captures stdout
 * and stderr. Every run checks that no registered secret appears in either stream: every test that
 * goes through here also proves that secrets stay out of the output.
 */
public final class Cli {
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    /** What one run printed and returned. */
    public record Result(int code, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();

    /** Registers a value that must never be printed by any run. */
    public static void secret(String value) {
        if (value != null && value.length() >= 6) {
            SECRETS.add(value);
        }
    }

    public Cli env(String key, String value) {
        env.put(key, value);
        if (key.equals("ENCRYPTION_KEY") || key.equals("SCW_SECRET_KEY") || key.equals("PGPASSWORD")
                || key.equals("VAULT_TOKEN") || key.equals("AWS_SECRET_ACCESS_KEY")) {
            secret(value);
        }
        return this;
    }

    public Cli env(Map<String, String> values) {
        values.forEach(this::env);
        return this;
    }

    public Map<String, String> env() {
        return env;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, new HashMap<>(env), args);
        }
        Result r = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        for (String secret : new ArrayList<>(SECRETS)) {
            assertThat(r.all()).as("output of pgbackup %s must not contain a secret", List.of(args))
                    .doesNotContain(secret);
        }
        return r;
    }
}
