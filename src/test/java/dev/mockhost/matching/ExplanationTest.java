package dev.mockhost.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Why a call got its answer: the example chosen, or the nearest examples and the first rule each failed. */
class ExplanationTest {

    private final Matcher matcher = new Matcher();

    @Test
    void aHitNamesTheExampleItsPathStepAndScore() {
        Explanation why = explain("1|one|200|GET /pets/:id", "GET /pets/7", MatchDirectives.NONE);
        assertEquals("matched", why.summary());
        assertEquals("one", why.chosen().name());
        assertEquals("wildcard segments", why.chosen().step());
        assertEquals(80, why.chosen().score(), 0.001);
        assertTrue(why.nearest().isEmpty());
    }

    @Test
    void aMissNamesTheSegmentThatDiffers() {
        Explanation why = explain("1|list|200|GET /pets/cats/toys", "GET /pets/dogs/toys", MatchDirectives.NONE);
        assertNull(why.chosen());
        assertEquals("no example matched", why.summary());
        assertEquals(1, why.nearest().size());
        assertEquals("path segment 2: saved \"cats\", the call has \"dogs\"", why.nearest().get(0).failed());
    }

    @Test
    void aMissOnTheMethodSaysSo() {
        Explanation why = explain("1|create|201|POST /pets", "GET /pets", MatchDirectives.NONE);
        assertEquals("method: saved for POST, the call is GET", why.nearest().get(0).failed());
    }

    @Test
    void aMissOnTheAskedStatusSaysSo() {
        Explanation why = explain("1|ok|200|GET /pets", "GET /pets", new MatchDirectives(404, null, null, null,
                null));
        assertEquals("status: saved 200, x-mock-response-code asks 404", why.nearest().get(0).failed());
    }

    @Test
    void aMissOnTheNumberOfSegmentsSaysSo() {
        Explanation why = explain("1|one|200|GET /pets/:id", "GET /pets/1/2", MatchDirectives.NONE);
        assertEquals("path: saved 2 segment(s), the call has 3", why.nearest().get(0).failed());
    }

    @Test
    void atMostThreeNearestWhateverTheNumberOfExamples() {
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            routes.add(i + "|r" + i + "|200|GET /shop/item" + i + "/reviews");
        }
        Explanation why = explain(String.join(";", routes), "GET /shop/item5/ratings", MatchDirectives.NONE);
        assertEquals(3, why.nearest().size(), why.toString());
        why.nearest().forEach(near -> assertTrue(near.failed().startsWith("path segment"), near.failed()));
    }

    @Test
    void theHeaderLineIsAsciiAndBounded() {
        Explanation why = explain("1|caf\u00e9 \u2603|200|GET /menu/x", "GET /menu/y", MatchDirectives.NONE);
        String line = why.line(2000);
        assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7F), line);
        assertTrue(line.contains("caf\\u00e9 \\u2603"), line);
        assertEquals(40, why.line(40).length());
        assertTrue(why.line(40).endsWith("..."));
    }

    private Explanation explain(String routes, String call, MatchDirectives directives) {
        List<Route<String>> list = new ArrayList<>();
        for (String route : routes.split(";")) {
            String[] fields = route.strip().split("\\|");
            list.add(Routes.route(fields[0], fields[1], Integer.parseInt(fields[2]), list.size(), fields[3]));
        }
        RouteIndex<String> index = RouteIndex.of(list);
        IncomingRequest request = Routes.call(call);
        MatchResult<String> result = matcher.match(index, request, directives, MatchSettings.DEFAULT);
        return matcher.explain(index, request, directives, MatchSettings.DEFAULT, result);
    }
}
