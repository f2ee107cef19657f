package dev.mockhost.answer;

import dev.mockhost.collection.CollectionReader;
import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.IncomingRequest;
import dev.mockhost.matching.MatchSettings;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockCompiler;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.mock.ServerResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one way a mock answers, in Postman's order, with the explanation a call asks for or a miss gets. */
class AnswererTest {

    private static final String COLLECTION = """
            {"info": {"name": "shop"}, "item": [
              {"name": "get pet", "request": {"method": "GET", "url": "{{baseUrl}}/pets/:id"}, "response": [
                {"id": "pet-ok", "name": "a pet", "code": 200, "body": "{\\"id\\": 1}",
                 "originalRequest": {"method": "GET", "url": "{{baseUrl}}/pets/:id"}}]},
              {"name": "list toys", "request": {"method": "GET", "url": "{{baseUrl}}/pets/cats/toys"}, "response": [
                {"id": "toys", "name": "cat toys", "code": 200, "body": "[]",
                 "originalRequest": {"method": "GET", "url": "{{baseUrl}}/pets/cats/toys"}}]}
            ]}""";

    private final Answerer answerer = new Answerer();

    @Test
    void aHitIsTheExampleWithItsStepAndScoreAndNoExplanationUnlessAsked() throws Exception {
        Outcome outcome = answerer.answer(mock(Delay.NONE, null), call("GET", "/pets/7"));
        assertEquals(200, outcome.answer().status());
        assertEquals("pet-ok", outcome.answer().exampleId());
        assertEquals("wildcard segments", outcome.step());
        assertEquals(80, outcome.score(), 0.001);
        assertNull(outcome.explanation());
        assertNull(header(outcome.answer(), Answerer.EXPLANATION));
    }

    @Test
    void askingForTheExplanationPutsItInAHeader() throws Exception {
        Outcome outcome = answerer.answer(mock(Delay.NONE, null), call("GET", "/pets/7", Answerer.EXPLAIN, "true"));
        String line = header(outcome.answer(), Answerer.EXPLANATION);
        assertNotNull(line);
        assertTrue(line.startsWith("matched: \"a pet\" (pet-ok) for GET /pets/:id, path wildcard segments, score 80"),
                line);
    }

    @Test
    void aMissIsPostmansBodyAndIsAlwaysExplained() throws Exception {
        Outcome outcome = answerer.answer(mock(Delay.NONE, null), call("GET", "/pets/dogs/toys"));
        assertEquals(404, outcome.answer().status());
        assertEquals(new String(Answer.NO_MATCH, StandardCharsets.UTF_8),
                new String(outcome.answer().body(), StandardCharsets.UTF_8), "byte for byte");
        assertEquals("path segment 2: saved \"cats\", the call has \"dogs\"",
                outcome.explanation().nearest().get(0).failed());
        assertNull(header(outcome.answer(), Answerer.EXPLANATION), "in the header only when asked");
        assertEquals(0, outcome.delayMillis(), "errors are not delayed");
    }

    @Test
    void eachMatchIsReportedWithWhetherItFoundAnExampleAndEachRenderOfAHit() throws Exception {
        List<String> reported = new ArrayList<>();
        Answerer timed = new Answerer(new AnswerTimings() {
            @Override
            public void matched(String mock, long nanos, boolean found) {
                reported.add("matched " + mock + " " + found);
            }

            @Override
            public void rendered(String mock, long nanos) {
                reported.add("rendered " + mock);
            }
        });
        CompiledMock mock = mock(Delay.NONE, null);
        timed.answer(mock, call("GET", "/pets/7"));
        timed.answer(mock, call("GET", "/pets/dogs/toys"));
        timed.answer(mock, call("GET", "/nothing/here", Delay.HEADER, "soon"));
        assertEquals(List.of("matched " + mock.name() + " true", "rendered " + mock.name(),
                "matched " + mock.name() + " false"), reported, "a refused header matches nothing");
    }

    @Test
    void aBadDelayHeaderIsRefusedBeforeAnythingIsMatched() throws Exception {
        Outcome outcome = answerer.answer(mock(Delay.NONE, null), call("GET", "/nothing/here",
                Delay.HEADER, "soon"));
        assertEquals(400, outcome.answer().status());
        String body = new String(outcome.answer().body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("invalidHeaderError") && body.contains(Delay.HEADER), body);
    }

    @Test
    void theCallsDelayWinsOverTheMocksAndOnlyHitsWait() throws Exception {
        CompiledMock mock = mock(new Delay(300, 300), null);
        assertEquals(300, answerer.answer(mock, call("GET", "/pets/1")).delayMillis());
        assertEquals(25, answerer.answer(mock, call("GET", "/pets/1", Delay.HEADER, "25")).delayMillis());
    }

    @Test
    void anActiveServerResponseAnswersEveryCall() throws Exception {
        ServerResponse down = new ServerResponse("down", "Service down", 503,
                List.of(new NameValue("Retry-After", "5")), "maintenance");
        Outcome outcome = answerer.answer(mock(Delay.NONE, down), call("GET", "/anything", Answerer.EXPLAIN,
                "TRUE"));
        assertEquals(503, outcome.answer().status());
        assertEquals("Service down", outcome.answer().responseName());
        assertEquals("text/plain; charset=UTF-8", header(outcome.answer(), "Content-Type"));
        assertTrue(header(outcome.answer(), Answerer.EXPLANATION).contains("server response \"Service down\""));
    }

    @Test
    void anUnknownResponseIdNamesTheHeader() throws Exception {
        Outcome outcome = answerer.answer(mock(Delay.NONE, null), call("GET", "/pets/1", "x-mock-response-id",
                "nope"));
        assertEquals(404, outcome.answer().status());
        String body = new String(outcome.answer().body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("mockResponseNotFoundError") && body.contains("\"header\":\"x-mock-response-id\""),
                body);
    }

    private static CompiledMock mock(Delay delay, ServerResponse serverResponse) throws Exception {
        var collection = new CollectionReader().read("shop.json", COLLECTION.getBytes(StandardCharsets.UTF_8));
        MockDefinition definition = new MockDefinition("shop", "shop", null, false, null, MatchSettings.DEFAULT,
                true, delay, serverResponse == null ? List.of() : List.of(serverResponse),
                serverResponse == null ? null : serverResponse.id(), null);
        return new MockCompiler().compile(definition, collection.value(), "collections/shop.json", null);
    }

    private static IncomingRequest call(String method, String path, String... headers) {
        Map<String, String> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < headers.length; i += 2) {
            sent.put(headers[i], headers[i + 1]);
        }
        return IncomingRequest.of(method, Arrays.asList(path.substring(1).split("/", -1)), null, sent::get, "",
                List.of());
    }

    private static String header(Answer answer, String name) {
        return answer.headers().stream().filter(h -> h.name().equalsIgnoreCase(name)).map(NameValue::value)
                .findFirst().orElse(null);
    }
}
