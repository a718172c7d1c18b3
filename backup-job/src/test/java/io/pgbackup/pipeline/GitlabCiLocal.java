package io.pgbackup.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real gitlab-ci-local 4.75.1 run on a copy of this repository's pipeline ({@code .gitlab-ci.yml}
 * and {@code ci/}) in a throwaway git repository: local includes must be tracked by git, and its
 * state directory and job builds stay out of the working tree. The child process gets no CI, GitLab,
 * Vault, pgbackup or libpq variables from the test JVM, so a run inside a real CI job sees the same
 * pipeline as a run on a laptop; {@code --home} points at an empty directory for the same reason.
 */
final class GitlabCiLocal implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 240;
    private static final List<String> STRIPPED_PREFIXES =
            List.of("CI_", "GITLAB_", "GCL_", "PGBACKUP_", "VAULT_", "PG", "SCW_", "AWS_", "ENCRYPTION_KEY");

    private final Path workspace;
    private final Path node;
    private final Path cli;

    private GitlabCiLocal(Path workspace) {
        this.node = RepoTools.node();
        this.cli = RepoTools.gitlabCiLocal();
        this.workspace = workspace;
    }

    /**
     * A throwaway git repository holding the current .gitlab-ci.yml and templates/ of this repository, and
     * these other files or directories of it (relative paths).
     */
    static GitlabCiLocal onPipelineCopy(String... more) {
        Path root = RepoTools.root();
        try {
            Path ws = Files.createTempDirectory("pgbackup-pipeline-");
            Files.copy(root.resolve(".gitlab-ci.yml"), ws.resolve(".gitlab-ci.yml"));
            copyTree(root.resolve("templates"), ws.resolve("templates"));
            for (String path : more) {
                Files.createDirectories(ws.resolve(path).getParent());
                copyTree(root.resolve(path), ws.resolve(path));
            }
            return committed(ws);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code ws} a git repository with every file committed (its home/ and gitlab-ci-local's state ignored). */
    private static GitlabCiLocal committed(Path ws) throws IOException {
        Files.createDirectories(ws.resolve("home"));
        Files.writeString(ws.resolve(".gitignore"), "home/\n.gitlab-ci-local/\n.tools\n" + ScopedVariables.FILE + "\n");
        GitlabCiLocal gcl = new GitlabCiLocal(ws);
        gcl.git("init", "-q", "-b", PipelineSource.DEFAULT_BRANCH);
        gcl.commitAll();
        return gcl;
    }

    /**
     * A throwaway git repository of an application: its {@code .gitlab-ci.yml} and these files (path in
     * the repository → file to copy), committed.
     */
    static GitlabCiLocal onApplication(String gitlabCiYml, Map<String, Path> files) {
        try {
            Path ws = Files.createTempDirectory("pgbackup-application-");
            Files.writeString(ws.resolve(".gitlab-ci.yml"), gitlabCiYml);
            for (Map.Entry<String, Path> f : files.entrySet()) {
                Files.createDirectories(ws.resolve(f.getKey()).getParent());
                Files.copy(f.getValue(), ws.resolve(f.getKey()));
            }
            return committed(ws);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path workspace() {
        return workspace;
    }

    /** Commits every file of the workspace (local includes must be tracked). */
    void commitAll() {
        git("add", "-A");
        git("-c", "user.name=pipeline-test", "-c", "user.email=pipeline-test@example.com",
                "commit", "-q", "--allow-empty", "-m", "pipeline under test");
    }

    /** Puts the files back as last committed (index included), keeping ignored ones (home/, the state). */
    void resetToCommit() {
        git("reset", "-q", "--hard");
        git("clean", "-fdq");
    }

    /** Runs gitlab-ci-local with these arguments; schema validation stays on unless the caller turns it off. */
    Result run(List<String> args) {
        List<String> command = new ArrayList<>(List.of(node.toString(), cli.toString(),
                "--home", workspace.resolve("home").toString(), "--no-color"));
        command.addAll(args);
        try {
            Path out = Files.createTempFile("gcl-out-", ".txt");
            Path err = Files.createTempFile("gcl-err-", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).directory(workspace.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                cleanEnvironment(pb.environment());
                long start = System.nanoTime();
                Process p = pb.start();
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    throw new AssertionError("gitlab-ci-local did not finish in " + TIMEOUT_SECONDS + " s: " + args
                            + "\n" + Files.readString(err));
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8), millis);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void cleanEnvironment(Map<String, String> env) {
        env.keySet().removeIf(name -> STRIPPED_PREFIXES.stream().anyMatch(name::startsWith));
        env.put("PATH", node.getParent() + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", workspace.resolve("home").toString());
    }

    private void git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", workspace.toString()));
        command.addAll(List.of(args));
        RepoTools.run(command.toArray(String[]::new));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(workspace)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One gitlab-ci-local run: exit code, both streams, and how long it took. */
    record Result(int exitCode, String stdout, String stderr, long millis) {
        Result assertSucceeded(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + ": gitlab-ci-local exited with " + exitCode
                        + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr);
            }
            return this;
        }
    }
}
