package io.pgbackup.cli;

import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.restore.Names;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.RestoreScene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.function.LongUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failed restore leaves the target exactly as it was, with one clear message and its code. */
class RestoreFailureTest {
    @TempDir
    Path store;

    private final LocalPostgres pg = PostgresFixture.server();
    private RestoreScene scene;
    private String targetBefore;

    @BeforeEach
    void backupAndPrepareATarget() {
        scene = RestoreScene.backedUp("rf", store);
        targetBefore = scene.targetBefore();
    }

    @Test
    void wrongPassphrase() {
        Cli.Result r = scene.cli().env("ENCRYPTION_KEY", "not-the-passphrase").run("restore", "--backup", scene.id(),
                "--target-database", scene.target(), "--yes");
        assertThat(r.code()).isEqualTo(12);
        assertThat(r.err()).contains("error: the passphrase does not decrypt backup data").contains("HINT: ");
        assertTargetUnchanged();
    }

    @Test
    void unknownBackupId() {
        Cli.Result r = scene.cli().run("restore", "--backup", "20200101T000000Z-manual", "--target-database",
                scene.target(), "--yes");
        assertThat(r.code()).isEqualTo(11);
        assertThat(r.err()).isEqualTo("error: backup 20200101T000000Z-manual of database " + scene.db()
                + " does not exist in " + store.toUri().toString().replaceAll("/$", "")
                + "\nHINT: run 'pgbackup list' to see the restorable backups\n");
        assertTargetUnchanged();
    }

    @Test
    void somethingThatIsNotAnId() {
        Cli.Result r = scene.cli().run("restore", "--backup", "yesterday", "--target-database", scene.target(),
                "--yes");
        assertThat(r.code()).isEqualTo(11);
        assertThat(r.err()).startsWith("error: 'yesterday' is not a backup id\nHINT: backup ids look like");
    }

    @Test
    void tamperedObject() throws Exception {
        flipBits(length -> length / 2, 0x40);
        Cli.Result r = scene.restoreOverTarget();
        assertThat(r.code()).as(r.err()).isEqualTo(13);
        assertThat(r.err()).contains("error: ").contains("HINT: ");
        assertTargetUnchanged();
    }

    @Test
    void damagedBackupIsNamedEvenWhenPsqlStopsFirst() throws Exception {
        // psql stops at the dump's ALTER TABLE gone OWNER TO, long before the damage near the object's end
        String failing = scene.backupThatFailsToLoad();
        flipBits(failing, length -> length - 200, 0x01);
        Cli.Result r = scene.restoreBackupOverTarget(failing);
        assertThat(r.code()).as(r.err()).isEqualTo(13);
        assertThat(r.err()).contains("psql had stopped on it first: psql failed with exit code 3")
                .contains("error: ").contains("HINT: ");
        assertTargetUnchanged();
    }

    @Test
    void truncatedObject() throws Exception {
        Path data = store.resolve(scene.db()).resolve(scene.id() + ".sql.gz.gpg");
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.setLength(f.length() - 1000);
        }
        Cli.Result r = scene.restoreOverTarget();
        assertThat(r.code()).as(r.err()).isEqualTo(13);
        assertTargetUnchanged();
    }

    @Test
    void sqlFailingHalfWayIsRolledBack() {
        Cli.Result r = scene.restoreBackupOverTarget(scene.backupThatFailsToLoad());
        assertThat(r.code()).isEqualTo(21);
        assertThat(r.err()).contains("error: psql failed with exit code 3: ")
                .contains("role \"" + scene.db() + "_gone\" does not exist");
        assertTargetUnchanged();
        assertThat(pg.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = '"
                + Names.staging(scene.target()) + "'"))
                .as("the new database is dropped again").isEqualTo("0");
    }

    @Test
    void refusesToOverwriteWithoutYesWhenNotInteractive() {
        Cli.Result r = scene.cli().run("restore", "--backup", scene.id(), "--target-database", scene.target());
        assertThat(r.code()).isEqualTo(23);
        assertThat(r.err()).endsWith("error: database " + scene.target()
                + " exists and would be overwritten; nothing was changed\n"
                + "HINT: pass --yes to overwrite it (its current state is kept as a database; --undo brings it back)\n"
                + "HINT: or restore into another database with --target-database NAME\n");
        assertTargetUnchanged();
    }

    @Test
    void aSafetyBackupOnRequestCanBeRestored() {
        Cli.Result r = scene.cli().run("restore", "--backup", scene.id(), "--target-database", scene.target(),
                "--yes", "--safety-backup");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(pg.psql(scene.target(), "SELECT count(*) FROM orders")).isEqualTo("20000");
        assertThat(r.err()).containsPattern("safety backup \\d{8}T\\d{6}Z-pre-restore");
        Cli.Result list = scene.cli().env("PGDATABASE", scene.target()).run("list");
        assertThat(list.out()).contains("pre-restore");
        String safety = list.out().lines().filter(l -> l.contains("pre-restore")).findFirst().orElseThrow().split(" ")[0];
        String undone = scene.target() + "_undo";
        Cli.Result undo = scene.cli().run("restore", "--backup", safety, "--target-database", undone);
        assertThat(undo.code()).as(undo.err()).isZero();
        assertThat(pg.psql(undone, "SELECT x FROM precious")).isEqualTo("keep me");
    }

    /** XORs {@code mask} into the byte of the stored data object at {@code position(length)}. */
    private void flipBits(LongUnaryOperator position, int mask) throws IOException {
        flipBits(scene.id(), position, mask);
    }

    private void flipBits(String id, LongUnaryOperator position, int mask) throws IOException {
        Path data = store.resolve(scene.db()).resolve(id + ".sql.gz.gpg");
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            long at = position.applyAsLong(f.length());
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ mask);
        }
    }

    private void assertTargetUnchanged() {
        assertThat(DumpCompare.dump(pg, scene.target())).isEqualTo(targetBefore);
    }
}
