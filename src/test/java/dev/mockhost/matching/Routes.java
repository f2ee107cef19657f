package dev.mockhost.matching;

import dev.mockhost.collection.NameValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test routes and calls written the way a Postman user reads them: {@code GET /pets/:id?x=1}; {@code {{name=}}} is
 * a variable defined with an empty value.
 */
final class Routes {

    private Routes() {
    }

    /** {@code "GET /pets/:id?x=1"} -> a route answering its own name. */
    static Route<String> route(String id, String name, int code, int order, String methodAndUrl) {
        String[] parts = methodAndUrl.split(" ", 2);
        String url = parts[1];
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        List<PathSegment> segments = new ArrayList<>();
        for (String segment : splitPath(path)) {
            if (segment.startsWith("{{") && segment.endsWith("=}}")) {
                // {{name=}}: a variable defined as empty
                segments.add(PathSegment.emptyVariable(segment.substring(2, segment.length() - 3)));
            } else if (segment.startsWith(":") || (segment.startsWith("{{") && segment.endsWith("}}"))) {
                segments.add(PathSegment.wildcard(segment.replaceAll("^:|^\\{\\{|}}$", "")));
            } else {
                segments.add(PathSegment.literal(segment));
            }
        }
        return new Route<>(id, name, code, order, parts[0], RoutePath.of(segments),
                question < 0 ? List.of() : query(url.substring(question + 1)), List.of(), BodyPattern.NONE, name);
    }

    static IncomingRequest call(String methodAndUrl) {
        String[] parts = methodAndUrl.split(" ", 2);
        String url = parts[1];
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        return new IncomingRequest(parts[0], RequestPath.of(splitPath(path)),
                question < 0 ? List.of() : query(url.substring(question + 1)), HeaderLookup.NONE, "");
    }

    private static List<String> splitPath(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }

    private static List<NameValue> query(String query) {
        List<NameValue> pairs = new ArrayList<>();
        for (String part : query.split("&")) {
            int equals = part.indexOf('=');
            pairs.add(equals < 0 ? new NameValue(part, "") : new NameValue(part.substring(0, equals),
                    part.substring(equals + 1)));
        }
        return pairs;
    }
}
