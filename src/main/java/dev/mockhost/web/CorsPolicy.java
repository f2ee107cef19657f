package dev.mockhost.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which origins may call, and what to answer them (spec section 6). By default every origin, as Postman's hosted
 * mocks allow; with a configured list, or with credentials, the caller's own origin is echoed, since browsers
 * refuse {@code *} for credentialed calls.
 */
final class CorsPolicy {

    /**
     * Headers a preflight always allows: the key, the ones browser apps send most, and every {@code x-mock-*} header
     * a call may carry (choosing the example, its delay, asking for the explanation).
     */
    static final List<String> ALWAYS_ALLOWED_HEADERS = List.of("x-api-key", "content-type", "authorization",
            "x-mock-response-code", "x-mock-response-id", "x-mock-response-name", "x-mock-match-request-headers",
            "x-mock-match-request-body", "x-mock-response-delay", "x-mock-explain");

    static final String METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

    private final Set<String> origins;
    private final boolean anyOrigin;
    private final boolean credentials;
    private final long maxAgeSeconds;

    CorsPolicy(String allowedOrigins, boolean credentials, long maxAgeSeconds) {
        this.origins = new LinkedHashSet<>();
        Arrays.stream(allowedOrigins.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(CorsPolicy::normalize).forEach(origins::add);
        this.anyOrigin = origins.isEmpty() || origins.contains("*");
        this.credentials = credentials;
        this.maxAgeSeconds = maxAgeSeconds;
    }

    boolean allows(String origin) {
        return anyOrigin || origins.contains(normalize(origin));
    }

    /** The {@code Access-Control-Allow-Origin} value for an allowed origin. */
    String allowOrigin(String origin) {
        return anyOrigin && !credentials ? "*" : origin;
    }

    boolean credentials() {
        return credentials;
    }

    long maxAgeSeconds() {
        return maxAgeSeconds;
    }

    /** The requested headers plus the ones Mockhost always allows, without duplicates. */
    String allowHeaders(String requested) {
        Set<String> headers = new LinkedHashSet<>();
        if (requested != null) {
            Arrays.stream(requested.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).forEach(headers::add);
        }
        headers.addAll(ALWAYS_ALLOWED_HEADERS);
        return String.join(", ", headers);
    }

    /** The requested method first, then the usual ones, so any method a mock serves can be called. */
    String allowMethods(String requested) {
        String method = requested.strip().toUpperCase(Locale.ROOT);
        return METHODS.contains(method) ? METHODS : method + ", " + METHODS;
    }

    /** Headers of CORS itself: set by the filter, overridden (not added to) by a saved example, never exposed. */
    static boolean isCorsHeader(String name) {
        return name.regionMatches(true, 0, "Access-Control-", 0, 15);
    }

    private static String normalize(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
