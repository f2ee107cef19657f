package dev.mockhost.collection;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/** Lenient field access for untidy exports: a number or boolean where text belongs is read as its text. */
public final class JsonFields {

    private JsonFields() {
    }

    /** The field as text, or null when it is missing, null, an object or an array. */
    public static String text(JsonObject object, String key) {
        return text(object.get(key));
    }

    public static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return null;
    }

    public static String textOr(JsonObject object, String key, String fallback) {
        String value = text(object, key);
        return value == null ? fallback : value;
    }

    public static JsonObject object(JsonObject object, String key) {
        return object.get(key) instanceof JsonObject o ? o : null;
    }

    public static JsonArray array(JsonObject object, String key) {
        return object.get(key) instanceof JsonArray a ? a : null;
    }

    public static boolean isTrue(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == JsonValue.TRUE || (value instanceof JsonString s && "true".equalsIgnoreCase(s.getString()));
    }

    /** False as JSON writes it, or as the text {@code false} (YAML files, untidy exports). */
    public static boolean isFalse(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == JsonValue.FALSE || (value instanceof JsonString s && "false".equalsIgnoreCase(s.getString()));
    }

    /**
     * Enabled key/value entries of a Postman list ({@code [{key, value, disabled}]}, or {@code enabled: false} in
     * environments). Entries without a key are skipped.
     */
    public static List<NameValue> enabledPairs(JsonValue list) {
        List<NameValue> pairs = new ArrayList<>();
        if (!(list instanceof JsonArray array)) {
            return pairs;
        }
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonObject o) || isTrue(o, "disabled") || isFalse(o, "enabled")) {
                continue;
            }
            String key = text(o, "key");
            if (key == null) {
                key = text(o, "id");
            }
            if (key == null) {
                continue;
            }
            JsonValue value = o.get("value");
            pairs.add(new NameValue(key, value instanceof JsonObject || value instanceof JsonArray
                    ? value.toString() : text(value)));
        }
        return pairs;
    }
}
