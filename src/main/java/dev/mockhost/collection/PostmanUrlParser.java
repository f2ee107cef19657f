package dev.mockhost.collection;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw request URL the way Postman's URL parser does: an optional scheme, optional credentials, the host up to
 * the first slash, then the path and the query. Text inside {@code {{...}}} never splits anything, so
 * {@code {{baseUrl}}/pets/1} has the host {@code {{baseUrl}}} and the path {@code pets/1}, and a raw URL without a
 * scheme or a leading slash ({@code users/1}) reads its first part as the host, as Postman does.
 */
final class PostmanUrlParser {

    private PostmanUrlParser() {
    }

    static RequestUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return RequestUrl.EMPTY;
        }
        String rest = raw.strip();
        int hash = indexOutsideVariables(rest, '#', 0);
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = "";
        int question = indexOutsideVariables(rest, '?', 0);
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        rest = stripSchemeAndCredentials(rest);
        String path;
        if (rest.startsWith("/")) {
            path = rest.substring(1);
        } else {
            int slash = indexOutsideVariables(rest, '/', 0);
            path = slash < 0 ? null : rest.substring(slash + 1);
        }
        List<String> segments = path == null ? List.of() : split(path, '/');
        return new RequestUrl(segments, parseQuery(query), List.of());
    }

    /** Splits a path given as one string in an object URL ({@code "path": "/pets/1"}). */
    static List<String> splitPath(String path) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        return split(path.startsWith("/") ? path.substring(1) : path, '/');
    }

    static List<NameValue> parseQuery(String query) {
        List<NameValue> pairs = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return pairs;
        }
        for (String part : split(query, '&')) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = indexOutsideVariables(part, '=', 0);
            pairs.add(equals < 0 ? new NameValue(part, "")
                    : new NameValue(part.substring(0, equals), part.substring(equals + 1)));
        }
        return pairs;
    }

    private static String stripSchemeAndCredentials(String url) {
        String rest = url;
        int scheme = rest.indexOf("://");
        if (scheme > 0 && indexOutsideVariables(rest.substring(0, scheme), '/', 0) < 0) {
            rest = rest.substring(scheme + 3);
        }
        int slash = indexOutsideVariables(rest, '/', 0);
        int at = indexOutsideVariables(rest, '@', 0);
        if (at >= 0 && (slash < 0 || at < slash)) {
            rest = rest.substring(at + 1);
        }
        return rest;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = indexOutsideVariables(text, separator, from);
            if (next < 0) {
                parts.add(text.substring(from));
                return parts;
            }
            parts.add(text.substring(from, next));
            from = next + 1;
        }
    }

    /** Index of {@code c} at or after {@code from}, skipping {@code {{...}}} spans; -1 when absent. */
    static int indexOutsideVariables(String text, char c, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.startsWith("{{", i)) {
                int close = text.indexOf("}}", i + 2);
                if (close < 0) {
                    return text.indexOf(c, i);
                }
                i = close + 2;
                continue;
            }
            if (text.charAt(i) == c) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
