package dev.mockhost.proxy;

import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.SharedValues;
import dev.mockhost.collection.V3FileReader;
import dev.mockhost.repository.HomeDirectory;
import dev.mockhost.repository.HomeLock;
import dev.mockhost.repository.HomeWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording into real files: where each answer lands, and the reason given when it does not. */
class RecorderTest {

    private static final String PET_REQUEST = """
            $kind: http-request
            name: Get pet
            url: "{{baseUrl}}/pets/:id"
            method: GET
            """;
    private static final String PET_EXAMPLE = """
            $kind: http-example
            response:
              statusCode: 200
              body:
                type: json
                content: '{"id":1}'
            """;

    @TempDir
    Path root;

    private final List<Path> reloaded = new ArrayList<>();

    private Recorder recorder(int maxBodyBytes, int maxExamples) {
        return recorder(ProxySettings.of("127.0.0.1", 1000, "", "password", maxBodyBytes, maxExamples, 500));
    }

    private Recorder recorder(ProxySettings settings) {
        HomeDirectory home = new HomeDirectory(root);
        return new Recorder(new HomeWriter(home, new HomeLock(home.data()), reloaded::addAll), settings);
    }

    private static Exchange call(String method, String path, String answer) {
        return new Exchange(method, List.of(path.substring(1).split("/")), "", List.of(), "", null,
                new Exchange.Upstream(200, List.of(new NameValue("Content-Type", "application/json")),
                        answer.getBytes(StandardCharsets.UTF_8)));
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void petDirectory(String folder) throws IOException {
        write(folder + "/Pets/Get pet.request.yaml", PET_REQUEST);
        write(folder + "/Pets/.resources/Get pet.resources/examples/One.example.yaml", PET_EXAMPLE);
    }

    @Test
    void v3AnswerJoinsTheExamplesOfTheMatchingRequest() throws Exception {
        petDirectory("collections/pets");
        Recording recording = recorder(1000, 5).record("pets", call("GET", "/pets/7", "{\"id\":7}"));
        assertEquals(Recorder.Saved.RECORDED, recording.saved(), recording.describe(settings()));
        Path saved = root.resolve("collections/pets/Pets/.resources/Get pet.resources/examples/Recorded 1.example.yaml");
        assertTrue(Files.exists(saved), "beside the request's own examples");
        assertFalse(Files.exists(root.resolve("collections/pets/Recorded")), "no Recorded folder");
        assertEquals("Get pet", recording.request());
        assertEquals("recorded as \"Recorded 1\" in collections/pets/Pets/.resources/Get pet.resources/examples/"
                + "Recorded 1.example.yaml, request \"Get pet\"", recording.describe(settings()));
        V3FileReader.SavedExample read = new V3FileReader().example("x", "Recorded 1", Files.readAllBytes(saved),
                new SharedValues());
        assertEquals("{\"id\":7}", new String(read.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("pets", "7"), read.request().url().path());
        assertEquals(List.of(saved), reloaded, "written files are reloaded");
    }

    @Test
    void v3AnswerEqualToAHandWrittenExampleIsNotSaved() throws IOException {
        petDirectory("collections/pets");
        Recording recording = recorder(1000, 5).record("pets", call("GET", "/pets/1", "{\"id\":1}"));
        assertEquals(Recorder.Saved.DUPLICATE, recording.saved());
        assertEquals("One", recording.example());
        assertTrue(reloaded.isEmpty(), "nothing written");
    }

    @Test
    void v3RequestHoldsAtMostTheLimitOfRecordedExamples() throws IOException {
        petDirectory("collections/pets");
        Recorder recorder = recorder(1000, 2);
        assertEquals(Recorder.Saved.RECORDED, recorder.record("pets", call("GET", "/pets/2", "{\"id\":2}")).saved());
        assertEquals(Recorder.Saved.RECORDED, recorder.record("pets", call("GET", "/pets/3", "{\"id\":3}")).saved());
        Recording third = recorder.record("pets", call("GET", "/pets/4", "{\"id\":4}"));
        assertEquals(Recorder.Saved.LIMIT, third.saved());
        assertTrue(third.describe(settings()).contains("mockhost.proxy.maxRecordedExamples"), third.describe(settings()));
        assertEquals(Recorder.Saved.DUPLICATE, recorder.record("pets", call("GET", "/pets/3", "{\"id\":3}")).saved(),
                "an equal answer is a duplicate, even past the limit");
    }

    @Test
    void v3CallWithoutARequestGetsOneUnderRecorded() throws IOException {
        petDirectory("collections/pets");
        Recording recording = recorder(1000, 5).record("pets", call("DELETE", "/pets/7", ""));
        assertEquals(Recorder.Saved.RECORDED, recording.saved());
        assertTrue(Files.exists(root.resolve("collections/pets/Recorded/DELETE pets 7.request.yaml")));
        assertTrue(Files.exists(root.resolve(
                "collections/pets/Recorded/.resources/DELETE pets 7.resources/examples/Recorded 1.example.yaml")));
    }

    @Test
    void v3RecordingAddsAtMostTheLimitOfRequests() throws IOException {
        petDirectory("collections/pets");
        ProxySettings oneRequest = ProxySettings.of("", 1000, "", "", 1000, 5, 1);
        Recorder recorder = recorder(oneRequest);
        assertEquals(Recorder.Saved.RECORDED, recorder.record("pets", call("DELETE", "/pets/1", "")).saved());
        Recording second = recorder.record("pets", call("DELETE", "/pets/2", ""));
        assertEquals(Recorder.Saved.REQUEST_LIMIT, second.saved());
        assertTrue(second.describe(oneRequest).contains("mockhost.proxy.maxRecordedRequests"));
        assertEquals(Recorder.Saved.RECORDED, recorder.record("pets", call("DELETE", "/pets/1", "{}")).saved(),
                "the request recording added takes another answer");
        assertEquals(Recorder.Saved.RECORDED, recorder.record("pets", call("GET", "/pets/3", "{\"id\":3}")).saved(),
                "the directory's own requests are not counted");
    }

    @Test
    void v3CollectionOfAPostmanFolderIsRecordedIntoInPlace() throws IOException {
        petDirectory("postman/collections/Pet Store");
        Recording recording = recorder(1000, 5).record("pet-store", call("GET", "/pets/9", "{\"id\":9}"));
        assertEquals(Recorder.Saved.RECORDED, recording.saved(), recording.describe(settings()));
        assertTrue(recording.file().startsWith("postman/collections/Pet Store/Pets/"), recording.file());
    }

    @Test
    void v21AnswerNamesItsItemAndExample() throws IOException {
        write("collections/shop.json", """
                {"info": {"name": "shop"}, "item": [{"name": "pet", "request": {"method": "GET",
                  "url": {"raw": "{{baseUrl}}/pets/:id", "path": ["pets", ":id"]}},
                  "response": [{"name": "one", "code": 200, "body": "{\\"id\\":1}"}]}]}""");
        Recorder recorder = recorder(1000, 5);
        Recording first = recorder.record("shop", call("GET", "/pets/5", "{\"id\":5}"));
        assertEquals(new Recording(Recorder.Saved.RECORDED, "collections/shop.json", "pet", "Recorded 1"), first);
        assertEquals(new Recording(Recorder.Saved.DUPLICATE, "collections/shop.json", "pet", "one"),
                recorder.record("shop", call("GET", "/pets/1", "{\"id\":1}")));
    }

    @Test
    void aRecordingInAPostmanExportAddsLinesAndChangesNone() throws IOException {
        Path file = root.resolve("collections/todo.json");
        Files.createDirectories(file.getParent());
        Files.copy(Path.of("src/test/resources/corpus/collections/todo.json"), file);
        List<String> before = Files.readAllLines(file);
        Recording recording = recorder(1000, 5).record("todo", call("GET", "/never/seen", "{\"new\":true}"));
        assertEquals(Recorder.Saved.RECORDED, recording.saved());
        List<String> after = Files.readAllLines(file);
        int matched = 0;
        for (String line : after) {
            if (matched < before.size() && line.equals(before.get(matched))) {
                matched++;
            }
        }
        assertEquals(before.size(), matched, "every line of the export is still there, in its order");
        assertTrue(after.size() > before.size());
        assertTrue(after.stream().anyMatch(l -> l.startsWith("\t\t\t\"name\": \"Recorded\"")), "Postman's tab");
    }

    @Test
    void answersThatCannotBeSavedSafelyAreNot() throws IOException {
        write("collections/shop.json", "{\"info\": {\"name\": \"shop\"}, \"item\": []}");
        Recorder recorder = recorder(10, 5);
        Recording large = recorder.record("shop", call("GET", "/big", "{\"text\":\"more than ten bytes\"}"));
        assertEquals(Recorder.Saved.TOO_LARGE, large.saved());
        assertTrue(large.describe(settings()).contains("mockhost.proxy.maxRecordedBodyBytes"));
        Exchange binary = new Exchange("GET", List.of("logo"), "", List.of(), "", null,
                new Exchange.Upstream(200, List.of(), new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertEquals(Recorder.Saved.NOT_TEXT, recorder.record("shop", binary).saved());
        assertEquals(Recorder.Saved.NO_COLLECTION_FILE, recorder.record("gone", call("GET", "/x", "{}")).saved());
        try (Stream<Path> files = Files.list(root.resolve("collections"))) {
            assertEquals(1, files.count(), "nothing written");
        }
    }

    private static ProxySettings settings() {
        return ProxySettings.of("", 1000, "", "", 10, 2, 500);
    }
}
