package dev.mockhost.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

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
 * Postman's own runner, installed from the npm registry at a pinned version into src/test/newman (by .ci/run, or
 * {@code npm ci --prefix src/test/newman}). Missing on CI is a failure; missing elsewhere skips the test.
 */
final class Newman {

    private Newman() {
    }

    static Path executable() {
        Path newman = Path.of(System.getProperty("mockhost.newman", "src/test/newman/node_modules/.bin/newman"))
                .toAbsolutePath();
        if (!Files.isExecutable(newman)) {
            String message = "newman is not installed at " + newman + "; run npm ci --prefix src/test/newman";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message);
        }
        return newman;
    }

    /**
     * Runs {@code collection} with the given environment variables and any further newman options
     * ({@code --folder Mocks}); returns the JSON report.
     */
    static JsonObject run(Path collection, Map<String, String> variables, Path report, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable().toString(), "run", collection.toString(),
                "--reporters", "cli,json", "--reporter-json-export", report.toString(), "--timeout-request",
                "10000", "--color", "off", "--disable-unicode"));
        variables.forEach((name, value) -> command.addAll(List.of("--env-var", name + "=" + value)));
        command.addAll(List.of(options));
        Files.createDirectories(report.getParent());
        Path log = report.resolveSibling(report.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("newman did not finish within 180 s; see " + log);
        }
        assertEquals(0, process.exitValue(), "newman failed; see " + log + ":\n" + Files.readString(log));
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(report))) {
            return reader.readObject().getJsonObject("run");
        }
    }
}
