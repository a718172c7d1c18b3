package io.pgbackup.cli;

import io.pgbackup.catalog.Json;
import io.pgbackup.catalog.Manifest;
import io.pgbackup.crypto.Passphrase;
import io.pgbackup.crypto.PgpEncryption;
import io.pgbackup.demo.LocalPostgres;
import io.pgbackup.engine.Progress;
import io.pgbackup.testsupport.Cli;
import io.pgbackup.testsupport.DumpCompare;
import io.pgbackup.testsupport.PostgresFixture;
import io.pgbackup.testsupport.RestoreScene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both engines that gunzip a restore ({@code igzip -d} in the pipe to psql, zlib in the JVM) restore
 * the same database, and both roll back when the gzip data or the SQL fails.
 */
class RestoreDecompressorTest {
    @TempDir
    Path store;

    private final LocalPostgres pg = PostgresFixture.server();
    private RestoreScene scene;
    private String targetBefore;

    @BeforeEach
    void backupAndPrepareATarget() {
        scene = RestoreScene.backedUp("rd", store);
        targetBefore = scene.targetBefore();
    }

    @Test
    void igzipAndZlibRestoreTheSameDatabase() throws Exception {
        String source = DumpCompare.dump(pg, scene.db());
        String sql = Progress.bytes(manifest().dumpBytes());
        for (String engine : new String[] {"igzip", "zlib"}) {
            String into = scene.db() + "_" + engine;
            Cli.Result r = scene.cli().run("restore", "--backup", scene.id(), "--target-database", into,
                    "--compressor", engine);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(DumpCompare.dump(pg, into)).as(engine).isEqualTo(source);
            assertThat(r.err()).as(engine)
                    .contains("restored " + scene.id() + " into " + into + ": " + sql + " of SQL in ");
        }
    }

    /**
     * The gzip trailer's CRC is wrong, but the object is validly encrypted and matches its manifest:
     * only the gunzip stage can notice, after all the SQL went to psql. COMMIT must never follow.
     */
    @ParameterizedTest
    @ValueSource(strings = {"igzip", "zlib"})
    void aBadGzipChecksumFoundAfterAllTheSqlIsRolledBack(String engine) throws Exception {
        rewriteGzip(gzip -> gzip[gzip.length - 8] ^= 0x01);
        Cli.Result r = scene.restoreOverTarget("--compressor", engine);
        assertThat(r.code()).as(r.err()).isEqualTo(13);
        assertThat(r.err()).contains("error: the backup's gzip stream is corrupt or truncated")
                .contains("HINT: the backup object was damaged or cut short in the store: restore an earlier backup");
        assertThat(DumpCompare.dump(pg, scene.target())).isEqualTo(targetBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"igzip", "zlib"})
    void sqlFailingHalfWayIsRolledBack(String engine) {
        Cli.Result r = scene.restoreBackupOverTarget(scene.backupThatFailsToLoad(), "--compressor", engine);
        assertThat(r.code()).isEqualTo(21);
        assertThat(r.err()).contains("error: psql failed with exit code 3: ")
                .contains("role \"" + scene.db() + "_gone\" does not exist");
        assertThat(DumpCompare.dump(pg, scene.target())).isEqualTo(targetBefore);
    }

    @Test
    void igzipGetsNoPasswordKeyOrOtherVariable(@TempDir Path bin) throws Exception {
        Path envFile = bin.resolve("igzip.env");
        Path spy = bin.resolve("igzip");
        Files.writeString(spy, "#!/bin/sh\nenv > " + envFile + "\nexec /usr/bin/igzip \"$@\"\n");
        Files.setPosixFilePermissions(spy, PosixFilePermissions.fromString("rwx------"));
        Cli.Result r = scene.cli().env("PGBACKUP_IGZIP", spy.toString()).env("PGPASSWORD", "pw-never-seen-2")
                .run("restore", "--backup", scene.id(), "--target-database", scene.db() + "_spy",
                        "--compressor", "igzip");
        assertThat(r.code()).as(r.err()).isZero();
        Set<String> names = Files.readAllLines(envFile).stream().map(l -> l.split("=", 2)[0]).collect(Collectors.toSet());
        assertThat(names).contains("PATH").isSubsetOf("PATH", "PWD", "SHLVL", "_", "OLDPWD");
    }

    private interface Edit {
        void apply(byte[] gzip);
    }

    /** Decrypts the stored object, edits its gzip bytes, encrypts it again and updates the manifest to match. */
    private void rewriteGzip(Edit edit) throws Exception {
        Passphrase passphrase = Passphrase.fromEnv(scene.cli().env().get("ENCRYPTION_KEY"));
        Path object = store.resolve(scene.db()).resolve(scene.id() + ".sql.gz.gpg");
        byte[] gzip;
        try (InputStream in = PgpEncryption.decrypt(Files.newInputStream(object), passphrase)) {
            gzip = in.readAllBytes();
        }
        edit.apply(gzip);
        try (OutputStream out = PgpEncryption.encrypt(Files.newOutputStream(object), passphrase)) {
            out.write(gzip);
        }
        byte[] stored = Files.readAllBytes(object);
        Path manifestFile = store.resolve(scene.db()).resolve(scene.id() + ".manifest.json");
        ObjectNode m = (ObjectNode) Json.MAPPER.readTree(Files.readAllBytes(manifestFile));
        m.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)));
        m.put("storedBytes", stored.length);
        Files.write(manifestFile, Json.MAPPER.writeValueAsBytes(m));
        try (InputStream check = PgpEncryption.decrypt(new ByteArrayInputStream(stored), passphrase)) {
            assertThat(check.readAllBytes()).isEqualTo(gzip);
        }
    }

    private Manifest manifest() throws Exception {
        Path file = store.resolve(scene.db()).resolve(scene.id() + ".manifest.json");
        return Json.MAPPER.readValue(Files.readAllBytes(file), Manifest.class);
    }
}
