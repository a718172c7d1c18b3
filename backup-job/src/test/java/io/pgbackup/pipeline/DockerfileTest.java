package io.pgbackup.pipeline;

import io.pgbackup.dump.PgTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job image's Dockerfile. No Docker engine runs on these machines, so it cannot be built here:
 * this checks it with dockerfile-utils' linter (the parser behind VS Code's Dockerfile support) and
 * asserts the facts the pipeline relies on, each against the repository file it must agree with.
 */
class DockerfileTest {
    private static List<Instruction> instructions;

    /** One instruction, continuation lines joined; {@code stage} counts FROMs (0 = before the first). */
    record Instruction(String keyword, String args, int stage) {
    }

    @BeforeAll
    static void parse() throws IOException {
        instructions = parse(Files.readString(RepoTools.root().resolve("Dockerfile")));
    }

    @Test
    void lintsClean() {
        String diagnostics = RepoTools.run(RepoTools.node().toString(), RepoTools.dockerfileUtils().toString(),
                "lint", "--json", RepoTools.root().resolve("Dockerfile").toString()).strip();
        assertThat(diagnostics).isEqualTo("[]");
    }

    @Test
    void postgresMajorIsABuildArgumentDefaultingTo15() {
        assertThat(in(0)).contains(new Instruction("ARG", "PG_MAJOR=15", 0));
        // An ARG declared before FROM is invisible inside a stage until the stage declares it again.
        assertThat(in(2)).contains(new Instruction("ARG", "PG_MAJOR", 2));
    }

    @Test
    void buildsTheJarWithMavenThenRunsOnDebianBookworm() {
        List<Instruction> froms = instructions.stream().filter(i -> i.keyword().equals("FROM")).toList();
        assertThat(froms).extracting(Instruction::args)
                .containsExactly("maven:3-eclipse-temurin-17 AS build", "debian:bookworm-slim AS runtime");
        assertThat(runs(1)).contains("mvn -B -q -pl backup-job -am -Dmaven.test.skip=true package");
    }

    @Test
    void runtimeHasJre17TheClientOfTheServerMajorFromPgdgAndIgzip() {
        String runs = runs(2);
        assertThat(runs).contains("openjdk-17-jre-headless")
                .contains("https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main")
                .contains("\"postgresql-client-${PG_MAJOR}\" isal;")
                .contains("igzip --version");
        assertThat(in(2)).contains(new Instruction("ENV", PgTools.BIN_ENV + "=/usr/lib/postgresql/${PG_MAJOR}/bin", 2));
    }

    /** The repository's launcher finds the jar in target/ next to itself: the image keeps that layout. */
    @Test
    void pgbackupLauncherIsOnThePathAndFindsTheJar() throws IOException {
        assertThat(Files.readString(RepoTools.root().resolve("backup-job/pgbackup")))
                .contains("jar=\"$here/target/pgbackup.jar\"");
        assertThat(Files.readString(RepoTools.root().resolve("backup-job/pom.xml")))
                .contains("<finalName>pgbackup</finalName>");
        assertThat(in(2)).contains(
                new Instruction("COPY", "--from=build /src/backup-job/target/pgbackup.jar /opt/pgbackup/target/pgbackup.jar", 2),
                new Instruction("COPY", "backup-job/pgbackup /opt/pgbackup/pgbackup", 2),
                new Instruction("ENV", "PATH=/opt/pgbackup:${PATH}", 2));
        assertThat(last("ENTRYPOINT")).isEqualTo("[\"pgbackup\"]");
    }

    /** The class-data sharing archive is made by the image's own JVM, after the jar, and must map. */
    @Test
    void classDataSharingArchiveIsMadeForTheRuntimeJvm() {
        assertThat(in(2)).contains(new Instruction("COPY", "backup-job/src/main/cds/classes.lst /opt/pgbackup/classes.lst", 2));
        assertThat(runs(2)).contains("java -Xshare:dump -XX:SharedClassListFile=/opt/pgbackup/classes.lst")
                .contains("-XX:SharedArchiveFile=/opt/pgbackup/target/pgbackup.jsa")
                .contains("PGBACKUP_JAVA_OPTS=\"-Xshare:on -Xmx192m -XX:+UseSerialGC\" /opt/pgbackup/pgbackup --version");
        assertThat(Files.exists(RepoTools.root().resolve("backup-job/src/main/cds/classes.lst"))).isTrue();
    }

    @Test
    void runsAsANonRootUser() {
        String user = last("USER");
        assertThat(user.split(":")[0]).isNotIn("0", "root");
    }

    /** Every file copied from the build context exists and is not excluded by .dockerignore. */
    @Test
    void everyCopiedFileIsInTheBuildContext() throws IOException {
        List<String> included = Files.readAllLines(RepoTools.root().resolve(".dockerignore")).stream()
                .filter(l -> l.startsWith("!")).map(l -> l.substring(1)).toList();
        assertThat(Files.readAllLines(RepoTools.root().resolve(".dockerignore"))).contains("*");
        for (Instruction copy : instructions) {
            if (!copy.keyword().equals("COPY") || copy.args().startsWith("--from=")) {
                continue;
            }
            String[] words = copy.args().split("\\s+");
            for (String source : Arrays.copyOf(words, words.length - 1)) {
                assertThat(RepoTools.root().resolve(source)).as(source).exists();
                assertThat(included).as(source + " is in the build context")
                        .anyMatch(inc -> inc.startsWith(source) || source.startsWith(inc));
            }
        }
    }

    private static List<Instruction> in(int stage) {
        return instructions.stream().filter(i -> i.stage() == stage).toList();
    }

    private static String runs(int stage) {
        return String.join("\n", in(stage).stream().filter(i -> i.keyword().equals("RUN")).map(Instruction::args).toList());
    }

    private static String last(String keyword) {
        String found = null;
        for (Instruction i : instructions) {
            if (i.keyword().equals(keyword)) {
                found = i.args();
            }
        }
        assertThat(found).as("a " + keyword + " instruction").isNotNull();
        return found;
    }

    static List<Instruction> parse(String text) {
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int stage = 0;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            boolean continued = trimmed.endsWith("\\");
            current.append(continued ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed).append(' ');
            if (!continued) {
                String[] parts = current.toString().strip().split("\\s+", 2);
                String keyword = parts[0].toUpperCase();
                stage += keyword.equals("FROM") ? 1 : 0;
                result.add(new Instruction(keyword, parts.length > 1 ? parts[1].replaceAll("\\s+", " ") : "", stage));
                current.setLength(0);
            }
        }
        return result;
    }
}
