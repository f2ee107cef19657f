package dev.mockhost.proxy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Map;

/**
 * Writes JSON in the layout of the file it replaces, as {@code JSON.stringify(value, null, indent)} does (Postman
 * exports with a tab; other tools with two or four spaces): a recording's diff in Git is then the example it adds,
 * not the whole file indented anew. JSON-P's own pretty printer has one fixed layout.
 *
 * @param indent       one level of indentation, as the file had it
 * @param finalNewline whether the file ended with a line break
 */
record JsonStyle(String indent, boolean finalNewline) {

    /** The layout of {@code file}: the indentation of its first indented line (a tab when it has none). */
    static JsonStyle of(String file) {
        boolean newline = file.endsWith("\n");
        int line = file.indexOf('\n');
        while (line >= 0 && line + 1 < file.length()) {
            int start = line + 1;
            int end = start;
            while (end < file.length() && (file.charAt(end) == ' ' || file.charAt(end) == '\t')) {
                end++;
            }
            if (end > start && end < file.length() && file.charAt(end) != '\n' && file.charAt(end) != '\r') {
                return new JsonStyle(file.substring(start, end), newline);
            }
            line = file.indexOf('\n', start);
        }
        return new JsonStyle("\t", newline);
    }

    String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return finalNewline ? out.append('\n').toString() : out.toString();
    }

    private void write(JsonValue value, StringBuilder out, int depth) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (object.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                    out.append(first ? "\n" : ",\n");
                    first = false;
                    indent(out, depth + 1);
                    string(entry.getKey(), out);
                    out.append(": ");
                    write(entry.getValue(), out, depth + 1);
                }
                out.append('\n');
                indent(out, depth);
                out.append('}');
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                if (array.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append('[');
                for (int i = 0; i < array.size(); i++) {
                    out.append(i == 0 ? "\n" : ",\n");
                    indent(out, depth + 1);
                    write(array.get(i), out, depth + 1);
                }
                out.append('\n');
                indent(out, depth);
                out.append(']');
            }
            case STRING -> string(((JsonString) value).getString(), out);
            default -> out.append(value); // numbers as they were read, true, false, null
        }
    }

    private void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(indent);
        }
    }

    /** JSON.stringify's escapes: quote, backslash and control characters; everything else as it is. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair (a lone one is escaped, as ES2019 does). */
    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
