package dev.mockhost.matching;

import java.util.List;

/**
 * The optional conditions of spec section 3 step 6: request headers and body that an example's saved request must
 * share, switched on by the mock or by the caller's {@code x-mock-match-request-*} headers (the caller wins).
 */
final class RequestConditions {

    Active activeFor(MatchDirectives directives, MatchSettings settings) {
        List<String> headers = directives.matchHeaders() != null ? directives.matchHeaders()
                : settings.matchHeaders();
        boolean body = directives.matchBody() != null ? directives.matchBody() : settings.matchBody();
        return new Active(headers, body);
    }

    /** The conditions in force for one call. */
    record Active(List<String> headers, boolean body) {

        boolean accepts(Route<?> route, IncomingRequest request) {
            return true;
        }

        double bonus(Route<?> route, IncomingRequest request) {
            return 0;
        }
    }
}
