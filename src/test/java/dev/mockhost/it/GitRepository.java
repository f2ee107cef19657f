package dev.mockhost.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real Git repository driven by the {@code git} command, as people and CI jobs change a mounted checkout (Debian's
 * {@code git}; .ci/run installs it). Missing on CI is a failure; missing elsewhere skips the test. The user's and the
 * system's Git configuration are left out, so no hook, signing or line-ending setting of the machine takes part.
 */
record GitRepository(Path directory) {

    private static final Map<String, String> ISOLATED = Map.of("GIT_CONFIG_NOSYSTEM", "1",
            "GIT_CONFIG_GLOBAL", "/dev/null", "GIT_AUTHOR_NAME", "Mockhost tests", "GIT_AUTHOR_EMAIL",
            "tests@mockhost.invalid", "GIT_COMMITTER_NAME", "Mockhost tests", "GIT_COMMITTER_EMAIL",
            "tests@mockhost.invalid");

    /** A new repository in {@code directory}, on branch {@code main}. */
    static GitRepository init(Path directory) throws IOException, InterruptedException {
        requireGit();
        Files.createDirectories(directory);
        GitRepository repository = new GitRepository(directory);
        repository.git("init", "-q", "-b", "main");
        return repository;
    }

    /** Commits everything in the working tree; returns the commit's hash. */
    String commitAll(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("commit", "-q", "--no-verify", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    /** {@code git checkout}: a branch, or a commit (detached). */
    void checkout(String ref) throws IOException, InterruptedException {
        git("checkout", "-q", ref);
    }

    /** A new branch from here, checked out. */
    void branch(String name) throws IOException, InterruptedException {
        git("checkout", "-q", "-b", name);
    }

    private String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("git", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(ISOLATED);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within 60 s");
            }
            String output = Files.readString(log);
            assertEquals(0, process.exitValue(), command + " failed: " + output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void requireGit() throws InterruptedException {
        String message = "git is not installed; apt-get install git";
        try {
            Process version = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0) {
                return;
            }
        } catch (IOException missing) {
            message += " (" + missing.getMessage() + ")";
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }
}
