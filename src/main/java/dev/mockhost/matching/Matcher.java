package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses the example that answers a call, in Postman's order (spec section 3): method, the {@code x-mock-*}
 * headers, path, query, then the optional header and body conditions; highest score wins, ties go to the first
 * example by id with status 200, else the first by id. Only the trie nodes a call can reach are looked at, and
 * there only the groups of alike routes that could still win.
 */
public final class Matcher {

    public static final double BASE_SCORE = 100;

    private final RequestConditions conditions = new RequestConditions();

    public <T> MatchResult<T> match(RouteIndex<T> index, IncomingRequest request, MatchDirectives directives,
                                    MatchSettings settings) {
        if (directives.responseId() != null) {
            return byId(index, request, directives);
        }
        Scoring<T> scoring = new Scoring<>(request, directives.responseCode(), settings.matchQueryParams(),
                conditions.activeFor(request, directives, settings));
        if (directives.responseName() != null) {
            return byName(index, request, directives, scoring);
        }
        PathTrie.Reach<T> reach = index.reach(request.method(), request.path());
        if (reach != null) {
            for (PathTrie.Node<T> node : reach.direct) {
                for (RouteGroup<T> group : node.groups) {
                    scoring.offer(group.sample(), group.sample().path().compare(request.path(), null),
                            scoring.pick(group));
                }
            }
            // Postman's steps deduct fixed points and the bonuses are bounded: an id-like step can only win or tie
            // when nothing better was found, so the merged id-like nodes are usually never looked at.
            if (!reach.belowIdLike.isEmpty() && scoring.couldReach(PathStep.ID_LIKE)) {
                for (PathTrie.Node<T> node : reach.belowIdLike) {
                    for (RouteGroup<T> group : node.groups) {
                        scoring.offer(group.sample(), group.sample().path().idLikeStep(request.path()),
                                scoring.pick(group));
                    }
                }
            }
        }
        return scoring.result(MatchResult.Outcome.NO_MATCH);
    }

    /**
     * Why {@code result} is the outcome of this call: the chosen example with its step and score, or, when nothing
     * matched, the nearest examples and the first rule each failed. Costs a bounded walk of the index; call it for
     * misses, and for hits only when someone asks.
     */
    public <T> Explanation explain(RouteIndex<T> index, IncomingRequest request, MatchDirectives directives,
                                   MatchSettings settings, MatchResult<T> result) {
        return switch (result.outcome()) {
            case MATCHED -> new Explanation(result.pathStep() == PathStep.EXPLICIT ? "chosen by header" : "matched",
                    new Explanation.Chosen(result.route().id(), result.route().name(), result.route().method(),
                            result.route().path().toString(), result.pathStep().description(), result.score()),
                    List.of());
            case NO_MATCH -> new Explanation("no example matched", null, MissExplainer.nearest(index, request,
                    directives, conditions.activeFor(request, directives, settings)));
            case UNKNOWN_RESPONSE_ID -> new Explanation("no example of " + request.method() + " has the id given in "
                    + MatchDirectives.RESPONSE_ID, null, List.of());
            case UNKNOWN_RESPONSE_NAME -> new Explanation("no example of " + request.method() + " has the name "
                    + "given in " + MatchDirectives.RESPONSE_NAME, null, List.of());
        };
    }

    /** {@code x-mock-response-name}: the named examples only, the best on the path, else by the tie rule. */
    private <T> MatchResult<T> byName(RouteIndex<T> index, IncomingRequest request, MatchDirectives directives,
                                      Scoring<T> scoring) {
        List<Route<T>> named = filter(index.named(directives.responseName()), request.method(),
                directives.responseCode());
        if (named.isEmpty()) {
            return MatchResult.failed(MatchResult.Outcome.UNKNOWN_RESPONSE_NAME, 0);
        }
        for (Route<T> route : named) {
            scoring.offer(route, route.path().compare(request.path(), null), route);
        }
        return scoring.isEmpty() ? explicit(tieBreak(named), request)
                : scoring.result(MatchResult.Outcome.NO_MATCH);
    }

    private <T> MatchResult<T> byId(RouteIndex<T> index, IncomingRequest request, MatchDirectives directives) {
        String id = directives.responseId();
        List<Route<T>> routes = filter(index.withId(id), request.method(), directives.responseCode());
        int dash = id.indexOf('-');
        if (routes.isEmpty() && dash > 0) {
            // Postman's uid form: <owner id>-<example id>
            routes = filter(index.withId(id.substring(dash + 1)), request.method(), directives.responseCode());
        }
        if (routes.isEmpty()) {
            return MatchResult.failed(MatchResult.Outcome.UNKNOWN_RESPONSE_ID, 0);
        }
        return explicit(routes.get(0), request);
    }

    private static <T> MatchResult<T> explicit(Route<T> route, IncomingRequest request) {
        Map<String, String> captures = RoutePath.newCaptures();
        route.path().compare(request.path(), captures);
        return new MatchResult<>(MatchResult.Outcome.MATCHED, route, BASE_SCORE, PathStep.EXPLICIT, captures, 1);
    }

    private static <T> List<Route<T>> filter(List<Route<T>> routes, String method, Integer code) {
        List<Route<T>> kept = new ArrayList<>(routes.size());
        for (Route<T> route : routes) {
            if (route.method().equals(method) && (code == null || route.code() == code)) {
                kept.add(route);
            }
        }
        return kept;
    }

    /** Postman's tie rule: sorted by id, the first with status 200, else the first. */
    static <T> Route<T> tieBreak(List<Route<T>> tied) {
        if (tied.size() == 1) {
            return tied.get(0);
        }
        List<Route<T>> sorted = new ArrayList<>(tied);
        sorted.sort(RouteIndex.BY_ID);
        for (Route<T> route : sorted) {
            if (route.code() == 200) {
                return route;
            }
        }
        return sorted.get(0);
    }
}
