package dev.mockhost.it;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proxy and record mode against a real upstream on loopback and a Tomcat of its own (the settings are read at
 * start): passthrough answers as the upstream did, without Mockhost's own headers; record mode saves a redacted
 * example into a v2.1 file and a v3 directory, which answer the same call once the upstream is gone; a closed port
 * is 502, a slow upstream 504; a host the allow-list does not name never proxies and is reported in the status.
 */
class RecordIT {

    @TempDir
    Path work;

    private HttpServer upstream;

    @AfterEach
    void stopUpstream() {
        if (upstream != null) {
            upstream.stop(0);
        }
    }

    @Test
    void proxiesRecordsAndReportsUpstreamFailures() throws Exception {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/slow")) {
                sleep(3000);
            }
            var in = exchange.getRequestHeaders();
            String body = "{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"query\":\""
                    + exchange.getRequestURI().getRawQuery() + "\",\"sawApiKey\":" + in.containsKey("x-api-key")
                    + ",\"sawMockHeader\":" + in.containsKey("x-mock-match-request-body") + ",\"sawAuthorization\":"
                    + in.containsKey("Authorization") + ",\"password\":\"hunter2\",\"name\":\"rex\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Set-Cookie", "session=upstream-secret");
            exchange.getResponseHeaders().add("X-Upstream", "yes");
            exchange.sendResponseHeaders(201, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        upstream.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // /slow must not block the rest
        upstream.start();
        String target = "http://127.0.0.1:" + upstream.getAddress().getPort();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path home = work.resolve("home");
        for (String name : new String[] {"shop", "pass", "down", "far"}) {
            ItHome.write(home.resolve("collections/" + name + ".json"), """
                    {"info": {"name": "%s"}, "item": [{"name": "pet", "request": {"method": "GET",
                      "url": {"raw": "{{baseUrl}}/pets/1", "path": ["pets", "1"]}},
                      "response": [{"name": "one", "code": 200, "body": "saved one"}]}]}""".formatted(name));
        }
        ItHome.write(home.resolve("collections/orders/Health.request.yaml"), """
                $kind: http-request
                name: Health
                url: "{{baseUrl}}/health"
                method: GET
                """);
        ItHome.write(home.resolve("collections/orders/.resources/Health.resources/examples/Up.example.yaml"), """
                $kind: http-example
                response:
                  statusCode: 200
                  body:
                    type: text
                    content: ok
                """);
        mock(home, "shop", target, "record");
        mock(home, "orders", target, "record");
        mock(home, "pass", target, "passthrough");
        mock(home, "down", "http://127.0.0.1:" + closed, "passthrough");
        mock(home, "far", "http://far.example.test", "record");
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10().jvm(
                "-Dmockhost.home=" + home, "-Dmockhost.adminKey=" + MeteredHome.ADMIN,
                "-Dmockhost.proxy.allowedHosts=127.0.0.1", "-Dmockhost.proxy.timeoutMillis=1000",
                "-Dmockhost.proxy.redactFields=password", "-Dmockhost.proxy.redactHeaders=x-session"))) {
            Http http = new Http(tomcat.baseUrl());
            assertEquals("saved one", http.get("pass/pets/1").body(), "an example still answers first");

            HttpResponse<String> passed = http.get("pass/hello/world?x=1", "Authorization", "Bearer caller-token",
                    "x-mock-match-request-body", "true", "x-api-key", MeteredHome.ADMIN);
            assertEquals(201, passed.statusCode(), passed.body());
            assertTrue(passed.body().contains("\"path\":\"/hello/world\",\"query\":\"x=1\""), passed.body());
            assertTrue(passed.body().contains("\"sawApiKey\":false,\"sawMockHeader\":false,\"sawAuthorization\":true"),
                    passed.body());
            assertTrue(passed.body().contains("hunter2"), "passthrough answers as it came");
            assertEquals("yes", passed.headers().firstValue("X-Upstream").orElse(null));
            assertFalse(Files.readString(home.resolve("collections/pass.json")).contains("Recorded"),
                    "passthrough saves nothing");

            HttpResponse<String> down = http.get("down/owners/2");
            assertEquals(502, down.statusCode(), down.body());
            assertTrue(down.body().contains("upstreamUnreachableError") && down.body().contains(":" + closed),
                    down.body());
            HttpResponse<String> slow = http.get("pass/slow");
            assertEquals(504, slow.statusCode(), slow.body());
            assertTrue(slow.body().contains("upstreamTimeoutError") && slow.body().contains(target), slow.body());

            HttpResponse<String> far = http.get("far/owners/2");
            assertEquals(404, far.statusCode(), far.body());
            assertTrue(far.body().contains("mockRequestNotFoundError"), far.body());
            String status = http.get("api/status").body();
            assertTrue(status.contains("mocks/far.json") && status.contains("far.example.test")
                    && status.contains("mockhost.proxy.allowedHosts"), status);
            assertFalse(status.contains("mocks/shop.json"), "an allowed upstream is no problem");

            HttpResponse<String> recorded = http.get("shop/owners/2?q=a", "Authorization", "Bearer caller-token",
                    "x-session", "sess-123");
            assertEquals(201, recorded.statusCode(), recorded.body());
            String file = Files.readString(home.resolve("collections/shop.json"));
            assertTrue(file.contains("Recorded 1"), file);
            assertTrue(file.contains("[redacted]"), file);
            for (String secret : new String[] {"hunter2", "caller-token", "upstream-secret", "sess-123"}) {
                assertFalse(file.contains(secret), secret + " is not saved: " + file);
            }
            assertEquals(201, http.get("orders/orders/9").statusCode());
            Path examples = home.resolve("collections/orders/Recorded/.resources/GET orders 9.resources/examples");
            try (Stream<Path> files = Files.list(examples)) {
                String yaml = Files.readString(files.findFirst().orElseThrow());
                assertTrue(yaml.contains("[redacted]") && !yaml.contains("hunter2"), yaml);
            }
            String logs = http.get("api/mocks/shop/call-logs?responseType=recorded", "x-api-key", MeteredHome.ADMIN)
                    .body();
            assertTrue(logs.contains("\"responseType\":\"recorded\""), logs);

            upstream.stop(0);
            upstream = null;
            HttpResponse<String> replay = http.await("shop/owners/2?q=a", Duration.ofSeconds(10),
                    r -> r.statusCode() == 201);
            assertEquals(201, replay.statusCode(), "the mock answers the recorded call: " + replay.body());
            assertTrue(replay.body().contains("\"password\":\"[redacted]\""), replay.body());
            HttpResponse<String> v3 = http.await("orders/orders/9", Duration.ofSeconds(10), r -> r.statusCode() == 201);
            assertEquals(201, v3.statusCode(), "the v3 directory answers the recorded call: " + v3.body());
            assertEquals(502, http.get("shop/vets/3").statusCode(), "another call still goes upstream");
            String again = Files.readString(home.resolve("collections/shop.json"));
            assertEquals(1, again.split("Recorded 1", -1).length - 1, "recorded once");
        }
    }

    private static void mock(Path home, String name, String target, String mode) throws IOException {
        ItHome.write(home.resolve("mocks/" + name + ".json"), "{\"collection\": \"" + name
                + "\", \"proxy\": {\"target\": \"" + target + "\", \"mode\": \"" + mode + "\"}}");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
