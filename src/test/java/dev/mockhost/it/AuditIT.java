package dev.mockhost.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every management write lands in the audit log: who by key name, what, from where, how it ended; admins read it. */
class AuditIT extends DeployedWar {

    @Test
    void writesAreAuditedAndOnlyAdminsReadTheLog() throws Exception {
        Api api = new Api(http);
        String run = Long.toString(System.nanoTime());
        String viewer = api.key("audit-" + run, "viewer", "{}", "null");
        Api.Reply refused = api.post("mocks", viewer, "{\"mock\": {\"name\": \"a-" + run + "\", \"collection\": "
                + "\"petstore\"}}");
        assertEquals(403, refused.status(), refused.text());
        Api.Reply created = api.post("collections", Api.ADMIN, "{\"collection\": {\"info\": {\"name\": \"audit-" + run
                + "\"}, \"item\": []}}");
        assertEquals(200, created.status(), created.text());

        Api.Reply log = api.get("audit?limit=50", Api.ADMIN);
        assertEquals(200, log.status(), log.text());
        List<JsonObject> entries = log.json().getJsonArray("audit").getValuesAs(JsonObject.class);
        JsonObject newest = entries.get(0);
        assertEquals("POST", newest.getString("method"));
        assertEquals("/collections", newest.getString("path"));
        assertEquals(200, newest.getInt("status"));
        assertTrue(newest.isNull("error"));
        assertEquals("127.0.0.1", newest.getString("address"));
        JsonObject denied = entries.get(1);
        assertEquals("audit-" + run, denied.getString("key"), "the key by name");
        assertEquals("/mocks", denied.getString("path"));
        assertEquals(403, denied.getInt("status"));
        assertEquals("forbiddenError", denied.getString("error"));
        assertTrue(entries.stream().anyMatch(e -> e.getString("path").equals("/keys")
                && e.getInt("status") == 200), "the key's creation too");
        assertFalse(log.text().contains(viewer) || log.text().contains(Api.ADMIN), "no secret in the audit log");

        assertEquals(403, api.get("audit", viewer).status(), "admins only");
        assertEquals(401, api.get("audit", null).status());
    }
}
