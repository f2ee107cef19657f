package dev.mockhost.proxy;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Takes secrets out of what is about to be saved as an example: a recorded file is reviewed, committed and shared,
 * so a token the upstream saw or sent must not end up in it. Header values and JSON field values are replaced by
 * {@link #REDACTED}, keeping the name so the example still shows the shape of the call.
 */
public final class Redactor {

    public static final String REDACTED = "[redacted]";

    /** Always redacted, whatever the settings say. */
    static final Set<String> ALWAYS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie",
            "x-api-key");

    private final Set<String> headers;
    private final Set<String> fields;

    /** {@code headers} and {@code fields} are matched case-insensitively. */
    public Redactor(Set<String> headers, Set<String> fields) {
        this.headers = lower(headers);
        this.fields = lower(fields);
    }

    public List<NameValue> headers(List<NameValue> in) {
        List<NameValue> out = new ArrayList<>(in.size());
        for (NameValue header : in) {
            String name = header.name().toLowerCase(Locale.ROOT);
            out.add(ALWAYS.contains(name) || headers.contains(name) ? new NameValue(header.name(), REDACTED) : header);
        }
        return out;
    }

    /** A JSON body with the configured fields' values redacted at any depth; any other body as it is. */
    public String body(String body) {
        if (fields.isEmpty() || body.isBlank()) {
            return body;
        }
        char first = body.strip().charAt(0);
        if (first != '{' && first != '[') {
            return body;
        }
        JsonValue parsed;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
            parsed = reader.readValue();
        } catch (JsonException notJson) {
            return body; // not JSON after all: nothing named to redact
        }
        JsonValue redacted = redact(parsed);
        return redacted.equals(parsed) ? body : redacted.toString();
    }

    private JsonValue redact(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder();
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                out.add(field.getKey(), fields.contains(field.getKey().toLowerCase(Locale.ROOT))
                        ? redactedValue(field.getValue()) : redact(field.getValue()));
            }
            return out.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder out = Jsonp.PROVIDER.createArrayBuilder();
            array.forEach(item -> out.add(redact(item)));
            return out.build();
        }
        return value;
    }

    /** Null stays null: there was no secret in it, and the example keeps saying so. */
    private static JsonValue redactedValue(JsonValue value) {
        return value == JsonValue.NULL ? value : Jsonp.PROVIDER.createValue(REDACTED);
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> out = new java.util.HashSet<>();
        names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }
}
