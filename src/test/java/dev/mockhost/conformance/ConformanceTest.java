package dev.mockhost.conformance;

import dev.mockhost.answer.Answer;
import dev.mockhost.answer.Answerer;
import dev.mockhost.answer.Outcome;
import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.EnvironmentReader;
import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.HeaderLookup;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockCompiler;
import dev.mockhost.mock.MockDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance table run on the answerer directly, without HTTP, score included. */
class ConformanceTest {

    private static CompiledMock mock;
    private final Answerer answerer = new Answerer();

    @BeforeAll
    static void compile() throws Exception {
        var collection = new CollectionReader().read("conformance.json",
                ConformanceRules.resource(ConformanceRules.COLLECTION));
        var environment = new EnvironmentReader().read("conformance-environment.json",
                ConformanceRules.resource(ConformanceRules.ENVIRONMENT)).value();
        assertEquals(2, collection.warnings().size(), "the two unreadable examples: " + collection.warnings());
        mock = new MockCompiler().compile(MockDefinition.implicit("conformance", "conformance", Delay.NONE),
                collection.value(), "collections/conformance.json", environment);
    }

    @TestFactory
    Stream<DynamicTest> everyRow() {
        return ConformanceRules.rows().stream().filter(row -> !row.httpOnly())
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    @Test
    void everySectionHasAtLeastTwoRowsOneOfThemNegative() {
        Map<String, List<ConformanceRules.Row>> bySection = new TreeMap<>();
        ConformanceRules.rows().forEach(row -> bySection.computeIfAbsent(row.section(), s -> new ArrayList<>())
                .add(row));
        assertEquals(List.of("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "4"),
                List.copyOf(bySection.keySet()));
        bySection.forEach((section, rows) -> {
            assertTrue(rows.size() >= 2, section);
            assertTrue(rows.stream().anyMatch(row -> row.status() >= 400 && row.example().isEmpty()),
                    section + " has a negative row");
        });
    }

    private void check(ConformanceRules.Row row) {
        IncomingRequest call = call(row.request());
        Outcome outcome = answerer.answer(mock, call);
        Answer answer = outcome.answer();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        String why = outcome.explanation() == null ? "score " + outcome.score() : outcome.explanation().line(2000);
        assertEquals(row.status(), answer.status(), why + ": " + body);
        assertEquals(row.example().orElse(null), answer.responseName(), why);
        if (answer.responseName() == null) {
            row.text("bodyHeader").ifPresent(header -> assertTrue(body.contains("\"header\":\"" + header + "\""),
                    body));
        }
        if (row.expect().containsKey("score")) {
            assertEquals(row.expect().getJsonNumber("score").doubleValue(), outcome.score(), 0.001, why);
        }
        row.text("body").ifPresent(pattern -> assertTrue(Pattern.compile(pattern).matcher(body).find(),
                "body " + body + " does not match " + pattern));
        row.expectedHeaders().forEach((name, pattern) -> {
            String value = header(answer, name);
            assertTrue(value != null && Pattern.compile(pattern).matcher(value).find(), name + ": " + value);
        });
        row.absentHeaders().forEach(name -> assertEquals(null, header(answer, name), name));
        if (row.expect().getBoolean("differsOnSecondCall", false)) {
            Answer again = answerer.answer(mock, call).answer();
            assertNotEquals(body, new String(again.body(), StandardCharsets.UTF_8));
        }
        assertFalse(body.contains("{{$"), "no dynamic variable left unrendered: " + body);
    }

    private static String header(Answer answer, String name) {
        return answer.headers().stream().filter(h -> h.name().equalsIgnoreCase(name)).map(NameValue::value)
                .findFirst().orElse(null);
    }

    static IncomingRequest call(ConformanceRules.Request request) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        if (request.contentType() != null) {
            headers.put("Content-Type", request.contentType());
        }
        HeaderLookup lookup = headers::get;
        List<NameValue> form = request.form() == null ? List.of() : request.form().entrySet().stream()
                .map(e -> new NameValue(e.getKey(), e.getValue())).toList();
        String path = request.path().substring(1);
        return IncomingRequest.of(request.method(), Arrays.asList(path.split("/", -1)), request.query(), lookup,
                request.form() == null ? request.bodyText() : "", form);
    }
}
