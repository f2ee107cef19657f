package dev.mockhost.it;

import dev.mockhost.bench.GeneratedCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A collection too large for the server's heap, dropped into a real Tomcat started with a small {@code -Xmx}: the
 * file is reported with a cause a person understands, what was served goes on being served, and the watcher picks
 * up the next change.
 */
class HeapLimitIT {

    @TempDir
    Path work;

    @Test
    void aCollectionTooLargeForTheHeapIsReportedAndTheWatcherGoesOn() throws Exception {
        Path home = work.resolve("home");
        Files.createDirectories(home.resolve("collections"));
        GeneratedCollection small = new GeneratedCollection("small", GeneratedCollection.IdKind.NUMERIC, 10, 1);
        small.writeTo(home.resolve("collections/small.json"));
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString())).jvm("-Xmx128m",
                        "-Dmockhost.maxFileBytes=1000000000", "-Dmockhost.maxExamplesPerMock=10000000"))) {
            Http http = new Http(tomcat.baseUrl());
            Path staged = work.resolve("huge.json");
            // 400,000 examples, 230 MB: at 0.8 KB an example served, twice what 128 MB hold
            new GeneratedCollection("huge", GeneratedCollection.IdKind.NUMERIC, 400_000, 1).writeTo(staged);
            Files.move(staged, home.resolve("collections/huge.json"), StandardCopyOption.ATOMIC_MOVE);
            HttpResponse<String> status = http.await("api/status", Duration.ofSeconds(60),
                    r -> r.body().contains("too large for the heap"));
            String reported = StatusDocument.parse(status.body()).json().getJsonArray("errors").toString();
            System.out.println("a collection too large for -Xmx128m is reported as: " + reported);
            assertTrue(reported.contains("collections/huge.json"), status.body());
            assertTrue(status.body().contains("too large for the heap"), status.body());
            assertTrue(status.body().contains("-Xmx"), "says what to do: " + status.body());
            assertEquals(small.body(3), http.get("small/" + small.path(3)).body(), "what was served still is");

            GeneratedCollection next = new GeneratedCollection("next", GeneratedCollection.IdKind.NUMERIC, 10, 1);
            next.writeTo(home.resolve("collections/next.json"));
            HttpResponse<String> answer = http.await("next/" + next.path(2), Duration.ofSeconds(30),
                    r -> r.statusCode() == 200);
            assertEquals(next.body(2), answer.body(), "the watcher picked up the next change");
        }
    }
}
