package dev.mockhost.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scores of one call: the best so far and the routes tied at it. Knows the most any route can still gain over
 * its path step (the query and equal-body bonuses), so candidates that cannot reach the best are skipped unscored.
 */
final class Scoring<T> {

    private final IncomingRequest request;
    private final Integer responseCode;
    private final boolean matchQuery;
    private final RequestConditions.Active active;
    private final double mostGained;
    private final List<Route<T>> tied = new ArrayList<>(2);
    private double best = Double.NEGATIVE_INFINITY;
    private int scored;

    Scoring(IncomingRequest request, Integer responseCode, boolean matchQuery, RequestConditions.Active active) {
        this.request = request;
        this.responseCode = responseCode;
        this.matchQuery = matchQuery;
        this.active = active;
        // without parameters in the call the query rule only deducts; the equal-body bonus needs a body to compare
        this.mostGained = (matchQuery && !request.query().isEmpty() ? QueryScore.ALL_MATCH : 0)
                + (active.bonusPossible() ? RequestConditions.EQUAL_BODY_BONUS : 0);
    }

    /** The route of {@code group} that answers when the group wins: by the tie rule, among the asked status. */
    Route<T> pick(RouteGroup<T> group) {
        return responseCode == null ? group.winner() : group.withCode(responseCode);
    }

    /** Whether a route matched at {@code step} could still win or tie. */
    boolean couldReach(PathStep step) {
        return Matcher.BASE_SCORE - step.deduction() + mostGained >= best;
    }

    /**
     * Scores {@code sample} matched at {@code step} (null: its path does not match) on behalf of {@code pick}, the
     * route that answers if it wins (null: none of the asked status).
     */
    void offer(Route<T> sample, PathStep step, Route<T> pick) {
        if (step == null || pick == null || !couldReach(step) || !active.accepts(sample, request)) {
            return;
        }
        scored++;
        double score = Matcher.BASE_SCORE - step.deduction()
                + (matchQuery ? QueryScore.score(sample.query(), request.query()) : 0)
                + active.bonus(sample);
        if (score > best) {
            tied.clear();
            best = score;
        }
        if (score == best) {
            tied.add(pick);
        }
    }

    boolean isEmpty() {
        return tied.isEmpty();
    }

    /** The winner by Postman's tie rule, or a failure with {@code outcomeWhenEmpty} when nothing matched. */
    MatchResult<T> result(MatchResult.Outcome outcomeWhenEmpty) {
        if (tied.isEmpty()) {
            return MatchResult.failed(outcomeWhenEmpty, scored);
        }
        Route<T> winner = Matcher.tieBreak(tied);
        Map<String, String> captures = RoutePath.newCaptures();
        PathStep step = winner.path().compare(request.path(), captures);
        return new MatchResult<>(MatchResult.Outcome.MATCHED, winner, best, step, captures, scored);
    }
}
