package dev.mockhost.it;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files dropped into, broken in and removed from the mounted directory, while the server runs. */
class ReloadIT extends DeployedWar {

    private static final Duration WITHIN = Duration.ofSeconds(3);

    @Test
    void newCollectionIsServedWithinThreeSeconds() throws Exception {
        ItHome.copyCorpus("collections/todo.json", ItHome.collection("reload-new.json"));
        long start = System.nanoTime();
        HttpResponse<String> response = http.await("api/status", WITHIN,
                r -> StatusDocument.parse(r.body()).mock("reload-new").isPresent());
        assertTrue(StatusDocument.parse(response.body()).mock("reload-new").isPresent(), response.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(WITHIN) < 0);
        assertEquals(200, http.get("reload-new/todos").statusCode());
    }

    @Test
    void brokenFileKeepsItsLastGoodVersionAndIsReported() throws Exception {
        Path file = ItHome.collection("reload-broken.json");
        ItHome.copyCorpus("collections/todo.json", file);
        http.await("reload-broken/todos", WITHIN, r -> r.statusCode() == 200);
        assertEquals(200, http.get("reload-broken/todos").statusCode());

        ItHome.write(file, "{\n  \"info\": {\"name\": \"broken\"},\n  \"item\": [,]\n}\n");
        String name = "collections/reload-broken.json";
        HttpResponse<String> status = http.await("api/status", WITHIN,
                r -> StatusDocument.parse(r.body()).errorFor(name).isPresent());
        JsonObject error = StatusDocument.parse(status.body()).errorFor(name).orElseThrow();
        assertEquals(3, error.getInt("line"), error.toString());
        assertEquals(12, error.getInt("column"), error.toString());
        assertTrue(error.getString("message").contains("not valid JSON"), error.toString());
        assertEquals(200, http.get("reload-broken/todos").statusCode(), "last good version still served");

        ItHome.copyCorpus("collections/todo.json", file);
        status = http.await("api/status", WITHIN, r -> StatusDocument.parse(r.body()).errorFor(name).isEmpty());
        assertTrue(StatusDocument.parse(status.body()).errorFor(name).isEmpty(), "error cleared: " + status.body());
    }

    @Test
    void deletedCollectionIsNoLongerServed() throws Exception {
        Path file = ItHome.collection("reload-deleted.json");
        ItHome.copyCorpus("collections/todo.json", file);
        http.await("reload-deleted/todos", WITHIN, r -> r.statusCode() == 200);
        Files.delete(file);
        HttpResponse<String> response = http.await("reload-deleted/todos", WITHIN, r -> r.statusCode() == 404);
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("mockNotFoundError"), response.body());
    }

    @Test
    void statusListsEveryMockWithItsUrl() throws Exception {
        HttpResponse<String> response = http.get("api/status");
        assertEquals(200, response.statusCode());
        JsonObject petstore = StatusDocument.parse(response.body()).mock("petstore").orElseThrow();
        assertEquals(10, petstore.getInt("examples"));
        assertEquals(base + "petstore", petstore.getString("mockUrl"));
        assertEquals("collections/petstore.json", petstore.getString("file"));
        assertEquals("petstore", petstore.getString("environment"));
    }
}
