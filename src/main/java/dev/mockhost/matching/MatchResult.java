package dev.mockhost.matching;

import java.util.Map;

/**
 * The outcome of matching one call, with why: the score and path step of the winner and how many examples were
 * scored, so call logs, the console and 404 bodies can explain a choice.
 */
public record MatchResult<T>(Outcome outcome, Route<T> route, double score, PathStep pathStep,
                             Map<String, String> captures, int candidatesScored) {

    public enum Outcome {
        MATCHED, NO_MATCH, UNKNOWN_RESPONSE_ID, UNKNOWN_RESPONSE_NAME
    }

    public MatchResult {
        captures = captures == null ? Map.of() : Map.copyOf(captures);
    }

    static <T> MatchResult<T> failed(Outcome outcome, int candidatesScored) {
        return new MatchResult<>(outcome, null, 0, null, Map.of(), candidatesScored);
    }

    public boolean matched() {
        return outcome == Outcome.MATCHED;
    }

    public String explain() {
        return switch (outcome) {
            case MATCHED -> "example \"" + route.name() + "\" (" + route.id() + ") for " + route.method() + " "
                    + route.path() + ", score " + Math.round(score * 100) / 100.0 + ", path: "
                    + pathStep.description() + ", " + candidatesScored + " candidate(s) scored";
            case NO_MATCH -> candidatesScored + " candidate(s) scored, none matched";
            case UNKNOWN_RESPONSE_ID -> "no example has the id given in " + MatchDirectives.RESPONSE_ID;
            case UNKNOWN_RESPONSE_NAME -> "no example has the name given in " + MatchDirectives.RESPONSE_NAME;
        };
    }
}
