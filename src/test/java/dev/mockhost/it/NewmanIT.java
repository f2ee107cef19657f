package dev.mockhost.it;

import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.Example;
import dev.mockhost.collection.PostmanCollection;
import dev.mockhost.collection.RequestItem;
import dev.mockhost.collection.SavedRequest;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * newman, Postman's own runner, runs real corpus collections against the mock serving them, with their base URL
 * variable pointed at it: no request error, and every request that has an example saved for exactly that request
 * gets that example's status (the first by id with status 200, else the first, when several are).
 */
class NewmanIT extends DeployedWar {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"todo, url", "portman-oas-methods, baseUrl", "roxy-tarot, baseUrl",
            "roxy-numerology, baseUrl"})
    void collectionRunsAgainstItsMock(String name, String baseVariable) throws Exception {
        Path corpusFile = ItHome.corpus().resolve("collections/" + name + ".json");
        String mock = "newman-" + name;
        ItHome.write(ItHome.collection(mock + ".json"), Files.readString(corpusFile));
        http.await("api/status", Duration.ofSeconds(5), r -> StatusDocument.parse(r.body()).mock(mock).isPresent());

        JsonObject run = Newman.run(corpusFile, Map.of(baseVariable, base + mock),
                Path.of("target/newman/" + name + ".json"));

        PostmanCollection collection = new CollectionReader().read(name, Files.readAllBytes(corpusFile)).value();
        List<JsonObject> executions = run.getJsonArray("executions").getValuesAs(JsonObject.class);
        assertEquals(collection.requests().size(), executions.size(), "every request ran");
        assertEquals(0, run.getJsonObject("stats").getJsonObject("requests").getInt("failed"));
        int checked = 0;
        for (int i = 0; i < executions.size(); i++) {
            JsonObject execution = executions.get(i);
            RequestItem item = collection.requests().get(i);
            assertEquals(item.name(), execution.getJsonObject("item").getString("name"));
            assertFalse(execution.containsKey("requestError"), item.name() + ": " + execution.get("requestError"));
            Example expected = savedFor(item);
            if (expected != null) {
                assertEquals(expected.code(), execution.getJsonObject("response").getInt("code"),
                        item.name() + " should answer with example \"" + expected.name() + "\"");
                checked++;
            }
        }
        assertTrue(checked >= executions.size() * 3 / 4, checked + " of " + executions.size() + " checked");
    }

    /** The example saved for exactly this request, by Postman's tie rule when several are. */
    private static Example savedFor(RequestItem item) {
        List<Example> same = new ArrayList<>();
        for (Example example : item.examples()) {
            if (sameRequest(example.request(), item.request())) {
                same.add(example);
            }
        }
        same.sort(Comparator.comparing(Example::id));
        return same.stream().filter(e -> e.code() == 200).findFirst().orElse(same.isEmpty() ? null : same.get(0));
    }

    private static boolean sameRequest(SavedRequest a, SavedRequest b) {
        return a.method().equals(b.method()) && a.url().path().equals(b.url().path())
                && a.url().query().equals(b.url().query()) && a.body().equals(b.body());
    }
}
