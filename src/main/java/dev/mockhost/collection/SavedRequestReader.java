package dev.mockhost.collection;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a saved request, given as an object or (in drafts and quick exports) as a plain URL string. */
final class SavedRequestReader {

    private final SharedValues shared;

    SavedRequestReader(SharedValues shared) {
        this.shared = shared;
    }

    SavedRequest read(JsonValue value) {
        if (value instanceof JsonString url) {
            return new SavedRequest("GET", PostmanUrlParser.parse(url.getString()), List.of(), RequestBody.NONE);
        }
        if (!(value instanceof JsonObject request)) {
            return new SavedRequest("GET", RequestUrl.EMPTY, List.of(), RequestBody.NONE);
        }
        String method = JsonFields.textOr(request, "method", "GET").strip().toUpperCase(Locale.ROOT);
        return new SavedRequest(method.isEmpty() ? "GET" : method, url(request.get("url")),
                shared.of(HeaderLists.read(request.get("header"))), body(request.get("body")));
    }

    private RequestUrl url(JsonValue value) {
        if (value instanceof JsonString raw) {
            return PostmanUrlParser.parse(raw.getString());
        }
        if (!(value instanceof JsonObject url)) {
            return RequestUrl.EMPTY;
        }
        String raw = JsonFields.text(url, "raw");
        RequestUrl fromRaw = PostmanUrlParser.parse(raw);
        JsonValue path = url.get("path");
        List<String> segments;
        if (path instanceof JsonArray array) {
            segments = pathSegments(array);
        } else if (path instanceof JsonString string) {
            segments = PostmanUrlParser.splitPath(string.getString());
        } else {
            segments = fromRaw.path();
        }
        List<NameValue> query = url.containsKey("query") && url.get("query") != JsonValue.NULL
                ? JsonFields.enabledPairs(url.get("query")) : fromRaw.query();
        return new RequestUrl(segments, shared.of(query), shared.of(JsonFields.enabledPairs(url.get("variable"))));
    }

    private static List<String> pathSegments(JsonArray array) {
        List<String> segments = new ArrayList<>();
        for (JsonValue segment : array) {
            String text = segment instanceof JsonObject o ? JsonFields.text(o, "value") : JsonFields.text(segment);
            segments.add(text == null ? "" : text);
        }
        return segments;
    }

    private static RequestBody body(JsonValue value) {
        if (!(value instanceof JsonObject body) || JsonFields.isTrue(body, "disabled")) {
            return RequestBody.NONE;
        }
        String mode = JsonFields.textOr(body, "mode", "");
        return switch (mode) {
            case "raw" -> new RequestBody(BodyMode.RAW, JsonFields.textOr(body, "raw", ""), List.of(),
                    rawLanguage(body));
            case "urlencoded" -> new RequestBody(BodyMode.URLENCODED, "",
                    JsonFields.enabledPairs(body.get("urlencoded")), "");
            case "formdata" -> new RequestBody(BodyMode.FORMDATA, "", formFields(body.get("formdata")), "");
            case "file" -> new RequestBody(BodyMode.FILE, fileSource(body), List.of(), "");
            case "graphql" -> new RequestBody(BodyMode.GRAPHQL, graphqlText(JsonFields.object(body, "graphql")),
                    List.of(), "json");
            default -> RequestBody.NONE;
        };
    }

    private static String rawLanguage(JsonObject body) {
        JsonObject options = JsonFields.object(body, "options");
        JsonObject raw = options == null ? null : JsonFields.object(options, "raw");
        return raw == null ? "" : JsonFields.textOr(raw, "language", "");
    }

    /** Text fields with their values; file fields with the file's name, which is what a multipart part carries. */
    static List<NameValue> formFields(JsonValue list) {
        List<NameValue> fields = new ArrayList<>();
        if (!(list instanceof JsonArray array)) {
            return fields;
        }
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonObject field) || JsonFields.isTrue(field, "disabled")
                    || JsonFields.text(field, "key") == null) {
                continue;
            }
            if ("file".equals(JsonFields.text(field, "type"))) {
                String src = JsonFields.textOr(field, "src", "");
                String name = src.substring(Math.max(src.lastIndexOf('/'), src.lastIndexOf('\\')) + 1);
                fields.add(new NameValue(JsonFields.text(field, "key"), name));
            } else {
                fields.add(new NameValue(JsonFields.text(field, "key"), JsonFields.text(field, "value")));
            }
        }
        return fields;
    }

    private static String fileSource(JsonObject body) {
        JsonObject file = JsonFields.object(body, "file");
        return file == null ? "" : JsonFields.textOr(file, "src", "");
    }

    /**
     * GraphQL requests travel as {@code {"query": ..., "variables": ...}}; keep the body in that shape, from the
     * fields of a GraphQL body (variables saved as text are parsed).
     */
    static String graphqlText(JsonObject graphql) {
        if (graphql == null) {
            return "";
        }
        var builder = Jsonp.PROVIDER.createObjectBuilder()
                .add("query", JsonFields.textOr(graphql, "query", ""));
        JsonValue saved = graphql.get("variables");
        String variables = saved instanceof JsonObject || saved instanceof JsonArray ? saved.toString()
                : JsonFields.text(saved);
        if (variables != null && !variables.isBlank()) {
            try (var reader = Jsonp.PROVIDER.createReader(new StringReader(variables))) {
                builder.add("variables", reader.readValue());
            } catch (RuntimeException e) {
                builder.add("variables", variables);
            }
        }
        return builder.build().toString();
    }
}
