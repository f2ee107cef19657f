package dev.mockhost.rendering;

import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.RequestBody;
import dev.mockhost.collection.RequestUrl;
import dev.mockhost.collection.SavedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ResponseCompilerTest {

    private final ResponseCompiler compiler = new ResponseCompiler();

    private static Example example(List<NameValue> headers, String body, String language) {
        return new Example("id", "name", new SavedRequest("GET", RequestUrl.EMPTY, List.of(), RequestBody.NONE),
                200, "OK", headers, body, language, 1);
    }

    private RenderedResponse render(Example example) {
        return new Renderer().render(compiler.compile(example, VariableScope.EMPTY, Set.of()),
                new Renderer().context(Map.of(), null));
    }

    @Test
    void transferHeadersAreDroppedBecauseTheBodyIsStoredDecoded() {
        RenderedResponse response = render(example(List.of(new NameValue("Content-Encoding", "gzip"),
                new NameValue("Transfer-Encoding", "chunked"), new NameValue("Content-Length", "9999"),
                new NameValue("Connection", "keep-alive"), new NameValue("X-Kept", "yes"),
                new NameValue("Content-Type", "application/json")), "{}", "json"));
        assertEquals(List.of(new NameValue("X-Kept", "yes"), new NameValue("Content-Type", "application/json")),
                response.headers());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "json, application/json; charset=UTF-8", "xml, application/xml; charset=UTF-8",
            "html, text/html; charset=UTF-8", "text, text/plain; charset=UTF-8", "raw, text/plain; charset=UTF-8",
            "'', text/plain; charset=UTF-8",
    })
    void contentTypeIsDerivedWhenNoneWasSaved(String language, String contentType) {
        RenderedResponse response = render(example(List.of(), "body", language));
        assertEquals(List.of(new NameValue("Content-Type", contentType)), response.headers());
    }

    @Test
    void wildcardContentTypeIsReplacedByTheDerivedOne() {
        RenderedResponse response = render(example(List.of(new NameValue("Content-Type", "*/*")), "{}", "json"));
        assertEquals(List.of(new NameValue("Content-Type", "application/json; charset=UTF-8")), response.headers());
    }

    @Test
    void emptyBodyGetsNoDerivedContentType() {
        assertEquals(List.of(), render(example(List.of(), "", "json")).headers());
    }

    @Test
    void constantBodyIsEncodedOnceInTheDeclaredCharset() {
        ResponseTemplate template = compiler.compile(example(List.of(new NameValue("Content-Type",
                "text/plain; charset=ISO-8859-1")), "café", "text"), VariableScope.EMPTY, Set.of());
        assertArrayEquals("café".getBytes(StandardCharsets.ISO_8859_1), template.encodedBody());
        ResponseTemplate dynamic = compiler.compile(example(List.of(), "{{id}}", "text"), VariableScope.EMPTY,
                Set.of("id"));
        assertNull(dynamic.encodedBody());
    }
}
