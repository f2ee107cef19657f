package dev.mockhost.collection;

import jakarta.json.JsonValue;

import java.util.Map;

/**
 * A small document read whole (a mock, key or environment file, an API request body, a file of a v3 collection),
 * as JSON-P values that remember the line and column where each object and array starts, so that a problem found
 * after parsing can still point into the file. JSON and YAML files give the same tree.
 */
public final class LocatedJson {

    private final String file;
    private final JsonValue root;
    private final Map<JsonValue, int[]> positions;

    LocatedJson(String file, JsonValue root, Map<JsonValue, int[]> positions) {
        this.file = file;
        this.root = root;
        this.positions = positions;
    }

    public static LocatedJson parse(String file, byte[] bytes) throws InvalidFileException {
        try (JsonStream stream = JsonStream.open(file, bytes)) {
            JsonValue root = stream.value(stream.next(), 1);
            stream.expectEnd();
            return new LocatedJson(file, root, stream.positions());
        }
    }

    public JsonValue root() {
        return root;
    }

    public String file() {
        return file;
    }

    /** A problem located at the object or array {@code where}; falls back to the file when it has no position. */
    public Problem problem(JsonValue where, String message) {
        int[] at = where == null ? null : positions.get(where);
        return at == null ? Problem.ofFile(file, message) : new Problem(file, at[0], at[1], message);
    }

    public int lineOf(JsonValue where) {
        int[] at = positions.get(where);
        return at == null ? 0 : at[0];
    }
}
