package dev.mockhost.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guessing keys, on a Tomcat of its own (the limit shuts out its address, which the shared test server cannot
 * afford): failed key checks of the mocks and of the API count together per client address; past the limit every
 * call with a key gets 429 until the minute ends, calls without a key still pass, and the log names the address,
 * never what was sent.
 */
class KeyGuessingIT {

    private static final int LIMIT = 5;

    @TempDir
    Path work;

    @Test
    void failedKeyChecksAreLimitedPerAddress() throws Exception {
        Path home = work.resolve("home");
        MeteredHome.write(home, "alice", "null");
        ItHome.write(home.resolve("mocks/vault.json"), "{\"collection\": \"" + MeteredHome.MOCK
                + "\", \"private\": true}");
        ItHome.write(home.resolve("collections/open.json"), """
                {"info": {"name": "open"}, "item": [{"name": "r", "request": {"url": "/ping"},
                  "response": [{"name": "pong", "code": 200, "body": "pong"}]}]}""");
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10().jvm(
                "-Dmockhost.home=" + home, "-Dmockhost.adminKey=" + MeteredHome.ADMIN,
                "-Dmockhost.authFailuresPerMinute=" + LIMIT))) {
            Http http = new Http(tomcat.baseUrl());
            long second = Instant.now().getEpochSecond() % 60;
            if (second > 45) {
                Thread.sleep((61 - second) * 1000); // the window is a calendar minute: stay inside one
            }
            assertEquals(200, http.get("vault/ping", "x-api-key", MeteredHome.ADMIN).statusCode(), "a good key");
            for (int i = 0; i < 3; i++) {
                assertEquals(401, http.get("vault/ping", "x-api-key", "guess-" + i).statusCode());
            }
            for (int i = 3; i < LIMIT; i++) {
                assertEquals(401, http.get("api/me", "x-api-key", "guess-" + i).statusCode());
            }
            HttpResponse<String> refused = http.get("vault/ping", "x-api-key", "guess-last");
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("authRateLimitError"), refused.body());
            long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 60, "until the minute ends: " + retry);
            assertEquals(429, http.get("api/me", "x-api-key", MeteredHome.ADMIN).statusCode(),
                    "a good key waits too: the address is shut out of key checks");
            assertEquals(200, http.get("open/ping").statusCode(), "a call without a key passes");
        }
        String log = Files.readString(work.resolve("tomcat/logs/console.log"));
        assertTrue(log.contains("too many failed API key checks from 127.0.0.1"), "the address is logged");
        assertFalse(log.contains("guess-"), "no presented secret is logged");
        System.out.println("key guessing: " + LIMIT + " failed checks, then 429 authRateLimitError");
    }
}
