package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * The optional conditions of spec section 3 step 6: request headers and body that an example's saved request must
 * share, switched on by the mock or by the caller's {@code x-mock-match-request-*} headers (the caller wins). With
 * body matching off, an example whose non-empty body equals the call's still gains {@link #EQUAL_BODY_BONUS}.
 */
final class RequestConditions {

    static final double EQUAL_BODY_BONUS = 5;

    Active activeFor(IncomingRequest request, MatchDirectives directives, MatchSettings settings) {
        List<String> headers = directives.matchHeaders() != null ? directives.matchHeaders()
                : settings.matchHeaders();
        boolean body = directives.matchBody() != null ? directives.matchBody() : settings.matchBody();
        return new Active(headers, body, new ActualBody(request));
    }

    /** The conditions in force for one call, with the call's body read lazily. */
    record Active(List<String> headers, boolean body, ActualBody actual) {

        boolean accepts(Route<?> route, IncomingRequest request) {
            for (String name : headers) {
                String sent = request.header(name);
                String saved = savedHeader(route, name);
                if (sent == null || saved == null || !saved.strip().equals(sent.strip())) {
                    return false;
                }
            }
            return !body || route.body().matches(actual, true);
        }

        /** Whether some route could gain the equal-body bonus on this call. */
        boolean bonusPossible() {
            return !body && !actual.isEmpty();
        }

        double bonus(Route<?> route) {
            if (body || route.body().kind() == BodyPattern.Kind.NONE || actual.isEmpty()) {
                return 0;
            }
            return route.body().matches(actual, false) ? EQUAL_BODY_BONUS : 0;
        }

        private static String savedHeader(Route<?> route, String name) {
            for (NameValue header : route.headers()) {
                if (header.name().equalsIgnoreCase(name)) {
                    return header.value();
                }
            }
            return null;
        }
    }
}
