package dev.mockhost.collection;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CollectionReaderTest {

    private static final String V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
    private static final String V20 = "https://schema.getpostman.com/json/collection/v2.0.0/collection.json";

    private final CollectionReader reader = new CollectionReader();

    private Parsed<PostmanCollection> read(String json) throws InvalidFileException {
        return reader.read("collections/t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private Problem problem(String json) {
        return problem(json.getBytes(StandardCharsets.UTF_8));
    }

    private Problem problem(byte[] bytes) {
        return assertThrows(InvalidFileException.class, () -> reader.read("collections/t.json", bytes)).problem();
    }

    @Test
    void readsV21WithFoldersVariablesAndExamples() throws Exception {
        PostmanCollection collection = read("""
                {"info": {"_postman_id": "c1", "name": "Shop", "schema": "%s"},
                 "variable": [{"key": "baseUrl", "value": "https://x"}, {"key": "off", "value": "1", "disabled": true}],
                 "item": [{"name": "Folder", "item": [{"name": "Inner", "item": [
                   {"name": "Get", "request": {"method": "get", "url": {"raw": "{{baseUrl}}/a/:id?x=1",
                       "host": ["{{baseUrl}}"], "path": ["a", ":id"], "query": [{"key": "x", "value": "1"},
                       {"key": "y", "value": "2", "disabled": true}], "variable": [{"key": "id", "value": "7"}]}},
                    "response": [{"id": "e1", "name": "ok", "code": 200, "status": "OK",
                       "header": [{"key": "A", "value": "1"}, {"key": "B", "value": "2", "disabled": true}],
                       "body": "{}", "_postman_previewlanguage": "json"}]}]}]}]}
                """.formatted(V21)).value();
        assertEquals("Shop", collection.name());
        assertEquals(CollectionSchema.V2_1, collection.schema());
        assertEquals(List.of(new NameValue("baseUrl", "https://x")), collection.variables());
        RequestItem item = collection.requests().get(0);
        assertEquals(List.of("Folder", "Inner"), item.folders());
        assertEquals("GET", item.request().method());
        Example example = item.examples().get(0);
        assertEquals(List.of("a", ":id"), example.request().url().path(), "parent request stands in");
        assertEquals(List.of(new NameValue("x", "1")), example.request().url().query());
        assertEquals(List.of(new NameValue("A", "1")), example.headers());
        assertEquals(1, example.line() > 0 ? 1 : 0);
    }

    @Test
    void readsV20WithStringUrlsAndRawHeaderString() throws Exception {
        PostmanCollection collection = read("""
                {"info": {"name": "Old", "schema": "%s"}, "item": [
                  {"name": "r", "request": {"url": "https://h/x/y?q=1", "method": "POST"},
                   "response": [{"name": "e", "originalRequest": {"url": "https://h/x/z", "method": "POST"},
                     "code": 201, "header": "Content-Type: text/plain\\n// X-Off: 1\\nX-On: yes", "body": "hi"}]}]}
                """.formatted(V20)).value();
        Example example = collection.requests().get(0).examples().get(0);
        assertEquals(CollectionSchema.V2_0, collection.schema());
        assertEquals(List.of("x", "z"), example.request().url().path());
        assertEquals(List.of(new NameValue("Content-Type", "text/plain"), new NameValue("X-On", "yes")),
                example.headers());
        assertEquals("Created", example.status(), "reason phrase derived from the code");
    }

    @Test
    void draftWithoutSchemaAndRequestAsString() throws Exception {
        PostmanCollection collection = read("""
                {"info": {"name": "Draft"}, "item": [{"name": "r", "request": "https://h/plain",
                  "response": [{"name": "e", "body": "x"}]}]}
                """).value();
        assertEquals(CollectionSchema.DRAFT_V2, collection.schema());
        Example example = collection.requests().get(0).examples().get(0);
        assertEquals("GET", example.request().method());
        assertEquals(List.of("plain"), example.request().url().path());
        assertEquals(200, example.code(), "an example without code answers 200");
    }

    @Test
    void exampleWithInvalidCodeIsLeftOutAndReportedWithItsLine() throws Exception {
        Parsed<PostmanCollection> parsed = read("""
                {"info": {"name": "c", "schema": "%s"}, "item": [{"name": "r", "request": {"url": "/a"},
                  "response": [
                    {"name": "good", "code": "404"},
                    {"name": "bad", "code": 1000}
                  ]}]}
                """.formatted(V21));
        assertEquals(1, parsed.value().exampleCount());
        assertEquals(404, parsed.value().requests().get(0).examples().get(0).code());
        Problem warning = parsed.warnings().get(0);
        assertEquals(4, warning.line());
        assertTrue(warning.message().contains("\"bad\""), warning.message());
    }

    @Test
    void examplesWithoutIdGetStableDistinctIds() throws Exception {
        String json = """
                {"info": {"_postman_id": "fixed", "name": "c"}, "item": [{"name": "r", "request": {"url": "/a"},
                  "response": [{"name": "one"}, {"name": "two"}]}]}
                """;
        List<Example> first = read(json).value().requests().get(0).examples();
        List<Example> again = read(json).value().requests().get(0).examples();
        assertEquals(first.get(0).id(), again.get(0).id());
        assertNotEquals(first.get(0).id(), first.get(1).id());
    }

    @Test
    void bodyModesAreRead() throws Exception {
        PostmanCollection collection = read("""
                {"info": {"name": "c"}, "item": [
                  {"name": "u", "request": {"method": "POST", "url": "/u", "body": {"mode": "urlencoded",
                    "urlencoded": [{"key": "a", "value": "1"}, {"key": "b", "value": "2", "disabled": true}]}}},
                  {"name": "g", "request": {"method": "POST", "url": "/g", "body": {"mode": "graphql",
                    "graphql": {"query": "{ a }", "variables": "{\\"x\\": 1}"}}}},
                  {"name": "d", "request": {"method": "POST", "url": "/d", "body": {"mode": "raw", "raw": "x",
                    "disabled": true}}}]}
                """).value();
        RequestBody urlencoded = collection.requests().get(0).request().body();
        assertEquals(BodyMode.URLENCODED, urlencoded.mode());
        assertEquals(List.of(new NameValue("a", "1")), urlencoded.pairs());
        assertEquals("{\"query\":\"{ a }\",\"variables\":{\"x\":1}}", collection.requests().get(1).request().body().text());
        assertEquals(BodyMode.NONE, collection.requests().get(2).request().body().mode());
    }

    @Test
    void v1CollectionIsAClearError() {
        Problem problem = problem("{\"id\": \"x\", \"name\": \"old\", \"order\": [], \"requests\": []}");
        assertTrue(problem.message().contains("v1"), problem.message());
        assertTrue(problem.message().contains("v2.1"), problem.message());
    }

    @Test
    void unknownSchemaIsAClearError() {
        Problem problem = problem("{\"info\": {\"name\": \"x\", \"schema\": \"https://example.com/v9.json\"}, "
                + "\"item\": []}");
        assertTrue(problem.message().contains("unsupported collection schema"), problem.message());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Problem problem = problem("{\n  \"info\": {},\n  \"item\": [1,,2]\n}");
        assertEquals("collections/t.json", problem.file());
        assertEquals(3, problem.line());
        assertEquals(14, problem.column());
    }

    @Test
    void invalidUtf8NamesItsPosition() {
        byte[] bytes = "{\"info\": {\"name\": \"ab\"},\n \"item\": [\"xy\"]}".getBytes(StandardCharsets.UTF_8);
        bytes[33] = (byte) 0xC3;
        bytes[34] = (byte) 0x28;
        Problem problem = problem(bytes);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("UTF-8"), problem.message());
    }

    @Test
    void notAnObjectNotACollectionAndEmptyAreClearErrors() {
        assertTrue(problem("[1, 2]").message().contains("JSON array"));
        assertTrue(problem("{\"info\": {\"name\": \"x\"}}").message().contains("no \"item\" list"));
        assertTrue(problem("").message().contains("empty"));
        assertTrue(problem("{} trailing").message().contains("after the end"));
        assertTrue(problem("{\"a\": tru}").message().contains("Unexpected character '}'"),
                problem("{\"a\": tru}").message());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String where : List.of("{\"info\": {}, \"item\": [{\"name\": \"r\", \"request\": " + deep + "}]}",
                "{\"info\": {}, \"item\": [], \"skipped\": " + deep + "}", "{\"item\": [" + deep + "]}")) {
            Problem problem = problem(where);
            assertTrue(problem.message().contains("nested deeper"), problem.message());
        }
        assertTrue(problem(deep).message().contains("JSON array"), "a deep array is not a collection at all");
    }

    @Test
    void hugeNumbersAsCodesAreWarningsNotHangs() throws Exception {
        Parsed<PostmanCollection> parsed = read("""
                {"info": {"name": "c"}, "item": [{"name": "r", "request": {"url": "/a"},
                  "response": [{"name": "big", "code": 1e999999999}]}]}
                """);
        assertEquals(0, parsed.value().exampleCount());
        assertEquals(1, parsed.warnings().size());
    }

    @Test
    void moreExamplesThanTheLimitIsAnErrorNamingTheSettingAndWhere() throws Exception {
        String three = """
                {"info": {"name": "x"}, "item": [
                  {"name": "a", "request": {"url": "/a"}, "response": [{"code": 200}, {"code": 404}]},
                  {"name": "b", "request": {"url": "/b"}, "response": [
                    {"code": 200}]}]}
                """;
        byte[] bytes = three.getBytes(StandardCharsets.UTF_8);
        assertEquals(3, new CollectionReader(3, () -> false).read("collections/t.json", bytes).value().exampleCount());
        Problem problem = assertThrows(InvalidFileException.class,
                () -> new CollectionReader(2, () -> false).read("collections/t.json", bytes)).problem();
        assertTrue(problem.message().contains("more than 2 examples"), problem.message());
        assertTrue(problem.message().contains("mockhost.maxExamplesPerMock"), problem.message());
        assertEquals(4, problem.line(), "the first example past the limit");
    }

    @Test
    void readingStopsWhenTheHeapIsNearlyFull() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new dev.mockhost.bench.GeneratedCollection("big", dev.mockhost.bench.GeneratedCollection.IdKind.NUMERIC,
                600, 1).writeTo(out);
        byte[] bytes = out.toByteArray();
        assertEquals(600, new CollectionReader(1000, () -> false).read("collections/big.json", bytes).value()
                .exampleCount());
        Problem problem = assertThrows(InvalidFileException.class,
                () -> new CollectionReader(1000, () -> true).read("collections/big.json", bytes)).problem();
        assertTrue(problem.message().startsWith("too large for the heap: "), problem.message());
        assertTrue(problem.message().contains("512 examples read"), problem.message());
    }

    @Test
    void itemsBeforeTheInfoGetTheSameIdsAsAfterIt() throws Exception {
        String items = "\"item\": [{\"name\": \"r\", \"request\": {\"url\": \"/a\"}, \"response\": [{\"code\": 200}]}]";
        String info = "\"info\": {\"name\": \"Same\"}";
        var after = reader.read("collections/t.json", ("{" + info + ", " + items + "}").getBytes(StandardCharsets.UTF_8));
        var before = reader.read("collections/t.json", ("{" + items + ", " + info + "}").getBytes(StandardCharsets.UTF_8));
        assertEquals(after.value().requests().get(0).examples().get(0).id(),
                before.value().requests().get(0).examples().get(0).id());
        assertEquals("Same", before.value().name());
    }

    @Test
    void aFolderNamedAfterItsItemsStillNamesThem() throws Exception {
        String late = "{\"info\": {\"name\": \"x\"}, \"item\": [{\"item\": [{\"name\": \"r\", \"request\": "
                + "{\"url\": \"/a\"}, \"response\": []}], \"name\": \"Late\"}]}";
        assertEquals(List.of("Late"), reader.read("collections/t.json", late.getBytes(StandardCharsets.UTF_8))
                .value().requests().get(0).folders());
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        byte[] json = "{\"info\": {\"name\": \"bom\"}, \"item\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertEquals("bom", reader.read("collections/t.json", withBom).value().name());
    }
}
