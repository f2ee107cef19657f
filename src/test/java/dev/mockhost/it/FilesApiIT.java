package dev.mockhost.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/collections} and {@code /api/environments}: every route, every permission, bad input. */
class FilesApiIT extends DeployedWar {

    private Api api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String name;
    private String viewer;
    private String editor;
    private String outsider;

    @BeforeEach
    void keys() throws Exception {
        api = new Api(http);
        name = "shop-" + run;
        viewer = api.key("fv-" + run, "viewer", "{\"" + name + "\": \"view\"}", "null");
        editor = api.key("fe-" + run, "editor", "{\"" + name + "\": \"edit\"}", "null");
        outsider = api.key("fo-" + run, "editor", "{}", "null");
    }

    private String collection(String title, String body) {
        return "{\"collection\": {\"info\": {\"name\": \"" + title + "\", \"schema\": "
                + "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"}, \"item\": [{\"name\": "
                + "\"r\", \"request\": {\"url\": \"/hello\"}, \"response\": [{\"name\": \"e\", \"code\": 200, "
                + "\"body\": \"" + body + "\"}]}]}}";
    }

    @Test
    void collectionLifecycleWithPermissions() throws Exception {
        assertEquals(403, api.post("collections", outsider, collection(name, "x")).status(),
                "an editor without an edit grant on the new id");
        Api.Reply created = api.post("collections", editor, collection(name, "first"));
        assertEquals(200, created.status(), created.text());
        JsonObject summary = created.object("collection");
        assertEquals(name, summary.getString("id"));
        assertEquals("mockhost-" + name, summary.getString("uid"));
        assertEquals(name, summary.getString("name"));
        assertEquals(1, summary.getInt("examples"));
        Path file = ItHome.collection(name + ".json");
        assertTrue(Files.readString(file).contains("\n  "), "written indented, for review");
        assertEquals("first", http.get(name + "/hello").body(), "served at once as a public mock");

        assertTrue(ids(api.get("collections", viewer)).contains(name));
        assertFalse(ids(api.get("collections", outsider)).contains(name), "not granted: not listed");
        assertEquals(403, api.get("collections/" + name, outsider).status());
        Api.Reply read = api.get("collections/" + name, viewer);
        assertEquals(200, read.status());
        assertEquals(name, read.object("collection").getJsonObject("info").getString("name"));

        assertEquals(403, api.put("collections/" + name, viewer, collection(name, "nope")).status());
        assertEquals(200, api.put("collections/" + name, editor, collection(name, "second")).status());
        assertEquals("second", http.get(name + "/hello").body());

        assertEquals(403, api.delete("collections/" + name, viewer).status());
        assertEquals(200, api.delete("collections/" + name, editor).status());
        assertEquals(404, api.get("collections/" + name, Api.ADMIN).status());
        assertEquals(404, http.get(name + "/hello").statusCode(), "no longer served");
        assertEquals(404, api.put("collections/" + name, Api.ADMIN, collection(name, "x")).status());
        assertEquals(404, api.delete("collections/" + name, Api.ADMIN).status());
    }

    @Test
    void sameNameTwiceGetsAnotherIdAndACollectionInUseCannotBeDeleted() throws Exception {
        String first = api.post("collections", Api.ADMIN, collection("Twin " + run, "a")).object("collection")
                .getString("id");
        String second = api.post("collections", Api.ADMIN, collection("Twin " + run, "b")).object("collection")
                .getString("id");
        assertEquals("twin-" + run, first);
        assertEquals("twin-" + run + "-2", second);
        assertEquals(200, api.post("mocks", Api.ADMIN, "{\"mock\": {\"name\": \"uses-" + run + "\", "
                + "\"collection\": \"" + first + "\"}}").status());
        Api.Reply inUse = api.delete("collections/" + first, Api.ADMIN);
        assertEquals(409, inUse.status());
        assertTrue(inUse.text().contains("uses-" + run), inUse.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "v1 collection | {\"collection\": {\"id\": \"x\", \"name\": \"old\", \"order\": [], \"requests\": []}} | collection | v1",
            "no item list | {\"collection\": {\"info\": {\"name\": \"n\"}}} | collection | item",
            "no wrapper | {\"info\": {\"name\": \"n\"}, \"item\": []} | collection | must be",
            "not an object | {\"collection\": [1]} | collection | must be",
    })
    void unusableCollectionsAre400(String what, String body, String field, String message) throws Exception {
        Api.Reply reply = api.post("collections", Api.ADMIN, body);
        assertEquals(400, reply.status(), reply.text());
        assertEquals(field, reply.errorField());
        assertTrue(reply.text().contains(message), reply.text());
    }

    @Test
    void malformedJsonIs400WithItsPosition() throws Exception {
        Api.Reply reply = api.post("collections", Api.ADMIN, "{\n  \"collection\": {,}\n}");
        assertEquals(400, reply.status());
        assertTrue(reply.text().contains("line 2, column 18"), reply.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"..%2Fkeys%2Fadmin", "a%2Fb", "%2E%2E", "api", "con%01sole"})
    void idsThatAreNotOneSafeSegmentAre400(String id) throws Exception {
        Api.Reply reply = api.put("collections/" + id, Api.ADMIN, collection("x", "y"));
        assertTrue(reply.status() == 400 || reply.status() == 404, reply.text());
        if (reply.status() == 400) {
            assertEquals("id", reply.errorField(), reply.text());
        }
        assertFalse(Files.exists(ItHome.root().resolve("keys/admin.json.json")));
    }

    @Test
    void environmentsLifecycle() throws Exception {
        String body = "{\"environment\": {\"name\": \"Env " + run + "\", \"values\": [{\"key\": \"a\", \"value\": "
                + "\"1\", \"enabled\": true}]}}";
        assertEquals(403, api.post("environments", viewer, body).status(), "viewers do not write environments");
        Api.Reply created = api.post("environments", editor, body);
        assertEquals(200, created.status(), created.text());
        String id = created.object("environment").getString("id");
        assertEquals("env-" + run, id);
        assertEquals(1, created.object("environment").getInt("values"));
        assertTrue(ids(api.get("environments", viewer)).contains(id), "any key reads environments");
        assertEquals("1", api.get("environments/" + id, viewer).object("environment").getJsonArray("values")
                .getJsonObject(0).getString("value"));
        assertEquals(200, api.put("environments/" + id, editor, body.replace("\"1\"", "\"2\"")).status());
        assertEquals(400, api.put("environments/" + id, editor, "{\"environment\": {\"name\": \"x\"}}").status(),
                "no values list");
        assertEquals(200, api.delete("environments/" + id, editor).status());
        assertEquals(404, api.get("environments/" + id, editor).status());
    }

    @Test
    void environmentsFollowTheMocksThatUseThem() throws Exception {
        String env = "secrets-" + run;
        assertEquals(200, api.post("environments", Api.ADMIN, "{\"environment\": {\"name\": \"" + env
                + "\", \"values\": [{\"key\": \"token\", \"value\": \"s3cr3t\"}]}}").status());
        assertEquals(200, api.get("environments/" + env, outsider).status(), "used by no mock: readable");
        assertEquals(200, api.post("collections", Api.ADMIN, collection(name, "x")).status());
        assertEquals(200, api.post("mocks", Api.ADMIN, "{\"mock\": {\"name\": \"env-user-" + run
                + "\", \"collection\": \"" + name + "\", \"environment\": \"" + env + "\", \"private\": true}}")
                .status());
        assertEquals(403, api.get("environments/" + env, outsider).status(), "used by a mock it may not see");
        assertFalse(ids(api.get("environments", outsider)).contains(env));
        assertEquals(200, api.get("environments/" + env, viewer).status(), "used by a mock it may see");
        String change = "{\"environment\": {\"name\": \"" + env + "\", \"values\": []}}";
        assertEquals(403, api.put("environments/" + env, outsider, change).status(),
                "an editor without edit on the collection of a mock using it");
        assertEquals(403, api.put("environments/" + env, viewer, change).status());
        assertEquals(200, api.put("environments/" + env, editor, change).status(), "may edit that collection");
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws Exception {
        api.post("collections", Api.ADMIN, collection("Temp " + run, "t"));
        for (String folder : List.of("collections", "environments", "mocks", "keys")) {
            try (Stream<Path> files = Files.list(ItHome.root().resolve(folder))) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), folder);
            }
        }
    }

    @Test
    void aV3CollectionIsListedReadableAsV21AndManagedInItsDirectory() throws Exception {
        Api.Reply list = api.get("collections", Api.ADMIN);
        JsonObject summary = list.json().getJsonArray("collections").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("id").equals("orders-api")).findFirst().orElseThrow();
        assertEquals("v3", summary.getString("format"));
        assertEquals("Orders API", summary.getString("name"));
        assertEquals(5, summary.getInt("examples"));
        assertTrue(list.json().getJsonArray("collections").stream().anyMatch(c -> c.asJsonObject()
                .getString("id").equals("petstore") && c.asJsonObject().getString("format").equals("v2.1")));

        Api.Reply read = api.get("collections/orders-api", Api.ADMIN);
        assertEquals(200, read.status(), read.text());
        JsonObject v21 = read.object("collection");
        assertTrue(v21.getJsonObject("info").getString("schema").contains("/v2.1.0/"));
        var parsed = new dev.mockhost.collection.CollectionReader().read("orders-api",
                v21.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).value();
        assertEquals(5, parsed.exampleCount(), "a v2.1 reader finds every example");
        assertEquals(List.of("Orders"), parsed.requests().get(0).folders());

        for (Api.Reply refused : List.of(api.put("collections/orders-api", Api.ADMIN, collection("x", "y")),
                api.delete("collections/orders-api", Api.ADMIN))) {
            assertEquals(409, refused.status(), refused.text());
            assertTrue(refused.text().contains("managed in its directory collections/Orders API"), refused.text());
        }
        assertTrue(Files.exists(ItHome.collection("Orders API/.resources/definition.yaml")), "nothing deleted");
        assertEquals(200, http.get("orders-api/health").statusCode());
        Api.Reply again = api.post("collections", Api.ADMIN, collection("Orders API", "z"));
        assertEquals("orders-api-2", again.object("collection").getString("id"), "an upload never takes its id");
        assertEquals(200, api.delete("collections/orders-api-2", Api.ADMIN).status());
    }

    @Test
    void aYamlEnvironmentIsReadableAndManagedInItsFile() throws Exception {
        String id = "yaml-" + run;
        Path file = ItHome.root().resolve("environments/" + id + ".environment.yaml");
        ItHome.write(file, "name: " + id + "\nvalues:\n  - key: host\n    value: off\n");
        http.await("api/environments/" + id, java.time.Duration.ofSeconds(5), r -> r.statusCode() == 200,
                "x-api-key", Api.ADMIN);
        Api.Reply read = api.get("environments/" + id, Api.ADMIN);
        assertEquals(200, read.status(), read.text());
        assertEquals("off", read.object("environment").getJsonArray("values").getJsonObject(0).getString("value"),
                "off stays the text off");
        Api.Reply refused = api.put("environments/" + id, Api.ADMIN, "{\"environment\": {\"name\": \"x\", "
                + "\"values\": []}}");
        assertEquals(409, refused.status(), refused.text());
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(ItHome.root().resolve("environments/" + id + ".json")), "no JSON written beside it");
        Files.delete(file);
    }

    private static List<String> ids(Api.Reply list) {
        assertEquals(200, list.status(), list.text());
        String key = list.json().containsKey("collections") ? "collections" : "environments";
        return list.json().getJsonArray(key).getValuesAs(JsonObject.class).stream().map(o -> o.getString("id"))
                .toList();
    }
}
