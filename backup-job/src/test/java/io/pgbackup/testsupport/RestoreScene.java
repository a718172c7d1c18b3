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
     * Makes the restore's SQL fail half-way: a view in another schema of the target depends on a table
     * {@code orders}, so the dump's {@code DROP TABLE orders} fails. Returns the target's dump after it.
     */
    public String blockTheDumpsDropOfOrders() {
        LocalPostgres pg = PostgresFixture.server();
        pg.psql(target, "CREATE TABLE orders(id bigint); CREATE SCHEMA other;"
                + " CREATE VIEW other.v AS SELECT id FROM public.orders");
        return DumpCompare.dump(pg, target);
    }

    /** Restores the backup over the target without a safety backup ({@code --yes --no-safety-backup}). */
    public Cli.Result restoreOverTarget(String... more) {
        List<String> args = new ArrayList<>(List.of("restore", "--backup", id, "--target-database", target, "--yes",
                "--no-safety-backup"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }
}
