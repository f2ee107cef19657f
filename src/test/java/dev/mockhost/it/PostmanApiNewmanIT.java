package dev.mockhost.it;

import dev.mockhost.collection.Jsonp;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Mocks" folder of the Postman API's own collection (from the corpus, unchanged but for its host), run by
 * newman against Mockhost's API: every request answers 200 in the Postman API's shape. Its requests use Postman's
 * ids: collection and environment uids ({@code 1679925-39fee52f-...}) in "Create Mock", which Mockhost resolves
 * through the {@code _postman_id} and {@code id} inside its files, and {@code {{mock_uid}}}, here the uid Mockhost
 * hands out ({@code mockhost-<name>}).
 */
class PostmanApiNewmanIT extends DeployedWar {

    private static final String POSTMAN_API = "https://api.getpostman.com";
    /** The ids "Create Mock" names, after the owner part of their uids. */
    private static final String COLLECTION_POSTMAN_ID = "39fee52f-b806-3ffa-1173-00a6f5b183dc";
    private static final String ENVIRONMENT_POSTMAN_ID = "0b9e9f15-3208-a2b1-22e0-d58392f01524";
    /** Fixed names, so a run cleans what an interrupted one left: one file may hold each Postman id. */
    private static final String COLLECTION = "postman-api-newman";
    private static final String ENVIRONMENT = "postman-api-newman-env";
    private static final List<String> REQUESTS = List.of("All Mocks", "Single Mock", "Create Mock", "Delete Mock");

    private Api api;
    private final String doomed = "newman-doomed-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void fixtures() throws Exception {
        api = new Api(http);
        clean();
        post("collections", "{\"collection\": {\"info\": {\"_postman_id\": \"" + COLLECTION_POSTMAN_ID
                + "\", \"name\": \"" + COLLECTION + "\"}, \"item\": [{\"name\": \"r\", \"request\": "
                + "{\"url\": \"/things\"}, \"response\": [{\"name\": \"things\", \"code\": 200, \"body\": \"[]\"}]}]}}");
        post("environments", "{\"environment\": {\"id\": \"" + ENVIRONMENT_POSTMAN_ID + "\", \"name\": \""
                + ENVIRONMENT + "\", \"values\": [{\"key\": \"host\", \"value\": \"example.org\"}]}}");
        post("mocks", "{\"mock\": {\"name\": \"" + doomed + "\", \"collection\": \"" + COLLECTION + "\"}}");
    }

    @AfterEach
    void clean() throws Exception {
        for (JsonObject mock : api.get("mocks", Api.ADMIN).json().getJsonArray("mocks")
                .getValuesAs(JsonObject.class)) {
            if (COLLECTION.equals(mock.getString("collection")) && !mock.getBoolean("implicit")) {
                api.delete("mocks/" + mock.getString("id"), Api.ADMIN);
            }
        }
        api.delete("collections/" + COLLECTION, Api.ADMIN);
        api.delete("environments/" + ENVIRONMENT, Api.ADMIN);
    }

    @Test
    void theMocksFolderOfThePostmanApiCollectionRunsAgainstMockhost() throws Exception {
        Path collection = pointedAtMockhost(ItHome.corpus().resolve("collections/postman-api.json"),
                Path.of("target/newman/postman-api-mockhost.json"));
        String uid = "mockhost-" + doomed;

        JsonObject run = Newman.run(collection, Map.of("postman_api_key", Api.ADMIN, "mock_uid", uid),
                Path.of("target/newman/postman-api-mocks.json"), "--folder", "Mocks");

        Map<String, JsonObject> answers = answers(run);
        assertEquals(REQUESTS, List.copyOf(answers.keySet()), "the folder's four requests ran, in order");

        JsonObject all = ok(answers, "All Mocks");
        assertFalse(all.getJsonArray("mocks").isEmpty());
        for (JsonObject mock : all.getJsonArray("mocks").getValuesAs(JsonObject.class)) {
            hasStrings(mock, "id", "uid", "collection", "mockUrl");
        }
        assertTrue(all.getJsonArray("mocks").getValuesAs(JsonObject.class).stream()
                .anyMatch(mock -> mock.getString("uid").equals(uid)));

        JsonObject single = ok(answers, "Single Mock").getJsonObject("mock");
        hasStrings(single, "id", "uid", "collection", "mockUrl");
        assertEquals(doomed, single.getString("id"), "found by its uid");

        JsonObject created = ok(answers, "Create Mock").getJsonObject("mock");
        hasStrings(created, "id", "uid", "collection", "environment", "mockUrl");
        assertEquals(COLLECTION, created.getString("collection"), "the Postman uid named this collection");
        assertEquals(ENVIRONMENT, created.getString("environment"), "the Postman uid named this environment");
        assertEquals(base + created.getString("id"), created.getString("mockUrl"));

        JsonObject deleted = ok(answers, "Delete Mock").getJsonObject("mock");
        assertEquals(doomed, deleted.getString("id"));
        assertEquals(uid, deleted.getString("uid"));
        assertEquals(404, api.get("mocks/" + doomed, Api.ADMIN).status(), "deleted by its uid");
    }

    /** The collection with each request's literal Postman API URL replaced by this server's API. */
    private Path pointedAtMockhost(Path original, Path copy) throws Exception {
        JsonObject collection;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(original))) {
            collection = reader.readObject();
        }
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, repointed(collection, base + "api").toString());
        return copy;
    }

    /**
     * A request's URL object becomes its raw string: newman builds the URL from the object's host and path parts,
     * so changing only {@code raw} would still call api.getpostman.com.
     */
    private static JsonValue repointed(JsonValue value, String api) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder out = Jsonp.PROVIDER.createArrayBuilder();
            array.forEach(item -> out.add(repointed(item, api)));
            return out.build();
        }
        if (!(value instanceof JsonObject object)) {
            return value;
        }
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder();
        object.forEach((key, field) -> {
            String raw = key.equals("url") ? rawUrl(field) : null;
            out.add(key, raw != null && raw.startsWith(POSTMAN_API)
                    ? Json.createValue(api + raw.substring(POSTMAN_API.length())) : repointed(field, api));
        });
        return out.build();
    }

    private static String rawUrl(JsonValue url) {
        if (url instanceof JsonString text) {
            return text.getString();
        }
        return url instanceof JsonObject object ? object.getString("raw", null) : null;
    }

    /** Each request's name and its answer's body, parsed, with its status as {@code "status"}. */
    private static Map<String, JsonObject> answers(JsonObject run) {
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        for (JsonObject execution : run.getJsonArray("executions").getValuesAs(JsonObject.class)) {
            String name = execution.getJsonObject("item").getString("name");
            assertFalse(execution.containsKey("requestError"), name + ": " + execution.get("requestError"));
            JsonObject response = execution.getJsonObject("response");
            JsonObject body = parse(bytes(response.getJsonObject("stream")));
            answers.put(name, Jsonp.PROVIDER.createObjectBuilder(body).add("status", response.getInt("code"))
                    .build());
        }
        return answers;
    }

    private static JsonObject ok(Map<String, JsonObject> answers, String name) {
        JsonObject answer = answers.get(name);
        assertEquals(200, answer.getInt("status"), name + ": " + answer);
        return answer;
    }

    private static void hasStrings(JsonObject object, String... fields) {
        for (String field : fields) {
            assertTrue(object.get(field) instanceof JsonString s && !s.getString().isEmpty(),
                    "\"" + field + "\" in " + object);
        }
    }

    /** newman reports a body as a Node Buffer: {@code {"type": "Buffer", "data": [bytes]}}. */
    private static byte[] bytes(JsonObject buffer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (JsonNumber b : buffer.getJsonArray("data").getValuesAs(JsonNumber.class)) {
            out.write(b.intValue());
        }
        return out.toByteArray();
    }

    private static JsonObject parse(byte[] body) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private void post(String path, String body) throws Exception {
        Api.Reply reply = api.post(path, Api.ADMIN, body);
        assertEquals(200, reply.status(), path + ": " + reply);
    }
}
