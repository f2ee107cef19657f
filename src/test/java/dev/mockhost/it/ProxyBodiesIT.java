package dev.mockhost.it;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A passthrough mock forwards request bodies as the caller sent them, against an upstream on loopback that answers
 * with the exact bytes and Content-Type it received: JSON, text in ISO-8859-1 and bytes that are no text arrive
 * byte for byte; a multipart body, which the container splits into parts for matching, arrives written again with
 * its own boundary, so it parses back to the same field and file.
 */
class ProxyBodiesIT {

    private static final String BOUNDARY = "----MockhostBoundary7f3a";

    /** Bodies come back as bytes here, which {@link Http} does not read. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

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
    void requestBodiesArriveAsSent() throws Exception {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] received = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.getResponseHeaders().add("X-Received-Content-Type", type == null ? "" : type);
            exchange.sendResponseHeaders(200, received.length == 0 ? -1 : received.length);
            exchange.getResponseBody().write(received);
            exchange.close();
        });
        upstream.start();
        Path home = work.resolve("home");
        ItHome.write(home.resolve("collections/pass.json"), """
                {"info": {"name": "pass"}, "item": [{"name": "pet", "request": {"method": "GET",
                  "url": {"raw": "{{baseUrl}}/pets/1", "path": ["pets", "1"]}},
                  "response": [{"name": "one", "code": 200, "body": "saved one"}]}]}""");
        ItHome.write(home.resolve("mocks/pass.json"), "{\"collection\": \"pass\", \"proxy\": {\"target\": "
                + "\"http://127.0.0.1:" + upstream.getAddress().getPort() + "\", \"mode\": \"passthrough\"}}");
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10().jvm(
                "-Dmockhost.home=" + home, "-Dmockhost.adminKey=" + MeteredHome.ADMIN,
                "-Dmockhost.proxy.allowedHosts=127.0.0.1", "-Dmockhost.proxy.timeoutMillis=5000"))) {
            Http http = new Http(tomcat.baseUrl());

            byte[] json = "{\"name\":\"r\u00e9x\",\"dog\":\"\ud83d\udc15\"}".getBytes(StandardCharsets.UTF_8);
            assertEchoed(http, "application/json", json);

            byte[] latin1 = "caf\u00e9 \u00ff".getBytes(StandardCharsets.ISO_8859_1);
            assertEquals((byte) 0xE9, latin1[3], "a byte that is not UTF-8 on its own");
            assertEchoed(http, "text/plain; charset=ISO-8859-1", latin1);

            assertEchoed(http, "application/octet-stream", allBytes());

            String multipartType = "multipart/form-data; boundary=" + BOUNDARY;
            HttpResponse<byte[]> multipart = post(http, multipartType, multipartBody());
            assertEquals(200, multipart.statusCode(), new String(multipart.body(), StandardCharsets.UTF_8));
            assertEquals(multipartType, multipart.headers().firstValue("X-Received-Content-Type").orElse(null));
            Map<String, byte[]> parts = parts(multipart.body());
            assertEquals(List.of("name", "photo"), List.copyOf(parts.keySet()));
            assertEquals("rex", new String(parts.get("name"), StandardCharsets.UTF_8));
            assertArrayEquals(allBytes(), parts.get("photo"), "the file part's bytes, all 256 values");
        }
    }

    private static void assertEchoed(Http http, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> echoed = post(http, contentType, body);
        assertEquals(200, echoed.statusCode(), new String(echoed.body(), StandardCharsets.UTF_8));
        assertEquals(contentType, echoed.headers().firstValue("X-Received-Content-Type").orElse(null));
        assertArrayEquals(body, echoed.body(), contentType + " arrives byte for byte");
    }

    private static HttpResponse<byte[]> post(Http http, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = http.request("pass/echo").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /** A text field and a small binary file, as a browser would send them. */
    private static byte[] multipartBody() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"name\"\r\n\r\n"
                + "rex\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"photo\"; filename=\"photo.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(allBytes());
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /**
     * The parts of a multipart body by their field name, read as RFC 2046 5.1.1 says: split on CRLF--boundary, each
     * part's headers end at the first empty line. ISO-8859-1 maps each byte to one char and back.
     */
    private static Map<String, byte[]> parts(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + BOUNDARY;
        assertTrue(text.startsWith(delimiter + "\r\n"), text);
        assertTrue(text.endsWith("\r\n" + delimiter + "--\r\n"), text);
        String inside = text.substring(delimiter.length() + 2, text.length() - delimiter.length() - 6);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String part : inside.split("\r\n" + Pattern.quote(delimiter) + "\r\n", -1)) {
            int end = part.indexOf("\r\n\r\n");
            assertTrue(end >= 0, "a part's headers end with an empty line: " + part);
            String name = null;
            for (String header : part.substring(0, end).split("\r\n")) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    int at = lower.indexOf("; name=\"") + 8;
                    name = header.substring(at, header.indexOf('"', at));
                }
            }
            assertTrue(name != null, "each part names its field: " + part);
            parts.put(name, part.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1));
        }
        return parts;
    }
}
