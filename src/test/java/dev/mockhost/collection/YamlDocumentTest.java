package dev.mockhost.collection;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML 1.2 core semantics with every scalar read as written, and problems with file, line and column. */
class YamlDocumentTest {

    private static LocatedJson parse(String yaml) throws InvalidFileException {
        return YamlDocument.parse("collections/c/x.request.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem problem(byte[] bytes) {
        return assertThrows(InvalidFileException.class,
                () -> YamlDocument.parse("collections/c/x.request.yaml", bytes)).problem();
    }

    private static Problem problem(String yaml) {
        return problem(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scalarsAreReadAsWrittenNotRetypedAsYaml11Would() throws Exception {
        JsonObject root = parse("""
                a: off
                b: 2012-06-15
                c: 43200
                d: 1.50
                e: true
                f: "quoted"
                g: 0x1F
                h: yes
                """).root().asJsonObject();
        assertEquals("off", root.getString("a"));
        assertEquals("2012-06-15", root.getString("b"));
        assertEquals("43200", root.getString("c"));
        assertEquals("1.50", root.getString("d"), "a number keeps its spelling");
        assertEquals("true", root.getString("e"));
        assertEquals("quoted", root.getString("f"));
        assertEquals("0x1F", root.getString("g"));
        assertEquals("yes", root.getString("h"));
    }

    @Test
    void onlyAPlainNullTildeOrEmptyValueIsNull() throws Exception {
        JsonObject root = parse("a: null\nb: ~\nc:\nd: 'null'\ne: Null\n").root().asJsonObject();
        assertSame(JsonValue.NULL, root.get("a"));
        assertSame(JsonValue.NULL, root.get("b"));
        assertSame(JsonValue.NULL, root.get("c"));
        assertEquals("null", root.getString("d"), "quoted, it is text");
        assertSame(JsonValue.NULL, root.get("e"), "the core schema's spellings of null");
    }

    @Test
    void listsMapsAndBlockScalarsBecomeJsonValues() throws Exception {
        LocatedJson doc = parse("""
                headers:
                  - key: Accept
                    value: application/json
                body:
                  content: |-
                    {
                      "id": 1
                    }
                """);
        JsonObject root = doc.root().asJsonObject();
        assertEquals("Accept", root.getJsonArray("headers").getJsonObject(0).getString("key"));
        assertEquals("{\n  \"id\": 1\n}", root.getJsonObject("body").getString("content"));
        assertEquals(2, doc.lineOf(root.getJsonArray("headers").getJsonObject(0)), "positions are kept");
    }

    @Test
    void invalidYamlNamesLineAndColumnAndTheUsualCause() {
        Problem problem = problem("$kind: http-request\nurl: {{baseUrl}}/admin/users\nmethod: GET\n");
        assertEquals("collections/c/x.request.yaml", problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.column() > 1, problem.toString());
        assertTrue(problem.message().startsWith("not valid YAML: "), problem.message());
        assertTrue(problem.message().contains("must be quoted"), "says how to fix it: " + problem.message());
    }

    @Test
    void badBytesEmptyFilesAndPathologicalDocumentsAreCleanErrors() {
        assertTrue(problem(new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'}).message().contains("UTF-8"));
        assertTrue(problem("").message().contains("empty"));
        assertTrue(problem("  \n# only a comment\n").message().contains("empty"));
        assertTrue(problem("a: 1\n---\nb: 2\n").message().startsWith("not valid YAML"), "one document a file");
        assertTrue(problem("[".repeat(1000) + "]".repeat(1000)).message().contains("nested deeper"));
        StringBuilder bomb = new StringBuilder("l0: &l0 [x, x, x]\n");
        for (int level = 1; level < 16; level++) {
            String previous = "*l" + (level - 1);
            bomb.append("l").append(level).append(": &l").append(level).append(" [").append(previous).append(", ")
                    .append(previous).append(", ").append(previous).append("]\n");
        }
        assertTrue(problem(bomb.toString()).message().contains("anchors"), "anchors cannot unfold without bound");
        assertTrue(problem("? [a, b]\n: c\n").message().contains("key that is not text"));
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        byte[] yaml = "name: bom\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[yaml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(yaml, 0, withBom, 3, yaml.length);
        assertEquals("bom", YamlDocument.parse("x.yaml", withBom).root().asJsonObject().getString("name"));
    }
}
