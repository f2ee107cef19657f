package dev.mockhost.matching;

import dev.mockhost.collection.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON written one way only, so two bodies that differ in key order, white space or number spelling
 * ({@code 1.0} and {@code 1}) compare equal as text. Mockhost's rule for raw JSON bodies (Postman publishes none).
 */
final class CanonicalJson {

    private static final int MAX_DEPTH = 200;

    private CanonicalJson() {
    }

    /** The canonical text of {@code text}, or null when it is not a single JSON value. */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new StringReader(text))) {
            StringBuilder out = new StringBuilder(text.length());
            write(read(parser, parser.next(), 0), out);
            return parser.hasNext() ? null : out.toString();
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException | NumberFormatException e) {
            return null;
        }
    }

    private static Object read(JsonParser parser, JsonParser.Event event, int depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonException("nested too deep");
        }
        switch (event) {
            case START_OBJECT -> {
                Map<String, Object> object = new TreeMap<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT;
                     next = parser.next()) {
                    String key = parser.getString();
                    object.put(key, read(parser, parser.next(), depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY;
                     next = parser.next()) {
                    array.add(read(parser, next, depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getString();
            }
            case VALUE_NUMBER -> {
                return parser.getBigDecimal().stripTrailingZeros();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string((String) entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(array.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof BigDecimal number) {
            out.append(number.signum() == 0 ? "0" : number.toString());
        } else {
            out.append(value);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append(Jsonp.PROVIDER.createValue(text));
    }
}
