package dev.mockhost.matching;

import java.util.List;

/**
 * A mock's own matching switches (Postman's mock {@code config}); request headers can override the last two.
 *
 * @param matchHeaders names of request headers an example's saved request must carry with equal values
 */
public record MatchSettings(boolean matchQueryParams, boolean matchBody, List<String> matchHeaders) {

    public static final MatchSettings DEFAULT = new MatchSettings(true, false, List.of());

    public MatchSettings {
        matchHeaders = List.copyOf(matchHeaders);
    }
}
