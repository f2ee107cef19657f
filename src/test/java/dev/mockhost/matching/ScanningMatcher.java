package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Postman's rules applied the plain way, by scoring every example of the mock: the reference the indexed
 * {@link Matcher} must agree with on every call. Only the {@code x-mock-response-id} lookup is shared, since it is
 * a map lookup with nothing to prune.
 */
public final class ScanningMatcher {

    private final Matcher matcher = new Matcher();
    private final RequestConditions conditions = new RequestConditions();

    public <T> MatchResult<T> match(RouteIndex<T> index, IncomingRequest request, MatchDirectives directives,
                                    MatchSettings settings) {
        if (directives.responseId() != null) {
            return matcher.match(index, request, directives, settings);
        }
        RequestConditions.Active active = conditions.activeFor(request, directives, settings);
        List<Route<T>> named = null;
        if (directives.responseName() != null) {
            named = new ArrayList<>();
            for (Route<T> route : index.routes()) {
                if (route.name().equals(directives.responseName()) && route.method().equals(request.method())
                        && (directives.responseCode() == null || route.code() == directives.responseCode())) {
                    named.add(route);
                }
            }
            if (named.isEmpty()) {
                return MatchResult.failed(MatchResult.Outcome.UNKNOWN_RESPONSE_NAME, 0);
            }
        }
        List<Route<T>> best = new ArrayList<>();
        double bestScore = Double.NEGATIVE_INFINITY;
        int scored = 0;
        for (Route<T> route : index.routes()) {
            if (!route.method().equals(request.method())
                    || (directives.responseCode() != null && route.code() != directives.responseCode())
                    || (named != null && !route.name().equals(directives.responseName()))) {
                continue;
            }
            PathStep step = route.path().compare(request.path(), null);
            if (step == null || !active.accepts(route, request)) {
                continue;
            }
            scored++;
            double score = Matcher.BASE_SCORE - step.deduction()
                    + (settings.matchQueryParams() ? QueryScore.score(route.query(), request.query()) : 0)
                    + active.bonus(route);
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore) {
                best.add(route);
            }
        }
        if (best.isEmpty()) {
            if (named != null) {
                Route<T> chosen = Matcher.tieBreak(named);
                Map<String, String> captures = RoutePath.newCaptures();
                chosen.path().compare(request.path(), captures);
                return new MatchResult<>(MatchResult.Outcome.MATCHED, chosen, Matcher.BASE_SCORE, PathStep.EXPLICIT,
                        captures, 1);
            }
            return MatchResult.failed(MatchResult.Outcome.NO_MATCH, scored);
        }
        Route<T> winner = Matcher.tieBreak(best);
        Map<String, String> captures = RoutePath.newCaptures();
        PathStep step = winner.path().compare(request.path(), captures);
        return new MatchResult<>(MatchResult.Outcome.MATCHED, winner, bestScore, step, captures, scored);
    }
}
