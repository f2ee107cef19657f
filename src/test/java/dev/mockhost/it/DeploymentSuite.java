package dev.mockhost.it;

import com.sun.net.httpserver.HttpServer;
import dev.mockhost.access.Secrets;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
 * What must work wherever the WAR is deployed: an example served, a CORS preflight, a new file picked up, a
 * private mock behind a key, metering through {@code /api/me}, settings from the sources that server offers, and
 * a miss forwarded to an upstream on loopback (passthrough, record, an unreachable one). Each subclass starts one
 * real server, its own way, with {@link #ALLOW_LOOPBACK_UPSTREAM}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeploymentSuite {

    static final String ADMIN = "deployment-admin-secret";
    static final String PUBLIC_BASE_URL = "https://mocks.example.intranet/mockhost";
    static final String READER = "reader-secret";
    /** The setting every subclass starts its server with, as a system property: the upstream below may be called. */
    static final String ALLOW_LOOPBACK_UPSTREAM = "-Dmockhost.proxy.allowedHosts=127.0.0.1";

    private Path work;
    Path home;
    private HttpServer upstream;
    private int closedPort;
    private ServerProcess server;
    private Http http;

    /** Starts the server with {@code home} as the mounted directory, the four settings above and the allow-list. */
    abstract ServerProcess start(Path work, Path home) throws Exception;

    /** Whether the server was started with {@code mockhost.metricsOpen=true}. */
    boolean metricsOpen() {
        return false;
    }

    @BeforeAll
    void startServer() throws Exception {
        work = Files.createTempDirectory("mockhost-deployment-");
        home = work.resolve("home");
        try (Stream<Path> examples = Files.walk(Path.of("examples"))) {
            for (Path source : examples.filter(Files::isRegularFile).toList()) {
                ItHome.write(home.resolve(Path.of("examples").relativize(source).toString()),
                        Files.readString(source));
            }
        }
        ItHome.write(home.resolve("collections/vault.json"), """
                {"info": {"name": "vault"}, "item": [{"name": "r", "request": {"url": "/gold"},
                  "response": [{"name": "gold", "code": 200, "body": "the gold"}]}]}""");
        ItHome.write(home.resolve("mocks/vault-private.json"), "{\"collection\": \"vault\", \"private\": true}");
        ItHome.write(home.resolve("keys/reader.json"), "{\"sha256\": \"" + Secrets.sha256Hex(READER)
                + "\", \"grants\": {\"vault\": \"view\"}}");
        writeProxyingMocks();
        server = start(work, home);
        http = new Http(server.baseUrl());
    }

    /**
     * An upstream on loopback (201, JSON echoing the path and query, a header of its own) and three mocks of their
     * own collections, so recording changes no file another test reads: {@code upstream} passes misses through,
     * {@code recording} records them, {@code unreachable} forwards to a closed port.
     */
    private void writeProxyingMocks() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\",\"query\":\""
                    + exchange.getRequestURI().getRawQuery() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Upstream", "yes");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
        try (ServerSocket socket = new ServerSocket(0, 1, upstream.getAddress().getAddress())) {
            closedPort = socket.getLocalPort();
        }
        String target = "http://127.0.0.1:" + upstream.getAddress().getPort();
        for (String name : new String[] {"upstream", "recording", "unreachable"}) {
            ItHome.write(home.resolve("collections/" + name + ".json"), """
                    {"info": {"name": "%s",
                      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                     "item": [{"name": "pet", "request": {"method": "GET",
                      "url": {"raw": "{{baseUrl}}/pets/1", "path": ["pets", "1"]}},
                      "response": [{"name": "one", "code": 200, "body": "saved one"}]}]}""".formatted(name));
        }
        proxyingMock("upstream", target, "passthrough");
        proxyingMock("recording", target, "record");
        proxyingMock("unreachable", "http://127.0.0.1:" + closedPort, "passthrough");
    }

    private void proxyingMock(String name, String target, String mode) throws IOException {
        ItHome.write(home.resolve("mocks/" + name + ".json"), "{\"collection\": \"" + name
                + "\", \"proxy\": {\"target\": \"" + target + "\", \"mode\": \"" + mode + "\"}}");
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (upstream != null) {
            upstream.stop(0);
        }
        ItHome.deleteTree(work);
    }

    @Test
    void servesAnExample() throws Exception {
        HttpResponse<String> response = http.get("petstore/users/42");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"name\": \"User 42\""), response.body());
    }

    @Test
    void answersCorsPreflights() throws Exception {
        HttpResponse<String> response = http.send("OPTIONS", "vault-private/gold", null, "Origin",
                "http://app.test", "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers",
                "x-api-key");
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("x-api-key"));
    }

    @Test
    void servesANewFileWithinThreeSeconds() throws Exception {
        ItHome.copyCorpus("collections/todo.json", home.resolve("collections/fresh.json"));
        HttpResponse<String> response = http.await("fresh/todos", Duration.ofSeconds(3), r -> r.statusCode() == 200);
        assertEquals(200, response.statusCode());
    }

    @Test
    void privateMockNeedsAKey() throws Exception {
        assertEquals(401, http.get("vault-private/gold").statusCode());
        HttpResponse<String> allowed = http.get("vault-private/gold", "x-api-key", READER);
        assertEquals(200, allowed.statusCode());
        assertEquals("the gold", allowed.body());
    }

    @Test
    void metersCallsThroughMe() throws Exception {
        long before = usage(READER);
        for (int i = 0; i < 3; i++) {
            http.get("vault-private/gold", "x-api-key", READER);
        }
        assertEquals(before + 3, usage(READER));
    }

    @Test
    void servesItsOwnMetrics() throws Exception {
        assertEquals(200, http.get("vault-private/gold", "x-api-key", READER).statusCode());
        HttpResponse<String> metrics = http.get("api/metrics", "x-api-key", ADMIN);
        assertEquals(200, metrics.statusCode(), metrics.body());
        MetricsIT.assertPrometheusText(metrics);
        String calls = "mockhost_calls_total{key=\"reader\",mock=\"vault-private\",status=\"2xx\"}";
        assertTrue(MetricsIT.value(metrics.body(), calls) >= 1, metrics.body());
        assertTrue(metrics.body().contains("mockhost_match_seconds_bucket{le=\"+Inf\"}"), metrics.body());
        assertEquals(metricsOpen() ? 200 : 401, http.get("api/metrics").statusCode(), "mockhost.metricsOpen");
    }

    @Test
    void readsSettingsFromEachSource() throws Exception {
        JsonObject status = StatusDocument.parse(http.get("api/status", "x-api-key", ADMIN).body()).json();
        assertEquals(home.toString(), status.getString("home"), "mockhost.home");
        assertTrue(StatusDocument.parse(http.get("api/status").body()).mock("petstore").orElseThrow()
                .getString("mockUrl").startsWith(PUBLIC_BASE_URL + "/"), "mockhost.publicBaseUrl");
        HttpResponse<String> me = http.get("api/me", "x-api-key", ADMIN);
        assertEquals(200, me.statusCode(), "mockhost.adminKey");
        assertEquals("admin", StatusDocument.parse(me.body()).json().getJsonObject("user").getString("role"));
    }

    @Test
    void servesTheConsole() throws Exception {
        HttpResponse<String> page = http.get("console/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Mockhost console</title>"), page.body());
        assertEquals(200, http.get("console/console.js").statusCode());
        assertEquals(302, http.get("console/").statusCode(), "the folder leads to the page");
        HttpResponse<String> missing = http.get("console/no-such-file.js");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("\"notFoundError\""), "the server's JSON error: " + missing.body());
    }

    @Test
    void proxiesAndRecordsFromAnUpstream() throws Exception {
        assertEquals("saved one", http.get("upstream/pets/1").body(), "an example still answers first");
        HttpResponse<String> passed = http.get("upstream/hello/world?x=1");
        assertEquals(201, passed.statusCode(), passed.body());
        assertEquals("{\"path\":\"/hello/world\",\"query\":\"x=1\"}", passed.body());
        assertEquals("yes", passed.headers().firstValue("X-Upstream").orElse(null));
        assertFalse(Files.readString(home.resolve("collections/upstream.json")).contains("Recorded"),
                "passthrough saves nothing");

        HttpResponse<String> recorded = http.get("recording/owners/2?q=a");
        assertEquals(201, recorded.statusCode(), recorded.body());
        assertEquals("{\"path\":\"/owners/2\",\"query\":\"q=a\"}", recorded.body());
        assertEquals("yes", recorded.headers().firstValue("X-Upstream").orElse(null));
        String file = Files.readString(home.resolve("collections/recording.json"));
        assertTrue(file.contains("\"Recorded 1\""), file);
        assertEquals("recorded", newestCall("recording").getString("responseType"));

        HttpResponse<String> reloaded = http.await("api/status", Duration.ofSeconds(10), r -> StatusDocument
                .parse(r.body()).mock("recording").map(m -> m.getInt("examples") == 2).orElse(false));
        assertEquals(2, StatusDocument.parse(reloaded.body()).mock("recording").orElseThrow().getInt("examples"),
                "the recorded example is served: " + reloaded.body());
        HttpResponse<String> replay = http.get("recording/owners/2?q=a");
        assertEquals(201, replay.statusCode(), replay.body());
        assertEquals(recorded.body(), replay.body());
        JsonObject replayed = newestCall("recording");
        assertEquals("example", replayed.getString("responseType"), replayed.toString());
        assertEquals("Recorded 1", replayed.getString("responseName"), replayed.toString());

        HttpResponse<String> down = http.get("unreachable/owners/2");
        assertEquals(502, down.statusCode(), down.body());
        assertTrue(down.body().contains("upstreamUnreachableError") && down.body().contains(":" + closedPort),
                down.body());
    }

    /** The mock's newest call record (call logs list the newest first). */
    private JsonObject newestCall(String mock) throws IOException, InterruptedException {
        HttpResponse<String> logs = http.get("api/mocks/" + mock + "/call-logs?limit=1", "x-api-key", ADMIN);
        assertEquals(200, logs.statusCode(), logs.body());
        return StatusDocument.parse(logs.body()).json().getJsonArray("call-logs").getJsonObject(0);
    }

    private long usage(String secret) throws IOException, InterruptedException {
        return StatusDocument.parse(http.get("api/me", "x-api-key", secret).body()).json().getJsonArray("operations")
                .getJsonObject(0).getJsonNumber("usage").longValue();
    }

    /** Tomcat's context file: a context parameter and a JNDI Environment entry. */
    static String tomcatContext() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Context>
                  <Parameter name="mockhost.adminKey" value="%s" override="false" />
                  <Environment name="mockhost.publicBaseUrl" value="%s" type="java.lang.String" override="false" />
                </Context>
                """.formatted(ADMIN, PUBLIC_BASE_URL);
    }
}
