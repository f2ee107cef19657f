package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses the example that answers a call, in Postman's order (spec section 3): method, the {@code x-mock-*}
 * headers, path, query, then the optional header and body conditions; highest score wins, ties go to the first
 * example by id with status 200, else the first by id. Only the candidates the index returns are scored.
 */
public final class Matcher {

    public static final double BASE_SCORE = 100;

    private final RequestConditions conditions = new RequestConditions();

    public <T> MatchResult<T> match(RouteIndex<T> index, IncomingRequest request, MatchDirectives directives,
                                    MatchSettings settings) {
        if (directives.responseId() != null) {
            return byId(index, request, directives);
        }
        List<Route<T>> candidates = index.candidates(request.method(), request.path());
        List<Route<T>> named = null;
        if (directives.responseName() != null) {
            named = filter(index.named(directives.responseName()), request.method(), directives.responseCode());
            if (named.isEmpty()) {
                return MatchResult.failed(MatchResult.Outcome.UNKNOWN_RESPONSE_NAME, 0);
            }
        }
        RequestConditions.Active active = conditions.activeFor(request, directives, settings);
        List<Route<T>> best = new ArrayList<>(2);
        double bestScore = Double.NEGATIVE_INFINITY;
        PathStep bestStep = null;
        int scored = 0;
        for (Route<T> route : candidates) {
            if (directives.responseCode() != null && route.code() != directives.responseCode()) {
                continue;
            }
            if (named != null && !route.name().equals(directives.responseName())) {
                continue;
            }
            PathStep step = route.path().compare(request.path(), null);
            if (step == null || !active.accepts(route, request)) {
                continue;
            }
            scored++;
            double score = BASE_SCORE - step.deduction()
                    + (settings.matchQueryParams() ? QueryScore.score(route.query(), request.query()) : 0)
                    + active.bonus(route);
            int order = Double.compare(score, bestScore);
            if (order > 0) {
                best.clear();
                bestScore = score;
                bestStep = step;
            }
            if (order >= 0) {
                best.add(route);
            }
        }
        if (best.isEmpty()) {
            if (named != null) {
                return explicit(tieBreak(named), request);
            }
            return MatchResult.failed(MatchResult.Outcome.NO_MATCH, scored);
        }
        Route<T> winner = tieBreak(best);
        if (best.size() > 1) {
            bestStep = winner.path().compare(request.path(), null);
        }
        Map<String, String> captures = RoutePath.newCaptures();
        winner.path().compare(request.path(), captures);
        return new MatchResult<>(MatchResult.Outcome.MATCHED, winner, bestScore, bestStep, captures, scored);
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
