package dev.mockhost.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delays: the mock's own (the collection variable {@code mockhost.delay}), the {@code x-mock-response-delay}
 * header over it, and delayed answers that hold no request thread, on a Tomcat with only four of them.
 */
class DelayIT {

    private static final String DELAYED = """
            {"info": {"name": "delayed"}, "variable": [{"key": "mockhost.delay", "value": "400-500"}],
             "item": [{"name": "r", "request": {"url": "/slow"}, "response": [{"name": "e", "code": 200,
               "header": [{"key": "Content-Type", "value": "application/json"}], "body": "{\\"id\\": \\"{{$guid}}\\"}"}]}]}
            """;

    @TempDir
    Path work;

    @Test
    void mockDelayHeaderOverrideAndNoThreadHeld() throws Exception {
        Path home = work.resolve("home");
        ItHome.write(home.resolve("collections/delayed.json"), DELAYED);
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .jvm("-Dmockhost.home=" + home).connector("maxThreads=\"4\" minSpareThreads=\"1\""))) {
            Http http = new Http(tomcat.baseUrl());

            long start = System.nanoTime();
            HttpResponse<String> delayed = http.get("delayed/slow");
            long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(200, delayed.statusCode());
            assertTrue(elapsed >= 400, "the mock's delay of 400-500 ms: " + elapsed + " ms");

            start = System.nanoTime();
            assertEquals(200, http.get("delayed/slow", "x-mock-response-delay", "1").statusCode());
            elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(elapsed < 400, "the header's 1 ms wins over the mock's delay: " + elapsed + " ms");

            // 40 calls delayed 1 s each on 4 request threads: blocking would take 10 s, async about 1 s
            ExecutorService clients = Executors.newFixedThreadPool(40);
            try {
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                start = System.nanoTime();
                for (int i = 0; i < 40; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            return http.get("delayed/slow", "x-mock-response-delay", "1000");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, clients));
                }
                for (CompletableFuture<HttpResponse<String>> call : calls) {
                    assertEquals(200, call.get().statusCode());
                }
                elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
                assertTrue(elapsed >= 1000 && elapsed < 5000, "40 delayed calls on 4 threads took " + elapsed + " ms");
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
