package io.pgbackup.testsupport;

import io.pgbackup.demo.LocalPostgres;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-up of the restore tests: a sample database backed up into {@code store} (backup id
 * {@code id}), and a restore target holding one precious row, dumped before any restore
 * ({@code targetBefore}) so a test can show the target is unchanged.
 */
public record RestoreScene(String db, Cli cli, String id, String target, String targetBefore) {
    public static RestoreScene backedUp(String prefix, Path store) {
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase(prefix);
        Cli cli = Fixtures.cli(db, store);
        Cli.Result r = cli.run("backup");
        assertThat(r.code()).as(r.err()).isZero();
        String target = PostgresFixture.newDatabase(prefix + "_target");
        pg.psql(target, "CREATE TABLE precious(x text); INSERT INTO precious VALUES ('keep me')");
        return new RestoreScene(db, cli, r.out().strip(), target, DumpCompare.dump(pg, target));
    }

    /**
     * A second backup of the source whose SQL fails half-way on any database: it holds a table owned by
     * a role that was dropped after the backup, so the dump's {@code ALTER TABLE … OWNER TO} fails
     * ("role … does not exist"). Returns its id.
     */
    public String backupThatFailsToLoad() {
        LocalPostgres pg = PostgresFixture.server();
        String role = db + "_gone";
        pg.psql(db, "CREATE ROLE " + role + "; CREATE TABLE gone(x int); ALTER TABLE gone OWNER TO " + role);
        Cli.Result r = cli.run("backup");
        assertThat(r.code()).as(r.err()).isZero();
        pg.psql(db, "DROP TABLE gone; DROP ROLE " + role);
        return r.out().strip();
    }

    /** Restores the backup over the target ({@code --yes}). */
    public Cli.Result restoreOverTarget(String... more) {
        return restoreBackupOverTarget(id, more);
    }

    /** Restores backup {@code backupId} over the target ({@code --yes}). */
    public Cli.Result restoreBackupOverTarget(String backupId, String... more) {
        List<String> args = new ArrayList<>(List.of("restore", "--backup", backupId, "--target-database", target,
                "--yes"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }
}
