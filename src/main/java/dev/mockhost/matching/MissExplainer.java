package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The nearest examples of a call that nothing answered, and the first rule each failed: the method, a path segment,
 * the asked status or name, a header, the body. Run only for misses (and when a caller asks), on at most a bounded
 * number of trie nodes, so the hit path stays as fast and a miss costs the same whatever the number of examples.
 */
final class MissExplainer {

    static final int NEAREST = 3;

    private MissExplainer() {
    }

    static <T> List<Explanation.Near> nearest(RouteIndex<T> index, IncomingRequest request, MatchDirectives directives,
                                              RequestConditions.Active active) {
        List<Route<T>> candidates = new ArrayList<>();
        PathTrie.Reach<T> reach = index.reach(request.method(), request.path());
        if (reach != null) {
            // the path matched; a condition or a filter did not
            for (List<PathTrie.Node<T>> nodes : List.of(reach.direct, reach.belowIdLike)) {
                for (PathTrie.Node<T> node : nodes) {
                    node.groups.forEach(group -> add(candidates, group.sample()));
                }
            }
        }
        PathTrie<T> own = index.trie(request.method());
        if (own != null) {
            own.nearest(request.path(), NEAREST).forEach(route -> add(candidates, route));
        }
        index.tries().forEach((method, trie) -> {
            if (!method.equals(request.method()) && candidates.size() < NEAREST * 2) {
                trie.nearest(request.path(), NEAREST).forEach(route -> add(candidates, route));
            }
        });
        List<Failed<T>> failing = new ArrayList<>();
        for (Route<T> route : candidates) {
            Failed<T> failed = firstFailure(route, request, directives, active);
            if (failed != null) {
                failing.add(failed);
            }
        }
        failing.sort(Comparator.comparingInt(Failed::distance)); // stable: the trie's order among equals
        return failing.stream().limit(NEAREST).map(f -> new Explanation.Near(f.route().id(), f.route().name(),
                f.route().method(), f.route().path().toString(), f.rule())).toList();
    }

    /**
     * The rule an example failed and how far that puts it from the call: another method is farthest, then another
     * number of segments, then a segment that differs (the later, the nearer), then a status, a name, a header or
     * the body.
     */
    private record Failed<T>(Route<T> route, String rule, int distance) {

        static final int METHOD = 1000;
        static final int SEGMENT_COUNT = 900;
        static final int SEGMENT = 500;
        static final int CONDITION = 0;
    }

    private static <T> void add(List<Route<T>> candidates, Route<T> route) {
        if (!candidates.contains(route) && candidates.size() < NEAREST * 4) {
            candidates.add(route);
        }
    }

    /** The first rule of Postman's order that {@code route} fails on this call; null when it fails none. */
    private static <T> Failed<T> firstFailure(Route<T> route, IncomingRequest request, MatchDirectives directives,
                                              RequestConditions.Active active) {
        if (!route.method().equals(request.method())) {
            return new Failed<>(route, "method: saved for " + route.method() + ", the call is " + request.method(),
                    Failed.METHOD);
        }
        if (directives.responseCode() != null && route.code() != directives.responseCode()) {
            return new Failed<>(route, "status: saved " + route.code() + ", " + MatchDirectives.RESPONSE_CODE
                    + " asks " + directives.responseCode(), Failed.CONDITION);
        }
        if (directives.responseName() != null && !route.name().equals(directives.responseName())) {
            return new Failed<>(route, "name: saved \"" + route.name() + "\", " + MatchDirectives.RESPONSE_NAME
                    + " asks \"" + directives.responseName() + "\"", Failed.CONDITION);
        }
        if (route.path().compare(request.path(), null) == null) {
            return pathFailure(route, request.path());
        }
        for (String name : active.headers()) {
            String sent = request.header(name);
            String saved = null;
            for (NameValue header : route.headers()) {
                if (header.name().equalsIgnoreCase(name)) {
                    saved = header.value();
                }
            }
            if (saved == null) {
                return new Failed<>(route, "header " + name + ": the example's request saves none",
                        Failed.CONDITION);
            }
            if (sent == null || !saved.strip().equals(sent.strip())) {
                return new Failed<>(route, "header " + name + ": saved \"" + saved + "\", the call "
                        + (sent == null ? "sends none" : "sends \"" + sent + "\""), Failed.CONDITION);
            }
        }
        if (active.body() && !route.body().matches(active.actual(), true)) {
            return new Failed<>(route, "body: not the saved one" + (route.body().mediaType().isEmpty() ? ""
                    : " (saved as " + route.body().mediaType() + ")"), Failed.CONDITION);
        }
        return null;
    }

    private static <T> Failed<T> pathFailure(Route<T> route, RequestPath call) {
        RoutePath saved = route.path();
        List<PathSegment> segments = saved.segments();
        List<String> actual = call.segments();
        int shorter = segments.size() - saved.emptyTail();
        if (actual.size() != segments.size() && actual.size() != shorter) {
            return new Failed<>(route, "path: saved " + segments.size() + " segment(s), the call has "
                    + actual.size(), Failed.SEGMENT_COUNT);
        }
        for (int i = 0; i < actual.size(); i++) {
            String segment = actual.get(i);
            if (segments.get(i) instanceof PathSegment.Wildcard wildcard) {
                if (segment.isEmpty() && !wildcard.matchesEmpty()) {
                    return new Failed<>(route, "path segment " + (i + 1) + ": saved :" + wildcard.name()
                            + ", which needs a value; the call's is empty", Failed.SEGMENT - i);
                }
                continue;
            }
            PathSegment.Literal literal = (PathSegment.Literal) segments.get(i);
            boolean same = literal.folded().equals(call.folded().get(i))
                    || (literal.idLike() && IdLike.test(segment));
            if (!same) {
                return new Failed<>(route, "path segment " + (i + 1) + ": saved \"" + literal.text()
                        + "\", the call has \"" + segment + "\"", Failed.SEGMENT - i);
            }
        }
        return new Failed<>(route, "path: differs", Failed.SEGMENT_COUNT);
    }
}
