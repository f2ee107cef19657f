package dev.mockhost.collection;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/** Headers are a list of {@code {key, value, disabled}} or, in old exports, one raw string of lines. */
final class HeaderLists {

    private HeaderLists() {
    }

    static List<NameValue> read(JsonValue headers) {
        if (headers instanceof JsonArray) {
            return JsonFields.enabledPairs(headers);
        }
        if (headers instanceof JsonString raw) {
            return parseRaw(raw.getString());
        }
        return List.of();
    }

    static List<NameValue> parseRaw(String raw) {
        List<NameValue> headers = new ArrayList<>();
        for (String line : raw.split("\\r?\\n")) {
            int colon = line.indexOf(':');
            // Postman disables a line of a raw header string by commenting it out
            if (colon > 0 && !line.startsWith("//")) {
                headers.add(new NameValue(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
            }
        }
        return headers;
    }
}
