package dev.mockhost.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Postman's Git layout on a real Tomcat: v2.1 files and v3 directories side by side, a mounted checkout's
 * {@code postman/} in the home and one elsewhere named by a setting, the collection people wrote in v3 with its
 * environment, a checkout whose files are not valid YAML reported file by file, and a burst of 1,000 changed files
 * settling into one reload.
 */
class V3CheckoutIT {

    private static final Path CORPUS_V3 = Path.of("src/test/resources/corpus-v3").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void aHomeServesJsonFilesAndTheV3CheckoutInItsPostmanFolder() throws Exception {
        Path home = work.resolve("home");
        ItHome.copyCorpus("collections/todo.json", home.resolve("collections/todo.json"));
        ItHome.copyTree(CORPUS_V3.resolve("real/precisely-dis-apis/postman"), home.resolve("postman"));
        ItHome.write(home.resolve("mocks/dis.json"), "{\"name\": \"dis\", \"collection\": \"dis-apis\", "
                + "\"environment\": \"PRD-US\"}");
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString())))) {
            Http http = new Http(tomcat.baseUrl());
            StatusDocument status = StatusDocument.parse(http.get("api/status").body());
            assertEquals(List.of(), status.json().getJsonArray("errors"), status.json().toString());
            assertTrue(status.mock("todo").isPresent());
            JsonObject dis = status.mock("dis").orElseThrow();
            assertEquals(245, dis.getInt("examples"), "every example of the collection people wrote in v3");
            assertEquals("PRD-US", dis.getString("environment"), "with its environment");
            assertEquals("DIS APIs", dis.getString("collectionName"));
            assertEquals("postman/collections/DIS APIs", dis.getString("file"));
            HttpResponse<String> answer = http.get("dis/v2/catalog/relation-types?limit=20",
                    "x-mock-response-code", "401");
            assertEquals(401, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"statusCode\": 401"), answer.body());
            assertEquals(200, http.get("todo/todos").statusCode(), "the v2.1 file beside it");
        }
    }

    @Test
    void aCheckoutElsewhereIsServedAndItsInvalidFilesAreReportedOneByOne() throws Exception {
        Path home = work.resolve("home");
        ItHome.copyCorpus("collections/todo.json", home.resolve("collections/todo.json"));
        Path checkout = work.resolve("checkout");
        ItHome.copyTree(CORPUS_V3.resolve("real/adguard-hostlist-invalid/postman"), checkout.resolve("postman"));
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString(), "MOCKHOST_POSTMAN_DIR", checkout.toString())))) {
            Http http = new Http(tomcat.baseUrl());
            StatusDocument status = StatusDocument.parse(http.get("api/status").body());
            assertTrue(status.mock("todo").isPresent());
            assertTrue(status.mock("api-openapi").isPresent(), status.json().toString());
            assertTrue(status.mock("api-cloudflare").isPresent(), "served from the files that read");
            List<JsonObject> errors = status.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .toList();
            assertTrue(errors.size() >= 55, "every invalid file: " + errors.size());
            for (JsonObject error : errors) {
                assertTrue(error.getString("file").startsWith("postman/collections/API - Cloudflare/"),
                        error.toString());
                assertTrue(error.getInt("line") > 0 && error.getInt("column") > 0, error.toString());
            }
            assertTrue(status.json().getJsonArray("mocks").stream().anyMatch(m -> m.asJsonObject()
                    .getString("name").equals("api-openapi") && m.asJsonObject().getInt("examples") == 150));

            Path fixed = checkout.resolve("postman/collections/API - Cloudflare/new.request.yaml");
            ItHome.write(fixed, "url: \"{{baseUrl}}/fresh\"\nmethod: GET\n");
            ItHome.write(checkout.resolve("postman/collections/API - Cloudflare/.resources/new.resources/examples/"
                    + "OK.example.yaml"), "response:\n  statusCode: 201\n  body:\n    type: text\n    content: new\n");
            HttpResponse<String> fresh = http.await("api-cloudflare/fresh", Duration.ofSeconds(10),
                    r -> r.statusCode() == 201);
            assertEquals("new", fresh.body(), "a change in a checkout elsewhere is picked up");
        }
    }

    @Test
    void aBurstOfAThousandChangedFilesSettlesIntoOneReload() throws Exception {
        Path home = work.resolve("home");
        Path collection = home.resolve("collections/burst");
        int requests = 500;
        writeBurstCollection(collection, requests, 1);
        try (TomcatProcess tomcat = TomcatProcess.start(work.resolve("tomcat"), TomcatProcess.Options.tomcat10()
                .environment(Map.of("MOCKHOST_HOME", home.toString())))) {
            Http http = new Http(tomcat.baseUrl());
            assertEquals("v1 item 500", http.get("burst/items/500").body());
            long before = StatusDocument.parse(http.get("api/status").body()).generation();
            long start = System.nanoTime();
            writeBurstCollection(collection, requests, 2); // in place, file after file, as git checkout writes
            double writing = (System.nanoTime() - start) / 1e9;
            HttpResponse<String> last = http.await("burst/items/" + requests, Duration.ofSeconds(20),
                    r -> r.body().equals("v2 item " + requests));
            assertEquals("v2 item " + requests, last.body());
            Thread.sleep(1500); // a second reload, if any, would land by now
            long after = StatusDocument.parse(http.get("api/status").body()).generation();
            System.out.printf("a burst of %d files written in %.2f s: %d reload(s)%n", 2 * requests, writing,
                    after - before);
            assertEquals(1, after - before, "one reload for the whole burst, so no call saw half of it");
            for (int i = 1; i <= requests; i += 37) {
                assertEquals("v2 item " + i, http.get("burst/items/" + i).body());
            }
        }
    }

    private static void writeBurstCollection(Path collection, int requests, int version) throws IOException {
        for (int i = 1; i <= requests; i++) {
            Path request = collection.resolve("r" + i + ".request.yaml");
            Path example = collection.resolve(".resources/r" + i + ".resources/examples/OK.example.yaml");
            Files.createDirectories(example.getParent());
            Files.writeString(request, "url: /items/" + i + "\nmethod: GET\norder: " + i + "\ndescription: v"
                    + version + "\n");
            Files.writeString(example, "response:\n  statusCode: 200\n  body:\n    type: text\n    content: v"
                    + version + " item " + i + "\n");
        }
    }
}
