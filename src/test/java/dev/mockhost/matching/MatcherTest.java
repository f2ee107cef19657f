package dev.mockhost.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Postman's matching rules (spec section 3), one row per rule: the routes of a mock, a call, and the example that
 * must answer with its score. Routes are {@code id|name|code|METHOD url}, separated by {@code ;}.
 */
class MatcherTest {

    private final Matcher matcher = new Matcher();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '!', value = {
            // rule ! routes ! call ! expected example (- for none) ! expected score
            "exactPath ! 1|a|200|GET /pets/1 ; 2|b|200|GET /pets/2 ! GET /pets/2 ! b ! 100",
            "methodMustMatch ! 1|a|200|POST /pets ! GET /pets ! - ! 0",
            "trailingSlashRemovedCosts5 ! 1|a|200|GET /pets ! GET /pets/ ! a ! 95",
            "caseFoldedCosts10 ! 1|a|200|GET /Pets ! GET /pets ! a ! 90",
            "caseAndTrailingSlashCost15 ! 1|a|200|GET /Pets/ ! GET /pets ! a ! 85",
            "wildcardCosts20 ! 1|a|200|GET /pets/:id ! GET /pets/42 ! a ! 80",
            "unresolvedVariableIsAWildcard ! 1|a|200|GET /users/{{userId}} ! GET /users/abc ! a ! 80",
            "idLikeSegmentsCost21 ! 1|a|200|GET /pets/12345 ! GET /pets/999 ! a ! 79",
            "idLikeAndTrailingSlashCost25 ! 1|a|200|GET /pets/12345 ! GET /pets/999/ ! a ! 75",
            "uuidSegmentsAreIdLike ! 1|a|200|GET /o/3f2504e0-4f89-11d3-9a0c-0305e82c3301 ! GET /o/00000000-0000-0000-0000-000000000000 ! a ! 79",
            "wordsAreNotIdLike ! 1|a|200|GET /pets/cats ! GET /pets/dogs ! - ! 0",
            "literalBeatsWildcard ! 1|wild|200|GET /users/:id ; 2|me|200|GET /users/me ! GET /users/me ! me ! 100",
            "wildcardBeatsIdLike ! 1|lit|200|GET /pets/999 ; 2|wild|200|GET /pets/:id ! GET /pets/7 ! wild ! 80",
            "wildcardNeedsASegment ! 1|a|200|GET /pets/:id ! GET /pets ! - ! 0",
            "wildcardMatchesOneSegmentOnly ! 1|a|200|GET /pets/:id ! GET /pets/1/2 ! - ! 0",
            "rootPath ! 1|a|200|GET / ! GET / ! a ! 100",
            "queryAllMatchAdds10 ! 1|a|200|GET /p?x=1&y=2 ! GET /p?y=2&x=1 ! a ! 110",
            "queryPartialAddsShare ! 1|a|200|GET /p?x=1&y=2 ! GET /p?x=1&y=3 ! a ! 105",
            "queryNoneMatchSubtractsMissing ! 1|a|200|GET /p?x=1&y=2 ! GET /p?z=1 ! a ! 97",
            "queryPenaltyCappedAt10 ! 1|a|200|GET /p ! GET /p?a=1&b=1&c=1&d=1&e=1&f=1&g=1&h=1&i=1&j=1&k=1&l=1 ! a ! 90",
            "queryChoosesBetweenExamples ! 1|all|200|GET /p ; 2|sold|200|GET /p?status=sold ! GET /p?status=sold ! sold ! 110",
            "queryNeverExcludes ! 1|a|200|GET /p?status=sold ! GET /p?status=new ! a ! 100",
            "queryKeysAreCaseSensitive ! 1|a|200|GET /p?Status=x ! GET /p?status=x ! a ! 98",
            "tieGoesToStatus200 ! 1|err|500|GET /p ; 2|ok|200|GET /p ! GET /p ! ok ! 100",
            "tieWithout200GoesToFirstById ! b|second|404|GET /p ; a|first|500|GET /p ! GET /p ! first ! 100",
            "tieAmong200GoesToFirstById ! z|late|200|GET /p ; c|early|200|GET /p ! GET /p ! early ! 100",
    })
    void rule(String rule, String routes, String call, String expected, double score) {
        MatchResult<String> result = matcher.match(index(routes), Routes.call(call.strip()), MatchDirectives.NONE,
                MatchSettings.DEFAULT);
        if (expected.strip().equals("-")) {
            assertEquals(MatchResult.Outcome.NO_MATCH, result.outcome(), rule);
            return;
        }
        assertEquals(expected.strip(), result.route() == null ? null : result.route().answer(), rule);
        assertEquals(score, result.score(), 0.001, rule);
    }

    @Test
    void responseCodeHeaderKeepsOnlyThatStatus() {
        RouteIndex<String> index = index("1|ok|200|GET /p/:id ; 2|missing|404|GET /p/999");
        MatchResult<String> result = matcher.match(index, Routes.call("GET /p/5"),
                new MatchDirectives(404, null, null, null, null), MatchSettings.DEFAULT);
        assertEquals("missing", result.route().answer());
        assertEquals(PathStep.ID_LIKE, result.pathStep());
        assertEquals(MatchResult.Outcome.NO_MATCH, matcher.match(index, Routes.call("GET /p/5"),
                new MatchDirectives(500, null, null, null, null), MatchSettings.DEFAULT).outcome());
    }

    @Test
    void responseIdReturnsThatExampleAlsoInUidForm() {
        RouteIndex<String> index = index("e-1|one|200|GET /a ; e-2|two|200|GET /b");
        for (String id : List.of("e-2", "1234-e-2")) {
            MatchResult<String> result = matcher.match(index, Routes.call("GET /anything"),
                    new MatchDirectives(null, id, null, null, null), MatchSettings.DEFAULT);
            assertEquals("two", result.route().answer(), id);
            assertEquals(PathStep.EXPLICIT, result.pathStep());
        }
        assertEquals(MatchResult.Outcome.UNKNOWN_RESPONSE_ID, matcher.match(index, Routes.call("GET /a"),
                new MatchDirectives(null, "nope", null, null, null), MatchSettings.DEFAULT).outcome());
        assertEquals(MatchResult.Outcome.UNKNOWN_RESPONSE_ID, matcher.match(index, Routes.call("POST /a"),
                new MatchDirectives(null, "e-1", null, null, null), MatchSettings.DEFAULT).outcome(),
                "the method filter comes first");
    }

    @Test
    void responseNamePrefersTheNamedExampleOnThePath() {
        RouteIndex<String> index = index("1|OK|200|GET /a ; 2|OK|200|GET /b ; 3|Error|500|GET /b");
        MatchResult<String> onPath = matcher.match(index, Routes.call("GET /b"),
                new MatchDirectives(null, null, "OK", null, null), MatchSettings.DEFAULT);
        assertEquals(2, onPath.route().order() + 1);
        MatchResult<String> elsewhere = matcher.match(index, Routes.call("GET /c"),
                new MatchDirectives(null, null, "Error", null, null), MatchSettings.DEFAULT);
        assertEquals("Error", elsewhere.route().name(), "a name not on the path still answers");
        assertEquals(MatchResult.Outcome.UNKNOWN_RESPONSE_NAME, matcher.match(index, Routes.call("GET /a"),
                new MatchDirectives(null, null, "Nope", null, null), MatchSettings.DEFAULT).outcome());
    }

    @Test
    void capturesWildcardSegments() {
        MatchResult<String> result = matcher.match(index("1|a|200|GET /u/:userId/o/{{orderId}}"),
                Routes.call("GET /u/7/o/x%2Fy"), MatchDirectives.NONE, MatchSettings.DEFAULT);
        assertEquals("7", result.captures().get("userId"));
        assertEquals("x%2Fy", result.captures().get("orderId"));
    }

    @Test
    void queryMatchingCanBeSwitchedOff() {
        RouteIndex<String> index = index("1|all|200|GET /p ; 2|sold|200|GET /p?status=sold");
        MatchResult<String> result = matcher.match(index, Routes.call("GET /p?status=sold"), MatchDirectives.NONE,
                new MatchSettings(false, false, List.of()));
        assertEquals(100, result.score(), 0.001);
    }

    @Test
    void onlyCandidatesFromTheIndexAreScored() {
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            routes.add(i + "|r" + i + "|200|GET /items/item" + i + "/details");
        }
        routes.add("x|wild|200|GET /items/:id/details");
        MatchResult<String> result = matcher.match(index(String.join(";", routes)),
                Routes.call("GET /items/item5/details"), MatchDirectives.NONE, MatchSettings.DEFAULT);
        assertEquals("r5", result.route().answer());
        assertEquals(1, result.candidatesScored(), "the literal; not the wildcard, which cannot beat it, nor a "
                + "thousand routes");
    }

    @Test
    void noMatchHasNoRoute() {
        MatchResult<String> result = matcher.match(index("1|a|200|GET /a"), Routes.call("GET /b"),
                MatchDirectives.NONE, MatchSettings.DEFAULT);
        assertNull(result.route());
    }

    private static RouteIndex<String> index(String routes) {
        List<Route<String>> list = new ArrayList<>();
        for (String route : routes.split(";")) {
            String[] fields = route.strip().split("\\|");
            list.add(Routes.route(fields[0], fields[1], Integer.parseInt(fields[2]), list.size(), fields[3]));
        }
        return RouteIndex.of(list);
    }
}
