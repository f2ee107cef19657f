package dev.mockhost.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ETag and If-Match over HTTP: every read of one resource names its file's version, every write is conditional. */
class VersionsApiIT extends DeployedWar {

    private Api api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String collection;

    @BeforeEach
    void fixtures() throws Exception {
        api = new Api(http);
        collection = "versions-" + run;
        Api.Reply created = api.post("collections", Api.ADMIN, "{\"collection\": {\"info\": {\"name\": \""
                + collection + "\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \"/items\"}, "
                + "\"response\": [{\"name\": \"items\", \"code\": 200, \"body\": \"[]\"}]}]}}");
        assertEquals(200, created.status(), created.text());
        assertNotNull(created.etag(), "an upload answers its version");
    }

    @Test
    void aStaleVersionIsRefusedAndTheCurrentOneWrites() throws Exception {
        String name = "v-" + run;
        Api.Reply created = api.post("mocks", Api.ADMIN, mock(name));
        assertEquals(200, created.status(), created.text());
        Api.Reply read = api.get("mocks/" + name, Api.ADMIN);
        String first = read.etag();
        assertTrue(first.matches("\"[0-9a-f]{32}\""), first);
        assertEquals(first, created.etag(), "the write answered the version it wrote");

        Api.Reply changed = put(name, "{\"mock\": {\"private\": true}}", first);
        assertEquals(200, changed.status(), changed.text());
        String second = changed.etag();
        assertNotEquals(first, second);
        assertEquals(second, api.get("mocks/" + name, Api.ADMIN).etag());

        byte[] before = Files.readAllBytes(file(name));
        Api.Reply stale = put(name, "{\"mock\": {\"private\": false}}", first);
        assertEquals(412, stale.status(), stale.text());
        assertEquals("preconditionFailedError", stale.errorName());
        assertTrue(stale.json().getJsonObject("error").getString("message").contains(second), stale.text());
        assertEquals(second, stale.etag(), "the 412 names the current version");
        assertArrayEquals(before, Files.readAllBytes(file(name)), "nothing written");

        Api.Reply staleDelete = api.call("DELETE", "mocks/" + name, Api.ADMIN, null, "If-Match", first);
        assertEquals(412, staleDelete.status(), staleDelete.text());
        assertTrue(Files.exists(file(name)), "the file is intact");

        assertEquals(200, api.put("mocks/" + name, Api.ADMIN, "{\"mock\": {\"private\": false}}").status(),
                "without If-Match, as before");
        assertEquals(200, api.delete("mocks/" + name, Api.ADMIN).status());
        assertFalse(Files.exists(file(name)));
    }

    @Test
    void unpublishIsThePostmanNameAndConditionalLikePublish() throws Exception {
        String name = "u-" + run;
        String version = api.post("mocks", Api.ADMIN, mock(name)).etag();
        Api.Reply unpublished = api.call("DELETE", "mocks/" + name + "/unpublish", Api.ADMIN, null,
                "If-Match", version);
        assertEquals(200, unpublished.status(), unpublished.text());
        assertTrue(unpublished.object("mock").getBoolean("private"));
        assertEquals(412, api.call("POST", "mocks/" + name + "/publish", Api.ADMIN, null, "If-Match", version)
                .status(), "publish with the version before unpublish");
        assertEquals(200, api.call("POST", "mocks/" + name + "/publish", Api.ADMIN, null, "If-Match", "*")
                .status());
        assertTrue(api.call("DELETE", "mocks/" + name + "/publish", Api.ADMIN, null).object("mock")
                .getBoolean("private"), "the older route stays");
    }

    @Test
    void everyResourceOfOneFileHasAVersion() throws Exception {
        assertEquals("\"no-file\"", api.get("mocks/" + collection, Api.ADMIN).etag(), "an implicit mock");
        assertNotNull(api.get("collections/" + collection, Api.ADMIN).etag());
        Api.Reply environment = api.post("environments", Api.ADMIN, "{\"environment\": {\"name\": \"env-" + run
                + "\", \"values\": []}}");
        assertEquals(environment.etag(), api.get("environments/env-" + run, Api.ADMIN).etag());
        api.key("k-" + run, "viewer", "{}", "null");
        String key = api.get("keys/k-" + run, Api.ADMIN).etag();
        assertEquals(412, api.call("PUT", "keys/k-" + run, Api.ADMIN, "{\"key\": {\"monthlyQuota\": 1}}",
                "If-Match", "\"0123456789abcdef0123456789abcdef\"").status());
        assertEquals(200, api.call("DELETE", "keys/k-" + run, Api.ADMIN, null, "If-Match", key).status());

        String name = "s-" + run;
        api.post("mocks", Api.ADMIN, mock(name));
        Api.Reply response = api.post("mocks/" + name + "/server-responses", Api.ADMIN,
                "{\"serverResponse\": {\"statusCode\": 503}}");
        String id = response.object("serverResponse").getString("id");
        assertEquals(response.etag(), api.get("mocks/" + name + "/server-responses/" + id, Api.ADMIN).etag());
        assertEquals(response.etag(), api.get("mocks/" + name, Api.ADMIN).etag(), "it lives in the mock's file");
    }

    @Test
    void aMockIsReachedByTheUidTheApiHandsOut() throws Exception {
        String name = "uid-" + run;
        String uid = api.post("mocks", Api.ADMIN, mock(name)).object("mock").getString("uid");
        assertEquals(name, api.get("mocks/" + uid, Api.ADMIN).object("mock").getString("id"));
        assertEquals(name, api.delete("mocks/" + uid, Api.ADMIN).object("mock").getString("id"));
    }

    private Api.Reply put(String name, String body, String ifMatch) throws Exception {
        return api.call("PUT", "mocks/" + name, Api.ADMIN, body, "If-Match", ifMatch);
    }

    private String mock(String name) {
        return "{\"mock\": {\"name\": \"" + name + "\", \"collection\": \"" + collection + "\"}}";
    }

    private static Path file(String name) {
        return ItHome.root().resolve("mocks/" + name + ".json");
    }
}
