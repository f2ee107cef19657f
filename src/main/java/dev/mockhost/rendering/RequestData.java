package dev.mockhost.rendering;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.matching.IncomingRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What Postman's template helpers read from the call: {@code $body} (whole, or a property by object path with
 * {@code \.} for a dot inside a key), {@code $headers}, {@code $queryParams}, {@code $pathSegments} (0-based). The
 * body is parsed at most once per call, and only when a template asks for a property of it.
 */
final class RequestData {

    /** The helper names, as written after {@code $}. */
    enum Source {
        BODY("body"), HEADERS("headers"), QUERY_PARAMS("queryParams"), PATH_SEGMENTS("pathSegments");

        private final String helper;

        Source(String helper) {
            this.helper = helper;
        }

        static Source named(String name) {
            for (Source source : values()) {
                if (source.helper.equals(name)) {
                    return source;
                }
            }
            return null;
        }
    }

    private final IncomingRequest request;
    private JsonValue json;
    private boolean jsonRead;

    RequestData(IncomingRequest request) {
        this.request = request;
    }

    /** The value, or null when the call has none (the template then inserts its default). */
    String read(Source source, String argument) {
        if (request == null) {
            return null;
        }
        return switch (source) {
            case BODY -> argument == null ? request.body() : bodyProperty(argument);
            case HEADERS -> argument == null ? null : request.header(argument);
            case QUERY_PARAMS -> argument == null ? null : queryParameter(argument);
            case PATH_SEGMENTS -> argument == null ? null : pathSegment(argument);
        };
    }

    private String queryParameter(String name) {
        for (NameValue pair : request.query()) {
            if (pair.name().equals(name)) {
                return pair.value();
            }
        }
        return null;
    }

    private String pathSegment(String index) {
        try {
            int i = Integer.parseInt(index.strip());
            List<String> segments = request.path().segments();
            return i >= 0 && i < segments.size() ? segments.get(i) : null;
        } catch (NumberFormatException notAnIndex) {
            return null;
        }
    }

    private String bodyProperty(String path) {
        JsonValue value = body();
        for (String key : objectPath(path)) {
            if (value instanceof JsonObject object) {
                value = object.get(key);
            } else if (value instanceof JsonArray array && isIndex(key, array.size())) {
                value = array.get(Integer.parseInt(key));
            } else {
                return null;
            }
            if (value == null) {
                return null;
            }
        }
        if (value == null) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private JsonValue body() {
        if (!jsonRead) {
            jsonRead = true;
            if (!request.body().isBlank()) {
                try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(request.body()))) {
                    json = reader.readValue();
                } catch (JsonException | IllegalStateException notJson) {
                    json = null;
                }
            }
        }
        return json;
    }

    /** {@code a.b.0} -> [a, b, 0]; {@code a\.a} is the one key {@code a.a}. */
    static List<String> objectPath(String path) {
        List<String> keys = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length() && path.charAt(i + 1) == '.') {
                key.append('.');
                i++;
            } else if (c == '.') {
                keys.add(key.toString());
                key.setLength(0);
            } else {
                key.append(c);
            }
        }
        keys.add(key.toString());
        return keys;
    }

    private static boolean isIndex(String key, int size) {
        if (key.isEmpty() || key.length() > 9 || !key.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(key) < size;
    }
}
