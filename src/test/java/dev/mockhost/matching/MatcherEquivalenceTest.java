package dev.mockhost.matching;

import dev.mockhost.collection.BodyMode;
import dev.mockhost.collection.Example;
import dev.mockhost.collection.NameValue;
import dev.mockhost.collection.RequestBody;
import dev.mockhost.collection.RequestItem;
import dev.mockhost.conformance.CorpusRoundTrip;
import dev.mockhost.conformance.ExampleRequest;
import dev.mockhost.rendering.ResponseTemplate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indexed matcher, which skips what cannot win, answers every call exactly as scoring every example does:
 * outcome, example, score, path step and captures. On every corpus collection (each example's own request and
 * mutations of it) and on generated mocks with numeric, UUID and word ids, wildcards, query variants, bodies,
 * headers and ties. Seeded: {@code -Dmockhost.fuzz.seed=N} varies it.
 */
class MatcherEquivalenceTest {

    private static final long SEED = Long.getLong("mockhost.fuzz.seed", 20261202L);
    private static final List<Integer> CODES = List.of(200, 200, 201, 400, 404, 500);

    private final Matcher indexed = new Matcher();
    private final ScanningMatcher scanning = new ScanningMatcher();
    private int compared;

    @Test
    void agreesWithAScanOfEveryExampleOnTheCorpus() throws Exception {
        Random random = new Random(SEED);
        for (CorpusRoundTrip.Served served : CorpusRoundTrip.collections()) {
            RouteIndex<ResponseTemplate> index = served.mock().routes();
            MatchSettings settings = served.mock().definition().match();
            List<String> codes = new ArrayList<>();
            index.routes().forEach(route -> codes.add(String.valueOf(route.code())));
            for (RequestItem item : served.collection().requests()) {
                for (Example example : item.examples()) {
                    IncomingRequest own = ExampleRequest.of(example, served.scope()).incoming();
                    check(served.name(), index, own, MatchDirectives.NONE, settings);
                    IncomingRequest mutated = mutate(own, random);
                    check(served.name(), index, mutated, directives(random, codes, index), settings);
                }
            }
        }
        System.out.println("indexed and scanning matchers agree on " + compared + " corpus calls");
        assertTrue(compared > 3000, "every corpus example and a mutation of it: " + compared);
    }

    @Test
    void agreesWithAScanOfEveryExampleOnGeneratedMocks() {
        Random random = new Random(SEED);
        int mocks = 0;
        for (IdKind kind : IdKind.values()) {
            for (int size : List.of(5, 60, 400, 2500)) {
                RouteIndex<String> index = generated(kind, size, random);
                mocks++;
                List<String> codes = CODES.stream().map(String::valueOf).toList();
                for (int i = 0; i < 900; i++) {
                    Route<String> from = index.routes().get(random.nextInt(index.size()));
                    IncomingRequest call = mutate(callFor(from, kind, random), random);
                    MatchDirectives directives = random.nextInt(3) == 0 ? directives(random, codes, index)
                            : MatchDirectives.NONE;
                    MatchSettings settings = random.nextInt(8) == 0
                            ? new MatchSettings(random.nextBoolean(), random.nextBoolean(), List.of("x-tenant"))
                            : MatchSettings.DEFAULT;
                    check(kind + "-" + size, index, call, directives, settings);
                }
            }
        }
        System.out.println("indexed and scanning matchers agree on " + compared + " calls to " + mocks
                + " generated mocks");
        assertTrue(compared >= 10_000, "at least 10,000 generated calls: " + compared);
    }

    private <T> void check(String mock, RouteIndex<T> index, IncomingRequest call, MatchDirectives directives,
                           MatchSettings settings) {
        MatchResult<T> expected = scanning.match(index, call, directives, settings);
        MatchResult<T> actual = indexed.match(index, call, directives, settings);
        String what = mock + ": " + call.method() + " " + call.path() + " " + call.query() + " " + directives;
        assertEquals(expected.outcome(), actual.outcome(), what);
        assertTrue(expected.route() == actual.route(), what + ": expected " + describe(expected) + ", got "
                + describe(actual));
        assertEquals(expected.score(), actual.score(), 1e-9, what);
        assertEquals(expected.pathStep(), actual.pathStep(), what);
        assertEquals(expected.captures(), actual.captures(), what);
        compared++;
    }

    private static String describe(MatchResult<?> result) {
        return result.route() == null ? result.outcome().toString()
                : result.route().id() + "#" + result.route().order() + " " + result.route().path() + " score "
                + result.score();
    }

    /** The ids a generated mock uses in its last path segment. */
    enum IdKind {
        NUMERIC, UUID, WORD, MIXED;

        String id(Random random, int n) {
            return switch (this) {
                case NUMERIC -> String.valueOf(n);
                case UUID -> new UUID(random.nextLong(), n).toString();
                case WORD -> "item-" + word(random, 4);
                case MIXED -> values()[n % 3].id(random, n);
            };
        }
    }

    /**
     * Routes as real collections hold them: one id per request under a few shapes, path variables and unresolved
     * variables, case and trailing-slash variants, query variants, bodies, a header, duplicate ids and names.
     */
    private static RouteIndex<String> generated(IdKind kind, int size, Random random) {
        List<Route<String>> routes = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            String id = kind.id(random, n + 1);
            String path = switch (random.nextInt(12)) {
                case 10 -> "/users/{{userId=}}/orders/" + id;
                case 11 -> "/items/" + id + "/{{variant=}}";
                case 0 -> "/items/:itemId";
                case 1 -> "/items/{{itemId}}/details";
                case 2 -> "/Items/" + id;
                case 3 -> "/items/" + id + "/";
                case 4 -> "/users/" + kind.id(random, random.nextInt(20)) + "/orders/" + id;
                case 5 -> "/users/:userId/orders/" + id;
                case 6 -> "/items/" + id + "/details";
                default -> "/items/" + id;
            };
            String query = switch (random.nextInt(6)) {
                case 0 -> "?page=1";
                case 1 -> "?page=2&size=10";
                case 2 -> "?q=" + word(random, 2);
                default -> "";
            };
            String routeId = random.nextInt(20) == 0 ? "dup-" + random.nextInt(5) : "r" + n;
            String name = random.nextInt(10) == 0 ? "Named " + random.nextInt(3) : "item " + n;
            int code = CODES.get(random.nextInt(CODES.size()));
            Route<String> plain = Routes.route(routeId, name, code, n, (random.nextInt(5) == 0 ? "POST " : "GET ")
                    + path + query);
            routes.add(decorated(plain, random));
        }
        return RouteIndex.of(routes);
    }

    /** Some routes get a saved header and a JSON body, to exercise the conditions and the equal-body bonus. */
    private static Route<String> decorated(Route<String> route, Random random) {
        if (random.nextInt(6) != 0) {
            return route;
        }
        List<NameValue> headers = List.of(new NameValue("Content-Type", "application/json"),
                new NameValue("x-tenant", random.nextBoolean() ? "a" : "b"));
        BodyPattern body = BodyPattern.of(new RequestBody(BodyMode.RAW, "{\"n\": " + random.nextInt(3) + "}",
                List.of(), "json"), headers);
        return new Route<>(route.id(), route.name(), route.code(), route.order(), route.method(), route.path(),
                route.query(), headers, body, route.answer());
    }

    /** A call to the route's path: wildcards filled, its query sent. */
    private static IncomingRequest callFor(Route<String> route, IdKind kind, Random random) {
        List<String> segments = new ArrayList<>();
        for (PathSegment segment : route.path().segments()) {
            boolean empty = segment instanceof PathSegment.Wildcard w && w.matchesEmpty() && random.nextBoolean();
            segments.add(segment instanceof PathSegment.Literal literal ? literal.text()
                    : empty ? "" : kind.id(random, random.nextInt(100)));
        }
        for (int i = 0; i < route.path().trailingSlashes(); i++) {
            segments.add("");
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String body = "";
        if (random.nextInt(5) == 0) {
            headers.put("Content-Type", "application/json");
            headers.put("x-tenant", random.nextBoolean() ? "a" : "b");
            body = "{\"n\":" + random.nextInt(3) + "}";
        }
        return new IncomingRequest(route.method(), RequestPath.of(segments), route.query(), headers::get, body);
    }

    /** The same call with one thing changed: an id, the case, a trailing slash, the query, the method. */
    private static IncomingRequest mutate(IncomingRequest call, Random random) {
        List<String> segments = new ArrayList<>(call.path().segments());
        List<NameValue> query = new ArrayList<>(call.query());
        String method = call.method();
        int at = segments.isEmpty() ? -1 : random.nextInt(segments.size());
        switch (random.nextInt(9)) {
            case 0 -> {
                if (at >= 0) {
                    segments.set(at, String.valueOf(random.nextInt(100_000)));
                }
            }
            case 1 -> {
                if (at >= 0) {
                    segments.set(at, new UUID(random.nextLong(), random.nextLong()).toString());
                }
            }
            case 2 -> {
                if (at >= 0) {
                    segments.set(at, segments.get(at).toUpperCase(Locale.ROOT));
                }
            }
            case 3 -> segments.add("");
            case 4 -> query.clear();
            case 5 -> query.add(new NameValue("page", String.valueOf(random.nextInt(3))));
            case 6 -> {
                for (int i = 0; i < 12; i++) {
                    query.add(new NameValue("extra" + i, "x"));
                }
            }
            case 7 -> method = "DELETE".equals(method) ? "GET" : random.nextBoolean() ? "POST" : "GET";
            default -> {
                // unchanged
            }
        }
        for (int i = 0; i < call.path().trailingSlashes(); i++) {
            segments.add("");
        }
        return new IncomingRequest(method, RequestPath.of(segments), query, call.headers(), call.body(),
                call.formFields());
    }

    /** Now and then a status, a name, header or body conditions, as a caller's {@code x-mock-*} headers ask. */
    private static MatchDirectives directives(Random random, List<String> codes, RouteIndex<?> index) {
        Integer code = random.nextInt(3) == 0 ? Integer.valueOf(codes.get(random.nextInt(codes.size()))) : null;
        String name = random.nextInt(6) == 0 && index.size() > 0
                ? index.routes().get(random.nextInt(index.size())).name() : null;
        List<String> headers = random.nextInt(6) == 0 ? List.of("x-tenant") : null;
        Boolean body = random.nextInt(6) == 0 ? Boolean.TRUE : null;
        return new MatchDirectives(code, null, name, headers, body);
    }

    private static String word(Random random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
