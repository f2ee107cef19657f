package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.List;

/**
 * Postman's query-parameter rule (since January 2023, spec section 3 step 5): parameters rank examples and never
 * exclude one. Keys compare case-sensitively, values percent-decoded.
 */
final class QueryScore {

    static final double ALL_MATCH = 10;
    static final int MAX_PENALTY = 10;

    private QueryScore() {
    }

    static double score(List<NameValue> expected, List<NameValue> actual) {
        if (expected.isEmpty() && actual.isEmpty()) {
            return 0;
        }
        int matches = 0;
        int partials = 0;
        int missing = 0;
        for (NameValue want : expected) {
            boolean sameKey = false;
            boolean sameValue = false;
            for (NameValue got : actual) {
                if (got.name().equals(want.name())) {
                    sameKey = true;
                    if (got.value().equals(want.value())) {
                        sameValue = true;
                        break;
                    }
                }
            }
            if (sameValue) {
                matches++;
            } else if (sameKey) {
                partials++;
            } else {
                missing++;
            }
        }
        for (NameValue got : actual) {
            if (expected.stream().noneMatch(want -> want.name().equals(got.name()))) {
                missing++;
            }
        }
        int total = matches + partials + missing;
        if (matches == total) {
            return ALL_MATCH;
        }
        if (matches > 0) {
            return ALL_MATCH * matches / total;
        }
        return -Math.min(missing, MAX_PENALTY);
    }
}
