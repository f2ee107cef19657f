package dev.mockhost.collection;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every field of a v3 file that mocking uses, in the map form and in the list form. */
class V3FileReaderTest {

    private final V3FileReader reader = new V3FileReader();

    private V3FileReader.Request request(String yaml) throws InvalidFileException {
        return reader.request("c/r.request.yaml", "r", yaml.getBytes(StandardCharsets.UTF_8), new SharedValues());
    }

    private V3FileReader.SavedExample example(String yaml) throws InvalidFileException {
        return reader.example("c/e.example.yaml", "200 OK", yaml.getBytes(StandardCharsets.UTF_8),
                new SharedValues());
    }

    @Test
    void requestInTheMapForm() throws Exception {
        V3FileReader.Request read = request("""
                $kind: http-request
                name: Get a pet
                url: "{{baseUrl}}/pets/:petId?ignored=1"
                method: get
                headers:
                  Accept: application/json
                  X-Off: off
                queryParams:
                  status: sold
                  page: 2
                pathVariables:
                  petId: "7"
                order: 2000
                """);
        assertEquals("Get a pet", read.name());
        assertEquals(2000, read.order());
        SavedRequest request = read.request();
        assertEquals("GET", request.method());
        assertEquals(List.of("pets", ":petId"), request.url().path());
        assertEquals(List.of(new NameValue("status", "sold"), new NameValue("page", "2")), request.url().query(),
                "queryParams win over the URL's query");
        assertEquals(List.of(new NameValue("petId", "7")), request.url().pathVariables());
        assertEquals(List.of(new NameValue("Accept", "application/json"), new NameValue("X-Off", "off")),
                request.headers(), "off stays the text off");
    }

    @Test
    void requestInTheListFormDropsDisabledEntries() throws Exception {
        SavedRequest request = request("""
                $kind: http-request
                url: https://api.example.com/v1/items?from=url
                method: POST
                headers:
                  - key: Content-Type
                    value: application/json
                  - key: X-Debug
                    value: "1"
                    disabled: true
                queryParams:
                  - key: limit
                    value: "10"
                  - key: offset
                    value: "0"
                    disabled: true
                pathVariables:
                  - key: unused
                    value: x
                    description: a description
                """).request();
        assertEquals(List.of(new NameValue("Content-Type", "application/json")), request.headers());
        assertEquals(List.of(new NameValue("limit", "10")), request.url().query());
        assertEquals(List.of("v1", "items"), request.url().path());
    }

    @Test
    void nameAndQueryFallBackToTheFileAndTheUrl() throws Exception {
        V3FileReader.Request read = request("url: /search?q=cats&page=\nmethod: GET\n");
        assertEquals("r", read.name(), "the file's stem");
        assertEquals(V3FileReader.NO_ORDER, read.order());
        assertEquals(List.of(new NameValue("q", "cats"), new NameValue("page", "")), read.request().url().query());
    }

    @Test
    void everyBodyType() throws Exception {
        assertBody("type: json\n  content: '{\"a\": 1}'", BodyMode.RAW, "{\"a\": 1}", "json");
        assertBody("type: text\n  content: hello", BodyMode.RAW, "hello", "text");
        assertBody("type: xml\n  content: <a/>", BodyMode.RAW, "<a/>", "xml");
        RequestBody map = body("type: urlencoded\n  content:\n    a: \"1\"\n    b: off");
        assertEquals(BodyMode.URLENCODED, map.mode());
        assertEquals(List.of(new NameValue("a", "1"), new NameValue("b", "off")), map.pairs());
        RequestBody list = body("type: urlencoded\n  content:\n    - key: a\n      value: \"1\"\n    - key: b\n"
                + "      value: \"2\"\n      disabled: true");
        assertEquals(List.of(new NameValue("a", "1")), list.pairs());
        RequestBody form = body("type: formdata\n  content:\n    - key: name\n      value: Rex\n      type: text\n"
                + "    - key: photo\n      type: file\n      src: /tmp/pets/rex.png");
        assertEquals(BodyMode.FORMDATA, form.mode());
        assertEquals(List.of(new NameValue("name", "Rex"), new NameValue("photo", "rex.png")), form.pairs());
        RequestBody file = body("type: file\n  content:\n    src: /data/upload.bin");
        assertEquals(BodyMode.FILE, file.mode());
        assertEquals("/data/upload.bin", file.text());
        RequestBody graphql = body("type: graphql\n  content:\n    query: \"{ pets { id } }\"\n    variables: "
                + "'{\"n\": 1}'");
        assertEquals(BodyMode.GRAPHQL, graphql.mode());
        assertEquals("{\"query\":\"{ pets { id } }\",\"variables\":{\"n\":1}}", graphql.text());
        assertEquals(BodyMode.NONE, body("type: none").mode());
        assertEquals(BodyMode.NONE, body("type: json\n  content: x\n  disabled: true").mode());
        assertEquals(BodyMode.NONE, request("url: /a\n").request().body().mode(), "no body");
    }

    private void assertBody(String yaml, BodyMode mode, String text, String language) throws Exception {
        RequestBody body = body(yaml);
        assertEquals(mode, body.mode(), yaml);
        assertEquals(text, body.text(), yaml);
        assertEquals(language, body.language(), yaml);
    }

    private RequestBody body(String yaml) throws Exception {
        return request("url: /a\nmethod: POST\nbody:\n  " + yaml + "\n").request().body();
    }

    @Test
    void exampleWithItsRequestAndResponse() throws Exception {
        V3FileReader.SavedExample read = example("""
                $kind: http-example
                id: 9f1c
                name: Sold pets
                request:
                  url: "{{baseUrl}}/pets?status=sold"
                  method: GET
                response:
                  statusCode: 404
                  statusText: Not Found
                  headers:
                    - key: Content-Type
                      value: application/json
                    - key: X-Hidden
                      value: x
                      disabled: true
                  body:
                    type: json
                    content: '{"error": "none"}'
                order: 1000
                """);
        assertEquals("9f1c", read.id());
        assertEquals("Sold pets", read.name());
        assertEquals(404, read.code());
        assertEquals("Not Found", read.status());
        assertEquals(List.of(new NameValue("Content-Type", "application/json")), read.headers());
        assertArrayEquals("{\"error\": \"none\"}".getBytes(StandardCharsets.UTF_8), read.body());
        assertEquals("json", read.language());
        assertEquals(List.of(new NameValue("status", "sold")), read.request().url().query());
        assertEquals(1, read.line(), "where the example starts");
    }

    @Test
    void exampleWithoutIdNameOrRequestTakesTheFileAndItsRequest() throws Exception {
        V3FileReader.SavedExample read = example("""
                request:
                  url: ""
                response:
                  statusCode: "201"
                  headers:
                    Location: /pets/1
                  body:
                    type: text
                    content: created
                """);
        assertNull(read.id(), "derived from its path when the collection is assembled");
        assertEquals("200 OK", read.name(), "the file's stem");
        assertNull(read.request(), "an empty URL: the request file's request stands in");
        assertEquals(201, read.code());
        assertEquals("Created", read.status(), "the reason phrase when none is saved");
        assertEquals(List.of(new NameValue("Location", "/pets/1")), read.headers());
    }

    @Test
    void anExampleWithoutAStatusOrAResponseIsAnErrorWithItsLine() {
        Problem noResponse = assertThrows(InvalidFileException.class, () -> example("request:\n  url: /a\n"))
                .problem();
        assertTrue(noResponse.message().contains("\"response\""), noResponse.message());
        Problem badCode = assertThrows(InvalidFileException.class,
                () -> example("response:\n  statusCode: 42\n")).problem();
        assertTrue(badCode.message().contains("statusCode"), badCode.message());
        assertEquals(2, badCode.line());
    }

    @Test
    void definitionInBothForms() throws Exception {
        SharedValues shared = new SharedValues();
        V3FileReader.Definition map = reader.definition("c/.resources/definition.yaml", """
                $kind: collection
                id: 4f3c
                name: Todo
                variables:
                  url: localhost:3000
                  ttl: 43200
                """.getBytes(StandardCharsets.UTF_8), shared);
        assertEquals("4f3c", map.id());
        assertEquals("Todo", map.name());
        assertEquals(List.of(new NameValue("url", "localhost:3000"), new NameValue("ttl", "43200")),
                map.variables());
        V3FileReader.Definition list = reader.definition("c/f/.resources/definition.yaml", """
                $kind: collection
                order: 3000
                variables:
                  - key: token
                    value: abc
                  - key: old
                    value: x
                    disabled: true
                """.getBytes(StandardCharsets.UTF_8), shared);
        assertNull(list.name());
        assertEquals(3000, list.order());
        assertEquals(List.of(new NameValue("token", "abc")), list.variables());
    }

    @Test
    void aFileThatIsNotAMappingIsAnError() {
        Problem problem = assertThrows(InvalidFileException.class, () -> request("- a\n- b\n")).problem();
        assertTrue(problem.message().contains("mapping"), problem.message());
    }
}
