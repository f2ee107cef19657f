package dev.mockhost.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/keys}: admin only; a secret is shown once; revoked keys stop working; bad input is named. */
class KeysApiIT extends DeployedWar {

    private Api api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void api() {
        api = new Api(http);
    }

    @Test
    void createListChangeAndRevoke() throws Exception {
        String name = "team-" + run;
        Api.Reply created = api.post("keys", Api.ADMIN, "{\"key\": {\"name\": \"" + name
                + "\", \"role\": \"editor\", \"grants\": {\"shop\": \"edit\"}, \"monthlyQuota\": 500}}");
        assertEquals(200, created.status(), created.text());
        String secret = created.object("key").getString("secret");
        assertTrue(secret.startsWith("mh_"), secret);
        String onDisk = Files.readString(ItHome.root().resolve("keys/" + name + ".json"));
        assertFalse(onDisk.contains(secret), "the secret is never stored");

        Api.Reply me = api.get("me", secret);
        assertEquals(200, me.status(), "the new secret works at once");
        assertEquals(name, me.object("user").getString("name"));

        Api.Reply list = api.get("keys", Api.ADMIN);
        assertEquals(200, list.status());
        assertFalse(list.text().contains(secret) || list.text().contains("sha256"), "no secrets, no hashes");
        JsonObject listed = list.json().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals("editor", listed.getString("role"));
        assertEquals(500, listed.getInt("monthlyQuota"));
        assertFalse(api.get("keys/" + name, Api.ADMIN).text().contains("secret"));

        Api.Reply changed = api.put("keys/" + name, Api.ADMIN, "{\"key\": {\"role\": \"viewer\", \"grants\": "
                + "{\"shop\": \"view\"}, \"monthlyQuota\": null}}");
        assertEquals(200, changed.status(), changed.text());
        assertEquals("viewer", changed.object("key").getString("role"));
        assertTrue(changed.object("key").isNull("monthlyQuota"));
        assertEquals("viewer", api.get("me", secret).object("user").getString("role"), "same secret, new role");

        assertEquals(200, api.delete("keys/" + name, Api.ADMIN).status());
        assertEquals(401, api.get("me", secret).status(), "a revoked key stops working");
        assertEquals(404, api.get("keys/" + name, Api.ADMIN).status());
    }

    @Test
    void onlyAdminsManageKeys() throws Exception {
        String viewer = api.key("viewer-" + run, "viewer", "{}", "null");
        String editor = api.key("editor-" + run, "editor", "{}", "null");
        for (String secret : new String[] {viewer, editor}) {
            assertEquals(403, api.get("keys", secret).status());
            assertEquals("forbiddenError", api.post("keys", secret, "{\"key\": {\"name\": \"x-" + run + "\"}}")
                    .errorName());
            assertEquals(403, api.delete("keys/viewer-" + run, secret).status());
        }
        assertEquals(401, api.get("keys", null).status());
        assertEquals(401, api.get("keys", "wrong").status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "slash in name | {\"key\": {\"name\": \"a/b\"}} | 400 | name",
            "dot dot | {\"key\": {\"name\": \"..\"}} | 400 | name",
            "control character | {\"key\": {\"name\": \"a\\u0001b\"}} | 400 | name",
            "reserved | {\"key\": {\"name\": \"api\"}} | 400 | name",
            "no name | {\"key\": {\"role\": \"viewer\"}} | 400 | name",
            "no wrapper | {\"name\": \"k\"} | 400 | key",
            "not json | {\"key\": | 400 | -",
    })
    void badKeysAreRefusedWithTheFieldNamed(String what, String body, int status, String field) throws Exception {
        Api.Reply reply = api.post("keys", Api.ADMIN, body);
        assertEquals(status, reply.status(), reply.text());
        if (!field.equals("-")) {
            assertEquals(field, reply.errorField(), reply.text());
        } else {
            assertTrue(reply.json().getJsonObject("error").getString("message").contains("line 1"), reply.text());
        }
    }

    @Test
    void invalidRoleOrQuotaIsA400AndNothingIsWritten() throws Exception {
        String name = "bad-" + run;
        Api.Reply role = api.post("keys", Api.ADMIN, "{\"key\": {\"name\": \"" + name + "\", \"role\": \"root\"}}");
        assertEquals(400, role.status(), role.text());
        assertTrue(role.text().contains("role"), role.text());
        Api.Reply quota = api.post("keys", Api.ADMIN, "{\"key\": {\"name\": \"" + name + "\", \"monthlyQuota\": -5}}");
        assertEquals(400, quota.status());
        assertFalse(Files.exists(ItHome.root().resolve("keys/" + name + ".json")));
    }

    @Test
    void concurrentCreationsOfOneKeyMakeExactlyOne() throws Exception {
        String name = "race-" + run;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Api.Reply>>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> api.post("keys", Api.ADMIN, "{\"key\": {\"name\": \"" + name + "\"}}")));
            }
            int created = 0;
            String secret = null;
            for (var call : calls) {
                Api.Reply reply = call.get();
                if (reply.status() == 200) {
                    created++;
                    secret = reply.object("key").getString("secret");
                } else {
                    assertEquals(409, reply.status(), reply.text());
                }
            }
            assertEquals(1, created, "one key, one secret");
            assertEquals(200, api.get("me", secret).status(), "and that secret works");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void changingABrokenKeyFileIsAConflict() throws Exception {
        String name = "brokenfile-" + run;
        api.key(name, "viewer", "{}", "null");
        java.nio.file.Path file = ItHome.root().resolve("keys/" + name + ".json");
        ItHome.write(file, Files.readString(file).replace("\"role\"", "\"role\",,"));
        Thread.sleep(500);
        Api.Reply reply = api.put("keys/" + name, Api.ADMIN, "{\"key\": {\"monthlyQuota\": 5}}");
        assertEquals(409, reply.status(), reply.text());
    }

    @Test
    void duplicatesAndTheSettingsKeyAreConflicts() throws Exception {
        String name = "dup-" + run;
        assertNotNull(api.key(name, "viewer", "{}", "null"));
        assertEquals(409, api.post("keys", Api.ADMIN, "{\"key\": {\"name\": \"" + name + "\"}}").status());
        Api.Reply settingKey = api.delete("keys/admin", Api.ADMIN);
        assertEquals(409, settingKey.status(), settingKey.text());
        assertTrue(settingKey.text().contains("mockhost.adminKey"), settingKey.text());
    }
}
