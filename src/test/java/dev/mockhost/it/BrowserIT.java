package dev.mockhost.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What only a browser shows: the console working in real headless Chromium, and mocks called from a page on another
 * origin, where Chromium itself sends the preflights and enforces the CORS answers.
 */
class BrowserIT extends DeployedWar {

    @Test
    void consoleWorksInABrowser() throws Exception {
        Path screenshots = Path.of("target/screenshots").toAbsolutePath();
        JsonObject summary = Browser.run("console.test.js", base.toString(), Api.ADMIN, ItHome.root().toString(),
                screenshots.toString());
        assertFalse(summary.containsKey("failed"), summary.toString());
        assertEquals(11, summary.getJsonArray("passed").size(), summary.toString());
        for (String width : new String[] {"1300", "390"}) {
            assertTrue(Files.size(screenshots.resolve("console-" + width + ".png")) > 10_000, width);
        }
    }

    @Test
    void mocksAnswerPagesOnOtherOrigins() throws Exception {
        Api api = new Api(http);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String collection = "browser-" + run;
        api.post("collections", Api.ADMIN, "{\"collection\": {\"info\": {\"name\": \"" + collection + "\"}, "
                + "\"item\": [{\"name\": \"r\", \"request\": {\"url\": \"/thing\"}, \"response\": [{\"name\": \"e\", "
                + "\"code\": 200, \"body\": \"secret thing\"}]}]}}");
        String mock = "browser-private-" + run;
        assertEquals(200, api.post("mocks", Api.ADMIN, "{\"mock\": {\"name\": \"" + mock + "\", \"collection\": \""
                + collection + "\", \"private\": true}}").status());
        String secret = api.key("browser-" + run, "viewer", "{\"" + collection + "\": \"view\"}", "null");

        HttpServer otherOrigin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = "<!doctype html><title>another origin</title><p>another origin".getBytes(StandardCharsets.UTF_8);
        otherOrigin.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherOrigin.start();
        try {
            String origin = "http://127.0.0.1:" + otherOrigin.getAddress().getPort() + "/";
            JsonObject summary = Browser.run("cors.test.js", base.toString(), origin, secret, mock);
            assertFalse(summary.containsKey("failed"), summary.toString());
            assertEquals(5, summary.getJsonArray("passed").size(), summary.toString());
        } finally {
            otherOrigin.stop(0);
        }
    }
}
