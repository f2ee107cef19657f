package dev.mockhost.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls every operation {@code /api/openapi.json} documents, against fixtures made for the purpose, and checks
 * that each is routed and answers one of the statuses documented for it: the description cannot drift.
 */
class OpenApiIT extends DeployedWar {

    private static final List<String> ORDER = List.of("GET", "POST", "PUT", "DELETE");

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        Api api = new Api(http);
        Api.Reply description = api.get("openapi.json", null);
        assertEquals(200, description.status(), "public, like /status");
        assertEquals("3.0.3", description.json().getString("openapi"));

        String run = UUID.randomUUID().toString().substring(0, 8);
        String collection = "oa-" + run;
        Map<String, String> ids = fixtures(api, run, collection);
        String items = "[{\"name\": \"r\", \"request\": {\"url\": \"/a\"}, \"response\": [{\"name\": \"e\"}]}]";
        Map<String, String> bodies = Map.ofEntries(
                Map.entry("POST /collections", "{\"collection\": {\"info\": {\"name\": \"oa2-" + run
                        + "\"}, \"item\": []}}"),
                Map.entry("PUT /collections/{id}", "{\"collection\": {\"info\": {\"name\": \"x\"}, \"item\": "
                        + items + "}}"),
                Map.entry("POST /environments", "{\"environment\": {\"name\": \"oa2-" + run
                        + "\", \"values\": []}}"),
                Map.entry("PUT /environments/{id}", "{\"environment\": {\"name\": \"x\", \"values\": []}}"),
                Map.entry("POST /mocks", "{\"mock\": {\"name\": \"oamock2-" + run + "\", \"collection\": \""
                        + collection + "\"}}"),
                Map.entry("PUT /mocks/{id}", "{\"mock\": {\"config\": {\"matchBody\": false}}}"),
                Map.entry("POST /mocks/{id}/server-responses", "{\"serverResponse\": {\"statusCode\": 500}}"),
                Map.entry("PUT /mocks/{id}/server-responses/{responseId}",
                        "{\"serverResponse\": {\"statusCode\": 501}}"),
                Map.entry("POST /quick-mocks", "{\"name\": \"oaq-" + run + "\"}"),
                Map.entry("POST /keys", "{\"key\": {\"name\": \"oak2-" + run + "\"}}"),
                Map.entry("PUT /keys/{name}", "{\"key\": {\"monthlyQuota\": 10}}"));

        List<String[]> operations = new ArrayList<>();
        JsonObject paths = description.json().getJsonObject("paths");
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream().filter(m -> !m.equals("parameters"))
                .forEach(method -> operations.add(new String[] {method.toUpperCase(), path})));
        // deletes last, the deepest paths first, so fixtures outlive what uses them
        operations.sort(Comparator.<String[]>comparingInt(o -> ORDER.indexOf(o[0]))
                .thenComparing(o -> -o[1].length()));
        assertEquals(36, operations.size());

        for (String[] operation : operations) {
            String method = operation[0];
            String path = operation[1];
            String concrete = path.substring(1).replace("{responseId}", ids.get("responseId"))
                    .replace("{name}", ids.get("key"));
            if (concrete.contains("{id}")) {
                concrete = concrete.replace("{id}", ids.get(path.split("/")[1]));
            }
            Api.Reply reply = api.call(method, concrete, Api.ADMIN, bodies.get(method + " " + path));
            JsonObject documented = paths.getJsonObject(path).getJsonObject(method.toLowerCase())
                    .getJsonObject("responses");
            String what = method + " " + path + " -> " + reply;
            assertFalse("notFoundError".equals(reply.errorName()) || reply.status() == 405, "not routed: " + what);
            assertTrue(documented.containsKey(Integer.toString(reply.status())), "undocumented status: " + what);
            assertTrue(reply.status() < 400, "fixtures make every call succeed: " + what);
        }
    }

    /** A collection, an environment, a mock with a server response, and a key, for the path parameters. */
    private static Map<String, String> fixtures(Api api, String run, String collection) throws Exception {
        api.post("collections", Api.ADMIN, "{\"collection\": {\"info\": {\"name\": \"" + collection + "\"}, "
                + "\"item\": [{\"name\": \"r\", \"request\": {\"url\": \"/a\"}, \"response\": [{\"name\": \"e\"}]}]}}");
        String environment = api.post("environments", Api.ADMIN, "{\"environment\": {\"name\": \"oa-" + run
                + "\", \"values\": []}}").object("environment").getString("id");
        String mock = "oam-" + run;
        api.post("mocks", Api.ADMIN, "{\"mock\": {\"name\": \"" + mock + "\", \"collection\": \"" + collection
                + "\"}}");
        String response = api.post("mocks/" + mock + "/server-responses", Api.ADMIN, "{\"serverResponse\": "
                + "{\"statusCode\": 503}}").object("serverResponse").getString("id");
        String key = "oak-" + run;
        api.key(key, "viewer", "{}", "null");
        // the collection's own mock would keep it "in use" by nobody; a second collection is deleted instead
        String spare = api.post("collections", Api.ADMIN, "{\"collection\": {\"info\": {\"name\": \"oas-" + run
                + "\"}, \"item\": []}}").object("collection").getString("id");
        return Map.of("collections", spare, "environments", environment, "mocks", mock, "responseId", response,
                "key", key);
    }
}
