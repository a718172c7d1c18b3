package io.pgbackup.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real GnuPG, with its home in a test's temporary directory. The passphrase goes in on file
 * descriptor 0 (the first line of stdin), never in the arguments; the data in and out are files.
 */
final class GnuPg implements AutoCloseable {
    private final Path home;

    GnuPg(Path dir) throws IOException {
        this.home = Files.createDirectories(dir.resolve("gnupg"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    }

    /** {@code gpg -d}: decrypts {@code input} into {@code output}; returns gpg's output; throws on failure. */
    String decrypt(String passphrase, Path input, Path output) throws IOException, InterruptedException {
        return run(passphrase, input, List.of("--output", output.toString(), "--decrypt"));
    }

    /** {@code gpg --symmetric --cipher-algo AES256} of {@code input} into {@code output}. */
    String encrypt(String passphrase, Path input, Path output, String... options)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--output", output.toString(), "--symmetric", "--cipher-algo", "AES256"));
        return run(passphrase, input, args);
    }

    private String run(String passphrase, Path input, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch",
            "--no-tty", "--yes", "--pinentry-mode", "loopback", "--passphrase-fd", "0"));
        command.addAll(args);
        command.add(input.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write((passphrase + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output;
        try (InputStream merged = p.getInputStream()) {
            output = new String(merged.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("gpg timed out");
        }
        if (p.exitValue() != 0) {
            throw new GpgFailed(p.exitValue(), output);
        }
        return output;
    }

    /** Stops the gpg-agent that gpg started for this home. */
    @Override
    public void close() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "gpg-agent")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code gpg --list-packets} of {@code input}, decrypting with {@code passphrase} to show the inner packets. */
    String listPackets(String passphrase, Path input) throws IOException, InterruptedException {
        return run(passphrase, input, List.of("--list-packets"));
    }

    static final class GpgFailed extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        final int exit;
        final String stderr;

        GpgFailed(int exit, String stderr) {
            super("gpg exited " + exit + ": " + stderr);
            this.exit = exit;
            this.stderr = stderr;
        }
    }
}
