package dev.mockhost.proxy;

import dev.mockhost.collection.Jsonp;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonStyleTest {

    private static JsonValue parse(String text) {
        return Jsonp.PROVIDER.createReader(new StringReader(text)).readValue();
    }

    /** Files of others, written by Postman (a tab) and by other tools (two or four spaces). */
    @ParameterizedTest
    @ValueSource(strings = {"todo.json", "postman-api.json", "sabre-lodging.json", "bruno-with-examples.json",
            "o2p-petstore-generated.json", "docusign-maestro.json", "har2postman-output.json"})
    void aCorpusFileIsWrittenBackByteForByte(String name) throws IOException {
        String file = Files.readString(Path.of("src/test/resources/corpus/collections", name));
        assertEquals(file, JsonStyle.of(file).write(parse(file)));
    }

    @Test
    void theIndentIsThatOfTheFirstIndentedLine() {
        assertEquals(new JsonStyle("  ", true), JsonStyle.of("{\n  \"a\": [\n    1\n  ]\n}\n"));
        assertEquals(new JsonStyle("\t", false), JsonStyle.of("{\n\t\"a\": 1\n}"));
        assertEquals(new JsonStyle("\t", false), JsonStyle.of("{\"a\":1}"), "a minified file gets Postman's tab");
    }

    @Test
    void stringsAreEscapedAsJsonStringifyDoes() {
        String text = "{\"s\": \"q\\\" b\\\\ n\\n t\\t c\\u0001 é / \\ud83d\\ude00 lone \\ud800\"}";
        assertEquals("{\n\t\"s\": \"q\\\" b\\\\ n\\n t\\t c\\u0001 é / \uD83D\uDE00 lone \\ud800\"\n}",
                new JsonStyle("\t", false).write(parse(text)));
    }

    @Test
    void emptyContainersStayOnTheirLine() {
        assertEquals("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": null\n}",
                new JsonStyle("  ", false).write(parse("{\"a\": [], \"b\": {}, \"c\": null}")));
    }
}
