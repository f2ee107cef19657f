package dev.mockhost.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/mocks}, publish, server responses, call logs and quick mocks: routes, permissions, bad input. */
class MocksApiIT extends DeployedWar {

    private Api api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String collection;
    private String viewer;
    private String editor;
    private String outsider;

    @BeforeEach
    void fixtures() throws Exception {
        api = new Api(http);
        collection = "api-" + run;
        viewer = api.key("mv-" + run, "viewer", "{\"" + collection + "\": \"view\"}", "null");
        editor = api.key("me-" + run, "editor", "{\"" + collection + "\": \"edit\"}", "null");
        outsider = api.key("mo-" + run, "viewer", "{}", "null");
        Api.Reply created = api.post("collections", Api.ADMIN, "{\"collection\": {\"info\": {\"name\": \""
                + collection + "\"}, \"item\": [{\"name\": \"r\", \"request\": {\"url\": \"/items/:id\"}, "
                + "\"response\": [{\"name\": \"item\", \"code\": 200, \"header\": [{\"key\": \"Content-Type\", "
                + "\"value\": \"application/json\"}], \"body\": \"{\\\"id\\\": \\\"{{id}}\\\"}\"}]}]}}");
        assertEquals(200, created.status(), created.text());
    }

    private String mockBody(String name, String extra) {
        return "{\"mock\": {\"name\": \"" + name + "\", \"collection\": \"" + collection + "\"" + extra + "}}";
    }

    @Test
    void mockLifecycleWithPermissions() throws Exception {
        String name = "m-" + run;
        assertEquals(403, api.post("mocks", viewer, mockBody(name, "")).status(), "viewers cannot create");
        Api.Reply created = api.post("mocks", editor, mockBody(name, ", \"private\": true, \"config\": "
                + "{\"delay\": {\"type\": \"fixed\", \"duration\": 5}, \"matchBody\": true}"));
        assertEquals(200, created.status(), created.text());
        JsonObject mock = created.object("mock");
        assertEquals(name, mock.getString("id"));
        assertEquals(base + name, mock.getString("mockUrl"));
        assertTrue(mock.getBoolean("private"));
        assertEquals(5, mock.getJsonObject("config").getJsonObject("delay").getInt("min"));
        assertTrue(mock.getJsonObject("config").getBoolean("matchBody"));
        assertTrue(mock.getJsonObject("config").getJsonArray("headers").isEmpty());
        assertTrue(Files.readString(ItHome.root().resolve("mocks/" + name + ".json")).contains("\"private\": true"));

        assertEquals(401, http.get(name + "/items/7").statusCode(), "private");
        HttpResponse<String> call = http.get(name + "/items/7", "x-api-key", viewer);
        assertEquals(200, call.statusCode());
        assertEquals("{\"id\": \"7\"}", call.body());

        assertEquals(200, api.get("mocks/" + name, viewer).status());
        Api.Reply hidden = api.get("mocks/" + name, outsider);
        Api.Reply missing = api.get("mocks/none-" + run, outsider);
        assertEquals(404, hidden.status(), "a key learns nothing of mocks it may not see");
        assertEquals(missing.text().replace("none-" + run, name), hidden.text(), "the answer of a mock that is not");
        assertTrue(mockIds(api.get("mocks", viewer)).contains(name));
        assertFalse(mockIds(api.get("mocks", outsider)).contains(name));

        assertEquals(403, api.put("mocks/" + name, viewer, "{\"mock\": {\"private\": false}}").status());
        Api.Reply changed = api.put("mocks/" + name, editor, "{\"mock\": {\"config\": {\"matchQueryParams\": false}}}");
        assertEquals(200, changed.status(), changed.text());
        assertFalse(changed.object("mock").getJsonObject("config").getBoolean("matchQueryParams"));
        assertTrue(changed.object("mock").getBoolean("private"), "unchanged fields stay");

        assertFalse(api.post("mocks/" + name + "/publish", editor, null).object("mock").getBoolean("private"));
        assertEquals(200, http.get(name + "/items/7").statusCode(), "published: no key needed");
        assertTrue(api.delete("mocks/" + name + "/publish", editor).object("mock").getBoolean("private"));
        assertEquals(401, http.get(name + "/items/7").statusCode(), "unpublished: private again");

        assertEquals(403, api.delete("mocks/" + name, viewer).status());
        assertEquals(200, api.delete("mocks/" + name, editor).status());
        assertEquals(404, api.get("mocks/" + name, editor).status());
        assertEquals(404, http.get(name + "/items/7").statusCode());
    }

    @Test
    void changingAMockWhoseFileIsBrokenIsAConflictAndKeepsItPrivate() throws Exception {
        String name = "brk-" + run;
        assertEquals(200, api.post("mocks", Api.ADMIN, mockBody(name, ", \"private\": true")).status());
        java.nio.file.Path file = ItHome.root().resolve("mocks/" + name + ".json");
        String good = Files.readString(file);
        ItHome.write(file, good.replace("\"private\": true", "\"private\": true,,"));
        http.await("api/status", java.time.Duration.ofSeconds(5), r -> StatusDocument.parse(r.body())
                .errorFor("mocks/" + name + ".json").isPresent());
        Api.Reply change = api.put("mocks/" + name, Api.ADMIN, "{\"mock\": {\"config\": {\"matchBody\": true}}}");
        assertEquals(409, change.status(), change.text());
        assertEquals(409, api.post("mocks/" + name + "/publish", Api.ADMIN, null).status());
        assertTrue(Files.readString(file).contains(",,"), "the broken file was not rewritten");
        assertEquals(401, http.get(name + "/items/1").statusCode(), "still private: its last good version");
    }

    @Test
    void onlyAdminsMakeAnotherKeyPayForAMock() throws Exception {
        String owner = "mv-" + run;
        Api.Reply refused = api.post("mocks", editor, mockBody("own-" + run, ", \"owner\": \"" + owner + "\""));
        assertEquals(403, refused.status(), refused.text());
        String self = "me-" + run;
        assertEquals(200, api.post("mocks", editor, mockBody("own-" + run, ", \"owner\": \"" + self + "\"")).status(),
                "an editor may pay for its own mocks");
        assertEquals(200, api.put("mocks/own-" + run, editor, "{\"mock\": {\"private\": true}}").status(),
                "changing other fields keeps the owner");
        assertEquals(200, api.put("mocks/own-" + run, Api.ADMIN, "{\"mock\": {\"owner\": \"" + owner + "\"}}")
                .status(), "an admin may choose any owner");
    }

    @Test
    void aServerResponseWrittenByHandWithoutStatusIsA500AndCanBeActivated() throws Exception {
        String name = "hand-" + run;
        api.post("mocks", Api.ADMIN, mockBody(name, ""));
        java.nio.file.Path file = ItHome.root().resolve("mocks/" + name + ".json");
        ItHome.write(file, Files.readString(file).replaceFirst("\\{", "{\"serverResponses\": [{\"id\": \"down\", "
                + "\"body\": \"by hand\"}], "));
        http.await("api/mocks/" + name + "/server-responses", java.time.Duration.ofSeconds(5),
                r -> r.body().contains("\"down\""), "x-api-key", Api.ADMIN);
        Api.Reply activated = api.put("mocks/" + name + "/server-responses/down", Api.ADMIN,
                "{\"serverResponse\": {\"active\": true}}");
        assertEquals(200, activated.status(), activated.text());
        assertEquals(500, activated.object("serverResponse").getInt("statusCode"));
        assertEquals(500, http.get(name + "/items/1").statusCode());
    }

    @Test
    void implicitMocksAreListedAndCannotBeDeleted() throws Exception {
        Api.Reply implicit = api.get("mocks/" + collection, Api.ADMIN);
        assertEquals(200, implicit.status());
        assertTrue(implicit.object("mock").getBoolean("implicit"));
        assertEquals(409, api.delete("mocks/" + collection, Api.ADMIN).status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "reserved name | {\"mock\": {\"name\": \"console\", \"collection\": \"%s\"}} | 400 | name",
            "slash in name | {\"mock\": {\"name\": \"a/b\", \"collection\": \"%s\"}} | 400 | name",
            "unknown collection | {\"mock\": {\"name\": \"n-%s\", \"collection\": \"nope\"}} | 400 | collection",
            "unknown environment | {\"mock\": {\"name\": \"n-%s\", \"collection\": \"%1$s\", \"environment\": \"nope\"}} | 400 | environment",
            "unknown owner | {\"mock\": {\"name\": \"n-%s\", \"collection\": \"%1$s\", \"owner\": \"nobody\"}} | 400 | owner",
            "bad delay | {\"mock\": {\"name\": \"n-%s\", \"collection\": \"%1$s\", \"config\": {\"delay\": {\"min\": 9, \"max\": 1}}}} | 400 | -",
            "no wrapper | {\"name\": \"n\"} | 400 | mock",
    })
    void badMocksAreRefused(String what, String body, int status, String field) throws Exception {
        Api.Reply reply = api.post("mocks", Api.ADMIN, body.formatted(collection));
        assertEquals(status, reply.status(), reply.text());
        if (!field.equals("-")) {
            assertEquals(field, reply.errorField(), reply.text());
        }
    }

    @Test
    void duplicateMockIsAConflict() throws Exception {
        String name = "dup-" + run;
        assertEquals(200, api.post("mocks", Api.ADMIN, mockBody(name, "")).status());
        assertEquals(409, api.post("mocks", Api.ADMIN, mockBody(name, "")).status());
    }

    @Test
    void serverResponsesAnswerEveryCallWhileActive() throws Exception {
        String name = "sr-" + run;
        api.post("mocks", Api.ADMIN, mockBody(name, ""));
        assertEquals(403, api.post("mocks/" + name + "/server-responses", viewer, "{\"serverResponse\": "
                + "{\"statusCode\": 503}}").status());
        Api.Reply invalid = api.post("mocks/" + name + "/server-responses", editor, "{\"serverResponse\": "
                + "{\"statusCode\": 404}}");
        assertEquals(400, invalid.status());
        assertEquals("statusCode", invalid.errorField());

        Api.Reply created = api.post("mocks/" + name + "/server-responses", editor, "{\"serverResponse\": "
                + "{\"name\": \"Down\", \"statusCode\": 503, \"headers\": [{\"key\": \"Retry-After\", \"value\": "
                + "\"30\"}], \"body\": \"maintenance\", \"active\": true}}");
        assertEquals(200, created.status(), created.text());
        String id = created.object("serverResponse").getString("id");
        assertTrue(created.object("serverResponse").getBoolean("active"));
        HttpResponse<String> down = http.get(name + "/items/1");
        assertEquals(503, down.statusCode());
        assertEquals("maintenance", down.body());
        assertEquals("30", down.headers().firstValue("Retry-After").orElse(""));
        assertEquals(503, http.get(name + "/nothing/here").statusCode(), "every call, matched or not");

        assertEquals(1, api.get("mocks/" + name + "/server-responses", viewer).json()
                .getJsonArray("serverResponses").size());
        assertEquals("Down", api.get("mocks/" + name + "/server-responses/" + id, viewer).object("serverResponse")
                .getString("name"));
        Api.Reply changed = api.put("mocks/" + name + "/server-responses/" + id, editor,
                "{\"serverResponse\": {\"statusCode\": 502}}");
        assertEquals(502, changed.object("serverResponse").getInt("statusCode"));
        assertEquals(502, http.get(name + "/items/1").statusCode());
        assertEquals(id, api.get("mocks/" + name, editor).object("mock").getJsonObject("config")
                .getString("serverResponseId"));

        api.put("mocks/" + name + "/server-responses/" + id, editor, "{\"serverResponse\": {\"active\": false}}");
        assertEquals(200, http.get(name + "/items/1").statusCode(), "inactive: examples answer again");
        assertEquals(200, api.delete("mocks/" + name + "/server-responses/" + id, editor).status());
        assertEquals(404, api.get("mocks/" + name + "/server-responses/" + id, editor).status());
    }

    @Test
    void callLogsAreNewestFirstPagedAndMasked() throws Exception {
        String name = "log-" + run;
        api.post("mocks", Api.ADMIN, mockBody(name, ""));
        for (int i = 1; i <= 5; i++) {
            http.get(name + "/items/" + i + "?q=" + i, "x-api-key", editor, "Authorization", "Bearer secret-token",
                    "Cookie", "session=secret", "X-Visible", "v" + i);
        }
        http.get(name + "/no/match");
        Api.Reply first = api.get("mocks/" + name + "/call-logs?limit=2", viewer);
        assertEquals(200, first.status(), first.text());
        List<JsonObject> page = first.json().getJsonArray("call-logs").getValuesAs(JsonObject.class);
        assertEquals(2, page.size());
        assertEquals(404, page.get(0).getJsonObject("response").getInt("statusCode"), "newest first");
        assertTrue(page.get(0).isNull("responseName"), "nothing matched");
        JsonObject fifth = page.get(1);
        assertEquals("item", fifth.getString("responseName"));
        assertEquals("q=5", fifth.getJsonObject("request").getString("query"));
        assertEquals("{\"id\": \"5\"}", fifth.getJsonObject("response").getString("body"));
        String headers = fifth.getJsonObject("request").getJsonArray("headers").toString();
        assertTrue(headers.contains("\"v5\""), headers);
        assertFalse(headers.contains(editor) || headers.contains("secret-token") || headers.contains("session="),
                "credentials are masked: " + headers);
        assertTrue(headers.contains("[masked]"), headers);

        String cursor = first.json().getJsonObject("meta").getString("nextCursor");
        Api.Reply second = api.get("mocks/" + name + "/call-logs?limit=10&cursor=" + cursor, viewer);
        List<JsonObject> rest = second.json().getJsonArray("call-logs").getValuesAs(JsonObject.class);
        assertEquals(4, rest.size());
        assertEquals("q=4", rest.get(0).getJsonObject("request").getString("query"));
        assertTrue(second.json().getJsonObject("meta").isNull("nextCursor"), "the last page");
        assertEquals(400, api.get("mocks/" + name + "/call-logs?cursor=abc", viewer).status());
        assertEquals(404, api.get("mocks/" + name + "/call-logs", outsider).status());
    }

    @Test
    void callLogsTakeThePostmanApisParameters() throws Exception {
        String name = "query-" + run;
        api.post("mocks", Api.ADMIN, mockBody(name, ""));
        String before = java.time.Instant.now().minusSeconds(1).toString();
        http.get(name + "/items/1");
        http.get(name + "/items/2");
        http.send("POST", name + "/items/3", "{}");
        http.get(name + "/nothing/here");
        String logs = "mocks/" + name + "/call-logs";

        List<JsonObject> misses = records(logs + "?responseStatusCode=404");
        assertEquals(2, misses.size(), "the POST and the unknown path: " + misses);
        assertEquals(List.of("error", "error"), misses.stream().map(r -> r.getString("responseType")).toList());
        assertEquals("/nothing/here", misses.get(0).getJsonObject("request").getString("path"),
                "the path below the mock, as its examples name it");
        assertEquals(List.of("/items/1", "/items/2"), records(logs + "?direction=asc&responseType=example").stream()
                .map(r -> r.getJsonObject("request").getString("path")).toList());
        assertEquals(1, records(logs + "?requestMethod=post").size());
        assertEquals(1, records(logs + "?requestPath=/items/2").size());
        assertEquals(4, records(logs + "?sort=servedAt&since=" + before).size());
        assertEquals(0, records(logs + "?until=" + before).size());
        JsonObject slim = records(logs + "?limit=1&include=response.body").get(0);
        assertFalse(slim.getJsonObject("request").containsKey("headers"), slim.toString());
        assertFalse(slim.getJsonObject("request").containsKey("body"), slim.toString());
        assertFalse(slim.getJsonObject("response").containsKey("headers"), slim.toString());
        assertTrue(slim.getJsonObject("response").getString("body").contains("mockRequestNotFoundError"));

        for (String wrong : List.of("sort=name", "direction=up", "responseType=ok", "responseStatusCode=abc",
                "since=yesterday", "include=everything")) {
            Api.Reply refused = api.get(logs + "?" + wrong, viewer);
            String field = wrong.substring(0, wrong.indexOf('='));
            assertEquals(400, refused.status(), wrong);
            assertTrue(refused.text().contains(field), wrong + ": " + refused.text());
        }
    }

    private List<JsonObject> records(String path) throws Exception {
        Api.Reply reply = api.get(path, viewer);
        assertEquals(200, reply.status(), reply.text());
        return reply.json().getJsonArray("call-logs").getValuesAs(JsonObject.class);
    }

    @Test
    void everyAnswerExplainsItselfInTheCallLogAndOnRequest() throws Exception {
        String name = "why-" + run;
        api.post("mocks", Api.ADMIN, mockBody(name, ""));
        HttpResponse<String> hit = http.get(name + "/items/7", "x-mock-explain", "true");
        assertEquals(200, hit.statusCode());
        String line = hit.headers().firstValue("x-mock-explanation").orElseThrow();
        assertTrue(line.startsWith("matched: \"item\"") && line.contains("path wildcard segments, score 80"), line);
        assertTrue(http.get(name + "/items/7").headers().firstValue("x-mock-explanation").isEmpty(), "only asked");
        HttpResponse<String> miss = http.get(name + "/item/7");
        assertEquals(404, miss.statusCode());
        assertTrue(miss.body().contains("mockRequestNotFoundError"), "Postman's body stays as it is");

        List<JsonObject> logs = api.get("mocks/" + name + "/call-logs", viewer).json().getJsonArray("call-logs")
                .getValuesAs(JsonObject.class);
        JsonObject missed = logs.get(0);
        JsonObject why = missed.getJsonObject("explanation");
        assertEquals("no example matched", why.getString("summary"));
        JsonObject near = why.getJsonArray("nearest").getJsonObject(0);
        assertEquals("item", near.getString("name"));
        assertEquals("path segment 1: saved \"items\", the call has \"item\"", near.getString("failed"));
        JsonObject plain = logs.get(1);
        assertEquals("wildcard segments", plain.getString("matchStep"));
        assertEquals(80, plain.getJsonNumber("score").doubleValue(), 0.001);
        assertFalse(plain.containsKey("explanation"), "a plain hit logs its step and score only");
        assertTrue(logs.get(2).containsKey("explanation"), "an asked-for explanation is logged");
    }

    @Test
    void examplesAreListedWithAUrlAHeaderAndACurlLineThatReachThem() throws Exception {
        String name = "ex-" + run;
        api.post("mocks", Api.ADMIN, mockBody(name, ", \"private\": true"));
        Api.Reply page = api.get("mocks/" + name + "/examples", viewer);
        assertEquals(200, page.status(), page.text());
        JsonObject example = page.json().getJsonArray("examples").getJsonObject(0);
        assertEquals(base + name + "/items/:id", example.getString("url"));
        assertEquals(1, page.json().getJsonObject("meta").getInt("total"));
        String curl = example.getString("curl");
        assertTrue(curl.contains("-H \"x-api-key: $MOCKHOST_KEY\"") && curl.contains("x-mock-response-id: "
                + example.getString("id")), curl);
        HttpResponse<String> called = http.get(example.getString("url").substring(base.toString().length()), "x-api-key",
                viewer, "x-mock-response-id", example.getJsonObject("headers").getString("x-mock-response-id"));
        assertEquals(200, called.statusCode(), called.body());
        assertEquals(404, api.get("mocks/" + name + "/examples", outsider).status());
        assertEquals(404, api.get("mocks/" + name + "/examples", null).status(), "nor a call without a key");
    }

    @Test
    void theApiAndTheConsoleCannotBeFramedSniffedOrMadeToRunScript() throws Exception {
        for (String path : List.of("api/status", "api/mocks", "console/index.html")) {
            HttpResponse<String> response = http.get(path);
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"),
                    path + ": " + policy);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        assertTrue(http.get("petstore/pets").headers().firstValue("Content-Security-Policy").isEmpty(),
                "a mock answers with what its example saved");
    }

    @Test
    void quickMockCreatesACollectionAndAMock() throws Exception {
        String name = "quick-" + run;
        String body = "{\"name\": \"" + name + "\", \"method\": \"post\", \"path\": \"/orders\", \"status\": 201, "
                + "\"body\": \"{\\\"ok\\\": true}\", \"contentType\": \"application/json\"}";
        assertEquals(403, api.post("quick-mocks", editor, body).status(), "no edit grant on the new name");
        Api.Reply created = api.post("quick-mocks", Api.ADMIN, body);
        assertEquals(200, created.status(), created.text());
        assertEquals(base + name, created.object("mock").getString("mockUrl"));
        HttpResponse<String> call = http.send("POST", name + "/orders", "{}");
        assertEquals(201, call.statusCode());
        assertEquals("{\"ok\": true}", call.body());
        assertEquals("application/json", call.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Files.exists(ItHome.collection(name + ".json")));
        assertEquals(409, api.post("quick-mocks", Api.ADMIN, body).status());
        Api.Reply badStatus = api.post("quick-mocks", Api.ADMIN, "{\"name\": \"q2-" + run + "\", \"status\": 99}");
        assertEquals("status", badStatus.errorField());
        assertEquals("path", api.post("quick-mocks", Api.ADMIN, "{\"name\": \"q3-" + run + "\", \"path\": "
                + "\"orders\"}").errorField());
        assertEquals("name", api.post("quick-mocks", Api.ADMIN, "{\"name\": \"../x\"}").errorField());
        assertNull(api.get("me", null).errorField());
    }

    private static List<String> mockIds(Api.Reply list) {
        return list.json().getJsonArray("mocks").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id"))
                .toList();
    }
}
