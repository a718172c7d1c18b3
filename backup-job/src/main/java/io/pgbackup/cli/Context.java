package io.pgbackup.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * What a command runs with: its output streams and its environment. Tests pass their own; secrets
 * fetched from Vault are laid over the environment ({@link #overlay}) so that the rest of the
 * configuration code reads one map.
 */
public final class Context {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean interactive;
    private boolean accountFromVault;

    public Context(PrintStream out, PrintStream err, Map<String, String> env, boolean interactive) {
        this.out = out;
        this.err = err;
        this.env = new HashMap<>(env);
        this.interactive = interactive;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Map<String, String> env() {
        return env;
    }

    public String env(EnvVar var) {
        return env.get(var.name());
    }

    /** Adds values (for example the Vault account) on top of the environment. */
    public void overlay(Map<String, String> values) {
        env.putAll(values);
    }

    /** Set when the database account was issued by Vault: PGUSER/PGPASSWORD then come from Vault only. */
    public void accountFromVault() {
        accountFromVault = true;
    }

    public boolean isAccountFromVault() {
        return accountFromVault;
    }

    public boolean interactive() {
        return interactive;
    }
}
