package dev.mockhost.collection;

import jakarta.json.JsonValue;

/**
 * A small JSON document read whole (a mock, key or environment file, an API request body), which remembers the
 * line and column where each object and array starts, so that a problem found after parsing can still point into
 * the file.
 */
public final class LocatedJson {

    private final JsonStream stream;
    private final JsonValue root;

    private LocatedJson(JsonStream stream, JsonValue root) {
        this.stream = stream;
        this.root = root;
    }

    public static LocatedJson parse(String file, byte[] bytes) throws InvalidFileException {
        try (JsonStream stream = JsonStream.open(file, bytes)) {
            JsonValue root = stream.value(stream.next(), 1);
            stream.expectEnd();
            return new LocatedJson(stream, root);
        }
    }

    public JsonValue root() {
        return root;
    }

    public String file() {
        return stream.file();
    }

    /** A problem located at the object or array {@code where}; falls back to the file when it has no position. */
    public Problem problem(JsonValue where, String message) {
        return stream.problem(where, message);
    }

    public int lineOf(JsonValue where) {
        return stream.lineOf(where);
    }
}
