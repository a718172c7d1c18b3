package io.pgbackup.cli;

import io.pgbackup.dump.PgConnection;
import io.pgbackup.error.ExitCode;
import io.pgbackup.error.PgBackupException;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** The database server, libpq style. The password only ever comes from PGPASSWORD or Vault. */
public final class DatabaseOptions {
    @Option(names = "--host", paramLabel = "HOST", description = "server host (env PGHOST)")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "server port (env PGPORT)")
    String port;

    @Option(names = {"-U", "--username"}, paramLabel = "USER", description = "user (env PGUSER)")
    String user;

    @Option(names = {"-d", "--dbname"}, paramLabel = "DB", description = "database (env PGDATABASE)")
    String database;

    public PgConnection connection(Context ctx) {
        Map<String, String> env = new HashMap<>(ctx.env());
        if (host != null) {
            env.put("PGHOST", host);
        }
        if (port != null) {
            env.put("PGPORT", port);
        }
        if (user != null) {
            if (ctx.isAccountFromVault()) {
                throw new PgBackupException(ExitCode.USAGE, "--username " + user + " cannot be used with --vault-group",
                        "the database account comes from Vault; drop --username, or drop the Vault options to use your own");
            }
            env.put("PGUSER", user);
        }
        if (database != null) {
            env.put("PGDATABASE", database);
        }
        return PgConnection.fromEnv(env);
    }
}
