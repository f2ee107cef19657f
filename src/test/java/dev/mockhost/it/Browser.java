package dev.mockhost.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, driven by the pinned playwright-core of src/test/browser (installed by .ci/run, or
 * {@code npm ci --prefix src/test/browser} and {@code apt-get install chromium}). Missing on CI is a failure;
 * missing elsewhere skips.
 */
final class Browser {

    static final Path SCRIPTS = Path.of("src/test/browser").toAbsolutePath();
    static final Path CHROMIUM = Path.of(System.getProperty("mockhost.chromium", "/usr/bin/chromium"));

    private Browser() {
    }

    /** Runs a script of src/test/browser; answers its summary ({@code passed}, and {@code failed} when one did). */
    static JsonObject run(String script, String... arguments) throws IOException, InterruptedException {
        require(Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core")),
                "playwright-core is not installed; run npm ci --prefix src/test/browser");
        require(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + "; apt-get install chromium");
        List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("mockhost-browser", ".log");
        Process process = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(script + " did not finish within 180 s:\n" + Files.readString(output));
        }
        String printed = Files.readString(output);
        String last = printed.strip().lines().reduce((first, second) -> second).orElse("");
        try (JsonReader reader = Json.createReader(new StringReader(last))) {
            return reader.readObject();
        } catch (RuntimeException notJson) {
            fail(script + " printed no summary:\n" + printed);
            return null;
        }
    }

    private static void require(boolean present, String message) {
        if (present) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }
}
