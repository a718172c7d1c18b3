package io.pgbackup.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium ({@code chromium --headless --no-sandbox}), installed by
 * .ci/install-tools.sh: loads a local page as a person's browser would and returns its DOM after
 * parsing, or saves a screenshot. Offline: the page gets no network (a proxy that does not exist).
 * A missing chromium fails the test; it does not skip it.
 */
public final class Chromium {
    private Chromium() {
    }

    /** The page's DOM after the browser parsed and laid it out. */
    public static String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    /** Saves a PNG screenshot of the page, {@code width} x {@code height} pixels. */
    public static void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars");
    }

    private static String run(Path page, String... what) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("pgbackup-chromium");
        List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9", "--no-first-run"));
        cmd.addAll(List.of(what));
        cmd.add(page.toAbsolutePath().toUri().toString());
        Path out = Files.createTempFile("chromium", ".out");
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("chromium is not installed: run .ci/install-tools.sh", e);
        }
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 90 s: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("chromium exited " + p.exitValue() + ": " + cmd);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
