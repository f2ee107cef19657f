package dev.mockhost.it;

import dev.mockhost.access.Secrets;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Private mocks, keys, metering and quotas over HTTP. Key names carry a fresh suffix each run, since usage counts
 * are kept across builds in target/it-home/data.
 */
class AccessIT extends DeployedWar {

    private static final String ADMIN = "it-admin-secret";
    private static final String COLLECTION = """
            {"info": {"name": "access"}, "item": [{"name": "r", "request": {"url": "/thing"},
              "response": [{"name": "ok", "code": 200, "body": "the thing"}]}]}""";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String alice = "alice-" + run;
    private final String bob = "bob-" + run;
    private final String limited = "limited-" + run;

    @BeforeEach
    void files() throws Exception {
        ItHome.write(ItHome.collection("access-conf.json"), COLLECTION);
        ItHome.write(ItHome.collection("access-open.json"), COLLECTION);
        ItHome.write(ItHome.root().resolve("mocks/access-priv.json"),
                "{\"collection\": \"access-conf\", \"private\": true}");
        ItHome.write(ItHome.root().resolve("mocks/access-pub.json"),
                "{\"collection\": \"access-open\", \"owner\": \"" + limited + "\"}");
        key(alice, "viewer", "{\"access-conf\": \"view\"}", "1000");
        key(bob, "viewer", "{\"other\": \"view\"}", "null");
        key(limited, "viewer", "{}", "3");
        http.await("api/status", Duration.ofSeconds(5), r -> StatusDocument.parse(r.body()).mock("access-pub")
                .isPresent() && http(r2 -> r2.statusCode() == 200, "access-priv/thing", alice));
    }

    @Test
    void privateMockNeedsAKeyThatMayViewItsCollection() throws Exception {
        HttpResponse<String> none = http.get("access-priv/thing");
        assertEquals(401, none.statusCode());
        assertTrue(none.body().contains("\"name\":\"authenticationError\"") && none.body().contains(
                "\"header\":\"x-api-key\""), none.body());
        assertEquals(401, http.get("access-priv/thing", "x-api-key", "not-a-key").statusCode());
        HttpResponse<String> forbidden = http.get("access-priv/thing", "x-api-key", secret(bob));
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("\"name\":\"forbiddenError\""), forbidden.body());
        HttpResponse<String> allowed = http.get("access-priv/thing", "x-api-key", secret(alice));
        assertEquals(200, allowed.statusCode());
        assertEquals("the thing", allowed.body());
        assertEquals(200, http.get("access-priv/thing", "x-api-key", ADMIN).statusCode(), "admin sees all");
        assertEquals(404, http.get("access-conf/thing").statusCode(), "no public twin of a private mock");
    }

    @Test
    void statusShowsPrivateMocksAndKeyFilesOnlyToKeysThatMaySeeThem() throws Exception {
        ItHome.write(ItHome.root().resolve("keys/broken-" + run + ".json"), "{\"sha256\": \"nope\"}");
        String brokenKey = "keys/broken-" + run + ".json";
        http.await("api/status", Duration.ofSeconds(5), r -> StatusDocument.parse(http(() -> http.get("api/status",
                "x-api-key", ADMIN).body())).errorFor(brokenKey).isPresent());
        StatusDocument anonymous = StatusDocument.parse(http.get("api/status").body());
        assertTrue(anonymous.mock("access-pub").isPresent());
        assertTrue(anonymous.mock("access-priv").isEmpty(), "a private mock is not listed without a key");
        assertTrue(anonymous.errorFor(brokenKey).isEmpty(), "key files are not named without an admin key");
        assertTrue(StatusDocument.parse(http.get("api/status", "x-api-key", secret(alice)).body())
                .mock("access-priv").isPresent(), "a key that may view it sees it");
        assertTrue(StatusDocument.parse(http.get("api/status", "x-api-key", secret(bob)).body())
                .mock("access-priv").isEmpty());
        StatusDocument admin = StatusDocument.parse(http.get("api/status", "x-api-key", ADMIN).body());
        assertTrue(admin.errorFor(brokenKey).isPresent());
        java.nio.file.Files.delete(ItHome.root().resolve(brokenKey));
    }

    @Test
    void preflightToAPrivateMockNeedsNoKey() throws Exception {
        HttpResponse<String> response = http.send("OPTIONS", "access-priv/thing", null, "Origin", "http://app.test",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-api-key");
        assertEquals(204, response.statusCode());
    }

    @Test
    void meShowsTheCallersUsageWhichEveryCallIncreases() throws Exception {
        assertEquals(401, http.get("api/me").statusCode());
        JsonObject before = operation(me(alice));
        for (int i = 0; i < 5; i++) {
            http.get("access-priv/thing", "x-api-key", secret(alice));
        }
        JsonObject after = operation(me(alice));
        assertEquals(before.getInt("usage") + 5, after.getInt("usage"));
        assertEquals(1000, after.getInt("limit"));
        assertEquals(0, after.getInt("overage"));
        JsonObject user = StatusDocument.parse(http.get("api/me", "x-api-key", secret(alice)).body()).json()
                .getJsonObject("user");
        assertEquals(alice, user.getString("name"));
        assertEquals("viewer", user.getString("role"));
        assertEquals("view", user.getJsonObject("grants").getString("access-conf"));
        assertFalse(http.get("api/me", "x-api-key", secret(alice)).body().contains("sha256"), "no hash, no secret");
        assertTrue(operation(me(bob)).isNull("limit"), "unlimited");
    }

    @Test
    void overQuotaIs429WithRetryAfterAndRateLimitHeadersAndIsNotCounted() throws Exception {
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> ok = http.get("access-pub/thing");
            assertEquals(200, ok.statusCode(), "call " + i + " within the owner's quota of 3");
            assertEquals("3", ok.headers().firstValue("RateLimit-Limit").orElse(""));
            assertEquals(Integer.toString(3 - i), ok.headers().firstValue("RateLimit-Remaining").orElse(""));
        }
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> over = http.get("access-pub/thing");
            assertEquals(429, over.statusCode());
            assertTrue(over.body().contains("\"name\":\"usageLimitError\"") && over.body().contains(
                    "Usage limit reached."), over.body());
            long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 0 && retryAfter <= 31L * 24 * 3600, "seconds to next month: " + retryAfter);
            assertEquals("0", over.headers().firstValue("RateLimit-Remaining").orElse(""));
        }
        assertEquals(3, operation(me(limited)).getInt("usage"), "rejected calls are not counted");
        assertEquals(200, http.get("access-pub/thing", "x-api-key", secret(alice)).statusCode(),
                "a caller's own key is charged, not the owner's");
    }

    private String me(String key) throws Exception {
        HttpResponse<String> response = http.get("api/me", "x-api-key", secret(key));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static JsonObject operation(String me) {
        JsonObject operation = StatusDocument.parse(me).json().getJsonArray("operations").getJsonObject(0);
        assertEquals("mock_usage", operation.getString("name"));
        return operation;
    }

    private static String secret(String key) {
        return key + "-secret";
    }

    private static void key(String name, String role, String grants, String quota) throws Exception {
        ItHome.write(ItHome.root().resolve("keys/" + name + ".json"), "{\"sha256\": \"" + Secrets.sha256Hex(
                secret(name)) + "\", \"role\": \"" + role + "\", \"grants\": " + grants + ", \"monthlyQuota\": "
                + quota + "}");
    }

    private static String http(java.util.concurrent.Callable<String> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return "{}";
        }
    }

    private boolean http(java.util.function.Predicate<HttpResponse<String>> check, String path, String key) {
        try {
            return check.test(http.get(path, "x-api-key", secret(key)));
        } catch (Exception e) {
            return false;
        }
    }
}
