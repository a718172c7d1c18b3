package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.Fixtures;
import io.pgbackup.testsupport.PostgresFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both compressors (igzip in the pipe from pg_dump, zlib in the JVM) give the same restorable backup. */
class CompressorTest {
    private static final Path IGZIP = Path.of("/usr/bin/igzip");

    @TempDir
    Path store;
    @TempDir
    Path bin;

    @Test
    void igzipAndZlibBackupsRestoreTheSameDatabaseAndCountTheSameSql() throws Exception {
        assertThat(IGZIP).as("igzip from the Debian package isal (.ci/install-tools.sh installs it)").isExecutable();
        LocalPostgres pg = PostgresFixture.server();
        String db = Fixtures.sampleDatabase("cmp");
        Cli cli = Fixtures.cli(db, store);

        Manifest igzip = backup(cli, db, "igzip");
        Manifest zlib = backup(cli, db, "zlib");

        assertThat(igzip.compressor()).isEqualTo("igzip -1");
        assertThat(zlib.compressor()).startsWith("zlib -1 x");
        assertThat(igzip.dumpBytes()).as("SQL size from igzip's read count and ISIZE, vs counted in the JVM")
                .isEqualTo(zlib.dumpBytes()).isGreaterThan(1_000_000);
        for (Manifest m : new Manifest[] {igzip, zlib}) {
            String target = db + "_" + m.compressor().substring(0, 4);
            Cli.Result restore = cli.run("restore", "--backup", m.id(), "--target-database", target);
            assertThat(restore.code()).as(restore.err()).isZero();
            assertThat(DumpCompare.dump(pg, target)).isEqualTo(DumpCompare.dump(pg, db));
        }
    }

    @Test
    void levelSixUsesIgzipLevelThree() throws Exception {
        String db = Fixtures.sampleDatabase("cmp6");
        Cli.Result r = Fixtures.cli(db, store).run("backup", "--compressor", "igzip", "--compress-level", "6");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(manifest(db, r.out().strip()).compressor()).isEqualTo("igzip -3");
    }

    @Test
    void aFailingIgzipIsNotABackup() throws Exception {
        Path fake = script("igzip", "head -c 100000 > /dev/null", "echo 'igzip: cannot allocate memory' >&2", "exit 1");
        String db = Fixtures.sampleDatabase("cmpfail");
        Cli.Result r = Fixtures.cli(db, store).env("PGBACKUP_IGZIP", fake.toString()).run("backup", "--compressor", "igzip");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: igzip failed (exit 1): igzip: cannot allocate memory\n"
                + "HINT: nothing was kept; check igzip with `igzip --version`, or compress in pgbackup with --compressor zlib");
        assertStoreEmpty();
    }

    @Test
    void igzipGetsNoPasswordKeyOrOtherVariable() throws Exception {
        Path envFile = bin.resolve("igzip.env");
        Path spy = script("igzip", "env > " + envFile, "exec " + IGZIP + " \"$@\"");
        String db = Fixtures.sampleDatabase("cmpenv");
        Cli.Result r = Fixtures.cli(db, store).env("PGBACKUP_IGZIP", spy.toString()).env("PGPASSWORD", "pw-never-seen-1")
                .run("backup", "--compressor", "igzip");
        assertThat(r.code()).as(r.err()).isZero();
        Set<String> names = Files.readAllLines(envFile).stream().map(l -> l.split("=", 2)[0]).collect(Collectors.toSet());
        assertThat(names).isSubsetOf("PATH", "PWD", "SHLVL", "_", "OLDPWD");
    }

    @Test
    void igzipAskedForButMissing() {
        Cli.Result r = Fixtures.cli("postgres", store).env("PGBACKUP_IGZIP", bin.resolve("nowhere").toString())
                .run("backup", "--compressor", "igzip");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("error: igzip was asked for but is not installed at " + bin.resolve("nowhere")
                + "\nHINT: install it (apt-get install isal) or set PGBACKUP_IGZIP to its path, or use --compressor zlib\n");
        assertStoreEmpty();
    }

    @Test
    void autoFallsBackToZlibWithoutIgzip() throws Exception {
        String db = Fixtures.sampleDatabase("cmpauto");
        Cli.Result r = Fixtures.cli(db, store).env("PGBACKUP_IGZIP", bin.resolve("nowhere").toString()).run("backup");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(manifest(db, r.out().strip()).compressor()).startsWith("zlib -1");
        assertThat(r.err()).contains("igzip not found at " + bin.resolve("nowhere")
                + ": compressing with zlib, which takes more CPU (install isal, or set PGBACKUP_IGZIP)");
    }

    @Test
    void unknownCompressor() {
        Cli.Result r = Fixtures.cli("postgres", store).env("PGBACKUP_COMPRESSOR", "zstd").run("backup");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: unknown compressor zstd\nHINT: use --compressor auto, igzip or zlib\n");
    }

    private Manifest backup(Cli cli, String db, String compressor) throws IOException {
        Cli.Result r = cli.run("backup", "--compressor", compressor, "--no-row-counts");
        assertThat(r.code()).as(r.err()).isZero();
        return manifest(db, r.out().strip());
    }

    private Manifest manifest(String db, String id) throws IOException {
        return Json.MAPPER.readValue(Files.readAllBytes(store.resolve(db).resolve(id + ".manifest.json")), Manifest.class);
    }

    private Path script(String name, String... lines) throws IOException {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + String.join("\n", Arrays.asList(lines)) + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    private void assertStoreEmpty() {
        try (Stream<Path> files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
