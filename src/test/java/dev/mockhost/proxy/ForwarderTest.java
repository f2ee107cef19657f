package dev.mockhost.proxy;

import com.sun.net.httpserver.HttpServer;
import dev.mockhost.collection.NameValue;
import dev.mockhost.mock.ProxyConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwarderTest {

    @Test
    void targetPathIsAPrefixAndSegmentsAreReEncoded() {
        assertEquals(URI.create("https://api.test/v1/pets/a%20b?x=1"),
                Forwarder.target(URI.create("https://api.test/v1/"), List.of("pets", "a b"), "x=1"));
        assertEquals(URI.create("http://h:81/"), Forwarder.target(URI.create("http://h:81"), List.of(), ""));
    }

    @Test
    void hopByHopAndMockhostHeadersStayHere() {
        for (String name : List.of("Connection", "Transfer-Encoding", "Host", "x-api-key", "X-Mock-Response-Name")) {
            assertFalse(Forwarder.forwarded(name), name);
        }
        assertTrue(Forwarder.forwarded("Authorization"));
        assertTrue(Forwarder.forwarded("Accept"));
    }

    @Test
    void allowListNamesHostOrHostAndPort() {
        ProxySettings settings = ProxySettings.of("api.test, local:8081", 1000, "", "", 1, 1, 500);
        assertTrue(settings.allows(new ProxyConfig(URI.create("https://api.test"), ProxyConfig.Mode.RECORD)));
        assertTrue(settings.allows(new ProxyConfig(URI.create("http://local:8081"), ProxyConfig.Mode.RECORD)));
        assertFalse(settings.allows(new ProxyConfig(URI.create("http://local:8082"), ProxyConfig.Mode.RECORD)));
        assertFalse(settings.allows(new ProxyConfig(URI.create("http://evil.test"), ProxyConfig.Mode.RECORD)));
        assertFalse(ProxySettings.of("", 1000, "", "", 1, 1, 500)
                .allows(new ProxyConfig(URI.create("http://api.test"), ProxyConfig.Mode.RECORD)));
    }

    @Test
    void bodyBytesGoUpstreamAsTheCallerSentThem() throws Exception {
        byte[] latin1 = "caf\u00e9 \u00ff".getBytes(StandardCharsets.ISO_8859_1); // not UTF-8: 0xE9, 0xFF
        Echo echo = echo("POST", latin1, "text/plain; charset=ISO-8859-1");
        assertArrayEquals(latin1, echo.body());
        assertEquals("text/plain; charset=ISO-8859-1", echo.contentType());
    }

    @Test
    void noBytesIsNoBody() throws Exception {
        Echo echo = echo("GET", new byte[0], null);
        assertArrayEquals(new byte[0], echo.body());
    }

    @Test
    void anAnswerLargerThanTheBufferIsHeldInPartAndTheRestLeftToStream() throws Exception {
        byte[] large = new byte[10_000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) i;
        }
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] answer = exchange.getRequestURI().getPath().equals("/small") ? new byte[1024] : large;
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        upstream.start();
        try {
            ProxyConfig proxy = new ProxyConfig(URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()),
                    ProxyConfig.Mode.PASSTHROUGH);
            Forwarder forwarder = new Forwarder(Duration.ofSeconds(5), 1024);
            Exchange.Upstream big = forwarder.forward(proxy, new Exchange("GET", List.of("big"), "", List.of(), "",
                    null, null));
            assertFalse(big.whole());
            assertEquals(1025, big.body().length, "one byte past the buffer tells it is larger");
            byte[] all;
            try (var rest = big.rest()) {
                all = java.nio.ByteBuffer.allocate(large.length).put(big.body()).put(rest.readAllBytes()).array();
            }
            assertArrayEquals(large, all);
            Exchange.Upstream small = forwarder.forward(proxy, new Exchange("GET", List.of("small"), "", List.of(), "",
                    null, null));
            assertTrue(small.whole(), "an answer of exactly the buffer's size is whole");
            assertEquals(1024, small.body().length);
        } finally {
            upstream.stop(0);
        }
    }

    /** What the upstream received. */
    private record Echo(byte[] body, String contentType) {
    }

    private static Echo echo(String method, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Echo[] seen = new Echo[1];
        upstream.createContext("/", exchange -> {
            seen[0] = new Echo(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        upstream.start();
        try {
            ProxyConfig proxy = new ProxyConfig(URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()),
                    ProxyConfig.Mode.PASSTHROUGH);
            List<NameValue> headers = contentType == null ? List.of() : List.of(new NameValue("Content-Type",
                    contentType));
            Exchange.Upstream answer = new Forwarder(Duration.ofSeconds(5), 1024).forward(proxy,
                    new Exchange(method, List.of("echo"), "", headers, "ignored text", body, null));
            assertEquals(204, answer.status());
            return seen[0];
        } finally {
            upstream.stop(0);
        }
    }
}
