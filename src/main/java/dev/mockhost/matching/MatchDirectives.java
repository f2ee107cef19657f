package dev.mockhost.matching;

import java.util.Arrays;
import java.util.List;

/**
 * What the caller asked for with Postman's {@code x-mock-*} request headers.
 *
 * @param responseCode  {@code x-mock-response-code}, or null
 * @param responseId    {@code x-mock-response-id}, or null
 * @param responseName  {@code x-mock-response-name}, or null
 * @param matchHeaders  {@code x-mock-match-request-headers} as names; null when absent, so the mock decides
 * @param matchBody     {@code x-mock-match-request-body}; null when absent
 */
public record MatchDirectives(Integer responseCode, String responseId, String responseName,
                              List<String> matchHeaders, Boolean matchBody) {

    public static final String RESPONSE_CODE = "x-mock-response-code";
    public static final String RESPONSE_ID = "x-mock-response-id";
    public static final String RESPONSE_NAME = "x-mock-response-name";
    public static final String MATCH_HEADERS = "x-mock-match-request-headers";
    public static final String MATCH_BODY = "x-mock-match-request-body";

    /** Every header of the call that choosing the example reads. */
    public static final List<String> HEADERS = List.of(RESPONSE_CODE, RESPONSE_ID, RESPONSE_NAME, MATCH_HEADERS,
            MATCH_BODY);

    public static final MatchDirectives NONE = new MatchDirectives(null, null, null, null, null);

    /**
     * Reads the directives from request headers.
     *
     * @throws InvalidDirectiveException naming the header when a value cannot be used
     */
    public static MatchDirectives from(HeaderLookup headers, MatchSettings settings) {
        String code = headers.first(RESPONSE_CODE);
        Integer responseCode = null;
        if (code != null && !code.isBlank()) {
            responseCode = parseCode(code.strip());
        }
        return new MatchDirectives(responseCode, blankToNull(headers.first(RESPONSE_ID)),
                blankToNull(headers.first(RESPONSE_NAME)),
                headerList(headers.first(MATCH_HEADERS), settings), booleanOrNull(headers.first(MATCH_BODY)));
    }

    private static Integer parseCode(String code) {
        if (code.length() == 3 && code.chars().allMatch(Character::isDigit)) {
            int value = Integer.parseInt(code);
            if (value >= 100 && value <= 599) {
                return value;
            }
        }
        throw new InvalidDirectiveException(RESPONSE_CODE, "must be an HTTP status code from 100 to 599, not \""
                + code + "\"");
    }

    private static List<String> headerList(String value, MatchSettings settings) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.equalsIgnoreCase("true")) {
            return settings.matchHeaders();
        }
        if (trimmed.equalsIgnoreCase("false")) {
            return List.of();
        }
        return Arrays.stream(trimmed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Boolean booleanOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Boolean.parseBoolean(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
