package dev.mockhost.it;

import com.sun.net.httpserver.HttpServer;
import dev.mockhost.access.Secrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proxy and record mode against a real upstream on loopback and a Tomcat of its own (the settings are read at
 * start): passthrough answers as the upstream did, without Mockhost's own headers; a closed port is 502, a slow
 * upstream 504; a host the allow-list does not name never proxies and is reported in the status; the limits on
 * body size and recorded examples hold and the call log says why an answer was not saved; only an editor turns
 * recording on through the API; record mode saves redacted examples into a v2.1 file, into the matching request of
 * a v3 directory and into a checkout's {@code postman/collections}, which answer once the upstream is gone (last).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordIT {

    private static final String EDITOR = "record-editor-secret";
    private static final String VIEWER = "record-viewer-secret";
    private static final int MAX_BODY = 4096;
    /** Far past what the server holds of an answer (MAX_BODY): streamed to the caller, never recorded. */
    private static final int BIG = 3_000_000;
    /** Long enough for a first call on a loaded machine; the slow path sleeps past it. */
    private static final int TIMEOUT_MILLIS = 3000;

    private Path work;
    private Path home;
    private HttpServer upstream;
    private TlsUpstream trusted;
    private TlsUpstream untrusted;
    private String target;
    private TomcatProcess tomcat;
    private Http http;

    @BeforeAll
    void start() throws Exception {
        work = Files.createTempDirectory("mockhost-record-");
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/slow")) {
                sleep(3 * TIMEOUT_MILLIS);
            }
            var in = exchange.getRequestHeaders();
            String body = path.equals("/big") ? "{\"text\":\"" + "x".repeat(BIG) + "\"}"
                    : "{\"path\":\"" + path + "\",\"query\":\"" + exchange.getRequestURI().getRawQuery()
                    + "\",\"sawApiKey\":" + in.containsKey("x-api-key") + ",\"sawMockHeader\":"
                    + in.containsKey("x-mock-match-request-body") + ",\"sawAuthorization\":"
                    + in.containsKey("Authorization") + ",\"password\":\"hunter2\",\"name\":\"rex\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String accepted = in.getFirst("Accept-Encoding");
            String type = "application/json";
            if (path.equals("/zipped")) {
                bytes = gzip(("{\"accepted\":\"" + accepted + "\"}").getBytes(StandardCharsets.UTF_8));
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            } else if (path.equals("/latin")) {
                bytes = "{\"name\":\"café\"}".getBytes(StandardCharsets.ISO_8859_1);
                type = "application/json; charset=ISO-8859-1";
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("Set-Cookie", "session=upstream-secret");
            exchange.getResponseHeaders().add("X-Upstream", "yes");
            exchange.sendResponseHeaders(201, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        upstream.setExecutor(Executors.newCachedThreadPool()); // /slow must not block the rest
        upstream.start();
        target = "http://127.0.0.1:" + upstream.getAddress().getPort();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        home = work.resolve("home");
        for (String name : new String[] {"shop", "pass", "down", "far", "apiset"}) {
            ItHome.write(home.resolve("collections/" + name + ".json"), """
                    {"info": {"name": "%s"}, "item": [{"name": "pet", "request": {"method": "GET",
                      "url": {"raw": "{{baseUrl}}/pets/1", "path": ["pets", "1"]}},
                      "response": [{"name": "one", "code": 200, "body": "saved one"}]}]}""".formatted(name));
        }
        ItHome.write(home.resolve("collections/capped.json"), """
                {"info": {"name": "capped"}, "item": [{"name": "item", "request": {"method": "GET",
                  "url": {"raw": "{{baseUrl}}/items/:id", "path": ["items", ":id"]}},
                  "response": [{"name": "zero", "code": 200, "body": "item zero", "originalRequest": {"method": "GET",
                    "url": {"raw": "{{baseUrl}}/items/zero", "path": ["items", "zero"]}}}]}]}""");
        orderRequest(home.resolve("collections/orders"));
        orderRequest(home.resolve("postman/collections/Order Book"));
        mock("shop", "shop", target, "record");
        mock("orders", "orders", target, "record");
        mock("book", "order-book", target, "record");
        mock("capped", "capped", target, "record");
        mock("pass", "pass", target, "passthrough");
        mock("down", "down", "http://127.0.0.1:" + closed, "passthrough");
        mock("far", "far", "http://far.example.test", "record");
        mock("nodns", "down", "http://no-such-host.invalid", "passthrough"); // .invalid never resolves (RFC 6761)
        ItHome.write(home.resolve("mocks/apiset.json"), "{\"collection\": \"apiset\"}");
        ItHome.write(home.resolve("keys/editor.json"), "{\"sha256\": \"" + Secrets.sha256Hex(EDITOR)
                + "\", \"role\": \"editor\", \"grants\": {\"apiset\": \"edit\"}}");
        ItHome.write(home.resolve("keys/viewer.json"), "{\"sha256\": \"" + Secrets.sha256Hex(VIEWER)
                + "\", \"grants\": {\"apiset\": \"view\"}}");
        trusted = TlsUpstream.start(work.resolve("tls"), "trusted");
        untrusted = TlsUpstream.start(work.resolve("tls"), "untrusted");
        Path trustStore = TlsUpstream.trustStore(work.resolve("tls/trust.p12"), trusted);
        mock("internal", "pass", trusted.url(), "passthrough");
        mock("selfsigned", "pass", untrusted.url(), "passthrough");
        tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10().jvm(
                "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword="
                        + TlsUpstream.PASSWORD, "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-Dmockhost.home=" + home, "-Dmockhost.adminKey=" + MeteredHome.ADMIN,
                "-Dmockhost.proxy.allowedHosts=127.0.0.1,no-such-host.invalid", "-Dmockhost.proxy.timeoutMillis=" + TIMEOUT_MILLIS,
                "-Dmockhost.proxy.redactFields=password", "-Dmockhost.proxy.redactHeaders=x-session",
                "-Dmockhost.proxy.maxRecordedBodyBytes=" + MAX_BODY, "-Dmockhost.proxy.maxRecordedExamples=2",
                "-Dmockhost.proxy.maxRecordedRequests=2"));
        http = new Http(tomcat.baseUrl());
    }

    @AfterAll
    void stop() throws Exception {
        if (tomcat != null) {
            tomcat.close();
        }
        if (upstream != null) {
            upstream.stop(0);
        }
        for (TlsUpstream tls : new TlsUpstream[] {trusted, untrusted}) {
            if (tls != null) {
                tls.close();
            }
        }
        ItHome.deleteTree(work);
    }

    @Test
    @Order(1)
    void passthroughForwardsWhatNoExampleMatchesAndAnswersAsItCame() throws Exception {
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
        String log = newestCall("pass");
        assertTrue(log.contains("\"responseType\":\"proxied\"") && log.contains("forwarded to " + target
                + ", which answered 201"), log);
    }

    @Test
    @Order(2)
    void upstreamFailuresAreAnsweredNamingTheUpstream() throws Exception {
        HttpResponse<String> down = http.get("down/owners/2");
        assertEquals(502, down.statusCode(), down.body());
        assertTrue(down.body().contains("upstreamUnreachableError") && down.body().contains("127.0.0.1:"),
                down.body());
        HttpResponse<String> unknown = http.get("nodns/owners/2");
        assertEquals(502, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("upstreamUnreachableError") && unknown.body().contains("no-such-host.invalid"),
                unknown.body());
        HttpResponse<String> slow = http.get("pass/slow");
        assertEquals(504, slow.statusCode(), slow.body());
        assertTrue(slow.body().contains("upstreamTimeoutError") && slow.body().contains(target), slow.body());
        assertTrue(newestCall("pass").contains("\"responseType\":\"error\""));

        HttpResponse<String> far = http.get("far/owners/2");
        assertEquals(404, far.statusCode(), far.body());
        assertTrue(far.body().contains("mockRequestNotFoundError"), far.body());
        String status = http.get("api/status", "x-api-key", MeteredHome.ADMIN).body();
        assertTrue(status.contains("mocks/far.json") && status.contains("far.example.test")
                && status.contains("mockhost.proxy.allowedHosts"), status);
        assertFalse(status.contains("mocks/shop.json"), "an allowed upstream is no problem");
        String anonymous = http.get("api/status").body();
        assertFalse(anonymous.contains("far.example.test") || anonymous.contains("allowedHosts"),
                "upstreams are shown only to keys that may view the mock's collection: " + anonymous);
        assertFalse(http.get("api/status", "x-api-key", VIEWER).body().contains("far.example.test"),
                "a viewer of another collection");
    }

    @Test
    @Order(6)
    void anHttpsUpstreamIsTrustedThroughTheJvmTrustStore() throws Exception {
        HttpResponse<String> internal = http.get("internal/health");
        assertEquals(200, internal.statusCode(), internal.body());
        assertEquals("{\"tls\":\"trusted\"}", internal.body(), "a certificate of the trust store");
        HttpResponse<String> selfSigned = http.get("selfsigned/health");
        assertEquals(502, selfSigned.statusCode(), selfSigned.body());
        assertTrue(selfSigned.body().contains("upstreamUnreachableError") && selfSigned.body().contains(untrusted.url()),
                "a certificate no one vouches for is refused, naming the upstream: " + selfSigned.body());
    }

    @Test
    @Order(3)
    void limitsHoldAndTheCallLogSaysWhyAnAnswerWasNotSaved() throws Exception {
        HttpResponse<String> big = http.get("capped/big");
        assertEquals(201, big.statusCode(), "a large answer is still answered");
        assertEquals(BIG + 11, big.body().length(), "streamed whole");
        assertTrue(big.body().endsWith("xxx\"}"), "streamed whole");
        String bigLog = newestCall("capped");
        assertTrue(bigLog.contains("\"responseType\":\"proxied\"") && bigLog.contains("not recorded")
                && bigLog.contains("mockhost.proxy.maxRecordedBodyBytes"), bigLog);
        assertFalse(Files.readString(home.resolve("collections/capped.json")).contains("big"), "not saved");

        assertEquals(201, http.get("capped/items/alpha").statusCode());
        assertTrue(newestCall("capped").contains("recorded as \\\"Recorded 1\\\" in collections/capped.json, "
                + "request \\\"item\\\""), newestCall("capped"));
        assertEquals(201, http.get("capped/items/beta").statusCode());
        assertEquals(201, http.get("capped/items/gamma").statusCode());
        String capped = newestCall("capped");
        assertTrue(capped.contains("\"responseType\":\"proxied\"") && capped.contains("already holds 2 recorded")
                && capped.contains("mockhost.proxy.maxRecordedExamples"), capped);
        assertTrue(capped.contains("\"nearest\""), "why no example answered stays in the record: " + capped);
        String file = Files.readString(home.resolve("collections/capped.json"));
        assertTrue(file.contains("Recorded 2") && !file.contains("Recorded 3"), file);

        HttpResponse<String> zipped = http.get("capped/zipped", "Accept-Encoding", "gzip, deflate, br");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(null), "the caller's coding");
        assertEquals(201, http.get("capped/latin").statusCode());
        String saved = Files.readString(home.resolve("collections/capped.json"));
        assertTrue(saved.contains("{\\\"accepted\\\":\\\"gzip, deflate\\\"}"),
                "saved decoded; br was not asked for, since it could not be: " + saved);
        assertTrue(saved.contains("café") && saved.contains("application/json; charset=UTF-8"),
                "another charset is saved as UTF-8 text, and says so: " + saved);
        assertEquals(201, http.get("capped/third/path").statusCode(), "answered past the limit");
        String third = newestCall("capped");
        assertTrue(third.contains("\"responseType\":\"proxied\"")
                && third.contains("mockhost.proxy.maxRecordedRequests"), "two new requests recorded at most: " + third);
        assertFalse(Files.readString(home.resolve("collections/capped.json")).contains("third"));
    }

    @Test
    @Order(4)
    void onlyAnEditorOfTheCollectionTurnsRecordingOnThroughTheApi() throws Exception {
        String turnOn = "{\"mock\": {\"proxy\": {\"target\": \"" + target + "\", \"mode\": \"record\"}}}";
        assertEquals(404, http.get("apiset/owners/5").statusCode(), "no proxy yet");
        HttpResponse<String> refused = http.send("PUT", "api/mocks/apiset", turnOn, "x-api-key", VIEWER,
                "Content-Type", "application/json");
        assertEquals(403, refused.statusCode(), refused.body());
        assertFalse(Files.readString(home.resolve("mocks/apiset.json")).contains("proxy"), "nothing written");
        HttpResponse<String> set = http.send("PUT", "api/mocks/apiset", turnOn, "x-api-key", EDITOR,
                "Content-Type", "application/json");
        assertEquals(200, set.statusCode(), set.body());
        assertTrue(set.body().contains("\"mode\":\"record\""), set.body());
        assertEquals(201, http.get("apiset/owners/5").statusCode(), "the write is served at once");
        assertTrue(Files.readString(home.resolve("collections/apiset.json")).contains("Recorded 1"));
        HttpResponse<String> off = http.send("PUT", "api/mocks/apiset", "{\"mock\": {\"proxy\": null}}",
                "x-api-key", EDITOR, "Content-Type", "application/json");
        assertEquals(200, off.statusCode(), off.body());
        assertEquals(404, http.get("apiset/vets/six").statusCode(), "proxying is off again");
    }

    @Test
    @Order(5)
    void recordedAnswersAreRedactedAndReplayWithTheUpstreamGone() throws Exception {
        HttpResponse<String> recorded = http.get("shop/owners/2?q=a", "Authorization", "Bearer caller-token",
                "x-session", "sess-123");
        assertEquals(201, recorded.statusCode(), recorded.body());
        String file = Files.readString(home.resolve("collections/shop.json"));
        assertTrue(file.contains("Recorded 1"), file);
        assertTrue(file.contains("[redacted]"), file);
        for (String secret : new String[] {"hunter2", "caller-token", "upstream-secret", "sess-123"}) {
            assertFalse(file.contains(secret), secret + " is not saved: " + file);
        }
        String logs = http.get("api/mocks/shop/call-logs?responseType=recorded", "x-api-key", MeteredHome.ADMIN)
                .body();
        assertTrue(logs.contains("\"responseType\":\"recorded\""), logs);
        String audit = http.get("api/audit?limit=1000", "x-api-key", MeteredHome.ADMIN).body();
        assertTrue(audit.contains("\"method\":\"RECORD\",\"path\":\"/collections/shop\""),
                "a recording is a change of a definition: " + audit);

        assertEquals(201, http.get("orders/orders/ninth").statusCode());
        Path examples = home.resolve("collections/orders/Orders/.resources/Get order.resources/examples");
        String yaml = Files.readString(examples.resolve("Recorded 1.example.yaml"));
        assertTrue(yaml.contains("[redacted]") && !yaml.contains("hunter2"), yaml);
        assertFalse(Files.exists(home.resolve("collections/orders/Recorded")), "joins the matching request");
        assertEquals(201, http.get("book/orders/eighth").statusCode());
        assertTrue(Files.exists(home.resolve("postman/collections/Order Book/Orders/.resources/Get order.resources/"
                + "examples/Recorded 1.example.yaml")), "recorded into the Postman folder, in place");

        upstream.stop(0);
        upstream = null;
        for (String call : new String[] {"shop/owners/2?q=a", "orders/orders/ninth", "book/orders/eighth"}) {
            HttpResponse<String> replay = http.await(call, Duration.ofSeconds(10), r -> r.statusCode() == 201);
            assertEquals(201, replay.statusCode(), call + " is answered by the mock: " + replay.body());
            assertTrue(replay.body().contains("\"password\":\"[redacted]\""), replay.body());
            assertTrue(newestCall(call.substring(0, call.indexOf('/'))).contains("\"responseName\":\"Recorded 1\""));
        }
        assertEquals(502, http.get("shop/vets/3").statusCode(), "another call still goes upstream");
        String metrics = http.get("api/metrics", "x-api-key", MeteredHome.ADMIN).body();
        assertEquals(1.0, MetricsIT.value(metrics, "mockhost_upstream_calls_total{mock=\"shop\",outcome=\"recorded\"}"),
                metrics);
        assertEquals(1.0, MetricsIT.value(metrics, "mockhost_upstream_calls_total{mock=\"shop\",outcome=\"error\"}"));
        assertTrue(MetricsIT.value(metrics, "mockhost_upstream_calls_total{mock=\"capped\",outcome=\"proxied\"}") >= 2,
                "answered but not saved (the limits)");
        String again = Files.readString(home.resolve("collections/shop.json"));
        assertEquals(1, again.split("Recorded 1", -1).length - 1, "recorded once");
    }

    /** A v3 request {@code GET /orders/:id} whose one example answers {@code /orders/first} only. */
    private static void orderRequest(Path directory) throws IOException {
        ItHome.write(directory.resolve("Orders/Get order.request.yaml"), """
                $kind: http-request
                name: Get order
                url: "{{baseUrl}}/orders/:id"
                method: GET
                """);
        ItHome.write(directory.resolve("Orders/.resources/Get order.resources/examples/First.example.yaml"), """
                $kind: http-example
                request:
                  url: "{{baseUrl}}/orders/first"
                  method: GET
                response:
                  statusCode: 200
                  body:
                    type: text
                    content: order first
                """);
    }

    /** The newest record of the mock's call log, as JSON text. */
    private String newestCall(String mock) throws IOException, InterruptedException {
        String page = http.get("api/mocks/" + mock + "/call-logs?limit=1", "x-api-key", MeteredHome.ADMIN).body();
        assertTrue(page.contains("\"call-logs\""), page);
        return page;
    }

    private void mock(String name, String collection, String upstreamUrl, String mode) throws IOException {
        ItHome.write(home.resolve("mocks/" + name + ".json"), "{\"collection\": \"" + collection
                + "\", \"proxy\": {\"target\": \"" + upstreamUrl + "\", \"mode\": \"" + mode + "\"}}");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
