package dev.mockhost.proxy;

import dev.mockhost.collection.Jsonp;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class V21PlacementTest {

    private static final String COLLECTION = """
            {"info": {"name": "shop"}, "item": [
              {"name": "Pets", "item": [
                {"name": "get pet", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/pets/:id",
                  "path": ["pets", ":id"]}}, "response": [{"name": "one", "code": 200, "body": "{}"}]}]}]}""";

    private static JsonObject json(String text) {
        return Jsonp.PROVIDER.createReader(new StringReader(text)).readObject();
    }

    private static V21Placement.Placed place(JsonObject collection, JsonObject example, String method,
                                             List<String> path, int limit) {
        return V21Placement.place(collection, example, method, path, limit, 500);
    }

    @Test
    void recordingAddsAtMostTheLimitOfRequestsToACollection() {
        var first = V21Placement.place(json(COLLECTION), example("GET", List.of("a"), "", "1"), "GET", List.of("a"), 5,
                2);
        var second = V21Placement.place(first.collection(), example("GET", List.of("b"), "", "2"), "GET",
                List.of("b"), 5, 2);
        assertEquals(V21Placement.Result.ADDED, second.result());
        var third = V21Placement.place(second.collection(), example("GET", List.of("c"), "", "3"), "GET",
                List.of("c"), 5, 2);
        assertEquals(V21Placement.Result.REQUEST_LIMIT, third.result(), "a third path would be a third request");
        var again = V21Placement.place(second.collection(), example("GET", List.of("a"), "", "4"), "GET",
                List.of("a"), 5, 2);
        assertEquals(V21Placement.Result.ADDED, again.result(), "a request recording added takes more examples");
        var existing = V21Placement.place(second.collection(), example("GET", List.of("pets", "9"), "", "5"), "GET",
                List.of("pets", "9"), 5, 2);
        assertEquals(V21Placement.Result.ADDED, existing.result(), "the collection's own requests are not counted");
    }

    private static JsonObject example(String method, List<String> path, String query, String body) {
        return V21Placement.example(method, path, query, List.of(), "", 200, List.of(), body);
    }

    @Test
    void matchingItemReceivesTheExample() {
        var placed = place(json(COLLECTION), example("GET", List.of("pets", "7"), "", "{\"id\":7}"),
                "GET", List.of("pets", "7"), 5);
        assertEquals(V21Placement.Result.ADDED, placed.result());
        var responses = placed.collection().getJsonArray("item").getJsonObject(0).getJsonArray("item")
                .getJsonObject(0).getJsonArray("response");
        assertEquals(2, responses.size());
        assertEquals("Recorded 1", responses.getJsonObject(1).getString("name"));
        assertEquals(1, placed.collection().getJsonArray("item").size(), "no Recorded folder");
    }

    @Test
    void otherMethodGoesToANewItemInRecorded() {
        var placed = place(json(COLLECTION), example("DELETE", List.of("pets", "7"), "", ""),
                "DELETE", List.of("pets", "7"), 5);
        var folder = placed.collection().getJsonArray("item").getJsonObject(1);
        assertEquals("Recorded", folder.getString("name"));
        assertEquals("DELETE /pets/7", folder.getJsonArray("item").getJsonObject(0).getString("name"));
    }

    @Test
    void secondUnmatchedPathJoinsTheExistingRecordedFolder() {
        var first = place(json(COLLECTION), example("GET", List.of("a"), "", "1"), "GET", List.of("a"), 5);
        var second = place(first.collection(), example("GET", List.of("b"), "", "2"), "GET",
                List.of("b"), 5);
        assertEquals(2, second.collection().getJsonArray("item").size());
        assertEquals(2, second.collection().getJsonArray("item").getJsonObject(1).getJsonArray("item").size());
    }

    @Test
    void sameCallAndAnswerIsNeverSavedTwice() {
        JsonObject example = example("GET", List.of("pets", "7"), "q=1", "{\"id\":7}");
        var first = place(json(COLLECTION), example, "GET", List.of("pets", "7"), 5);
        var second = place(first.collection(), example, "GET", List.of("pets", "7"), 5);
        assertEquals(V21Placement.Result.DUPLICATE, second.result());
        assertNull(second.collection());
    }

    @Test
    void otherQueryIsNotADuplicate() {
        var first = place(json(COLLECTION), example("GET", List.of("pets", "7"), "q=1", "x"), "GET",
                List.of("pets", "7"), 5);
        var second = place(first.collection(), example("GET", List.of("pets", "7"), "q=2", "x"), "GET",
                List.of("pets", "7"), 5);
        assertEquals(V21Placement.Result.ADDED, second.result());
    }

    @Test
    void limitCapsRecordedExamplesPerRequest() {
        var first = place(json(COLLECTION), example("GET", List.of("pets", "7"), "", "a"), "GET",
                List.of("pets", "7"), 1);
        var second = place(first.collection(), example("GET", List.of("pets", "8"), "", "b"), "GET",
                List.of("pets", "8"), 1);
        assertEquals(V21Placement.Result.LIMIT, second.result());
    }

    @Test
    void aRequestBodyIsSavedRawAndNoTextBodySavesNone() {
        // a multipart call has no text body: its fields are in the call log, not in the example
        JsonObject with = V21Placement.example("POST", List.of("pets"), "", List.of(), "{\"a\":1}", 201, List.of(),
                "ok");
        JsonObject without = V21Placement.example("POST", List.of("pets"), "", List.of(), "", 201, List.of(), "ok");
        JsonObject body = with.getJsonObject("originalRequest").getJsonObject("body");
        assertEquals("raw", body.getString("mode"));
        assertEquals("{\"a\":1}", body.getString("raw"));
        assertFalse(without.getJsonObject("originalRequest").containsKey("body"));
    }

    @Test
    void variableSegmentsMatchAnyValue() {
        assertEquals(true, V21Placement.pathMatches(List.of("pets", ":id"), List.of("pets", "1")));
        assertEquals(true, V21Placement.pathMatches(List.of("{{v}}"), List.of("x")));
        assertEquals(false, V21Placement.pathMatches(List.of("pets"), List.of("pets", "1")));
        assertEquals(false, V21Placement.pathMatches(List.of("cats", ":id"), List.of("pets", "1")));
    }
}
