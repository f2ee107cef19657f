package dev.mockhost.collection;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one file of a Postman v3 collection directory (collection schema 3.0.0): a request
 * ({@code *.request.yaml}), a saved example ({@code *.example.yaml}) or a folder's or the collection's
 * {@code .resources/definition.yaml}. Lists of headers, query parameters, path variables, variables and form fields
 * come either as a map ({@code key: value}) or as a list of {@code {key, value, disabled}}; both are read, disabled
 * entries dropped. Everything is read into the same records as a v2.1 collection, so matching and rendering are one.
 */
public final class V3FileReader {

    /** Where an item has no {@code order}: after those that have one. */
    static final double NO_ORDER = Double.MAX_VALUE;

    /** A request file: its name (the file's stem when it names none), order and request. */
    public record Request(String name, double order, SavedRequest request) {
    }

    /**
     * An example file. {@code id} is null when the file has none (the directory's reader derives one from the path);
     * {@code request} is null when the example saves none, and its request file's stands in.
     */
    public record SavedExample(String id, String name, double order, SavedRequest request, int code, String status,
                               List<NameValue> headers, byte[] body, String language, int line) {
    }

    /** A {@code definition.yaml}: the collection's or a folder's name, id, order and variables. */
    public record Definition(String id, String name, double order, List<NameValue> variables) {
    }

    public Request request(String file, String stem, byte[] bytes, SharedValues shared) throws InvalidFileException {
        LocatedJson doc = YamlDocument.parse(file, bytes, shared);
        JsonObject root = object(doc, "a request");
        return new Request(JsonFields.textOr(root, "name", stem), order(root), savedRequest(root, shared));
    }

    public SavedExample example(String file, String stem, byte[] bytes, SharedValues shared)
            throws InvalidFileException {
        LocatedJson doc = YamlDocument.parse(file, bytes, shared);
        JsonObject root = object(doc, "an example");
        JsonObject response = JsonFields.object(root, "response");
        if (response == null) {
            throw new InvalidFileException(doc.problem(root, "an example needs a \"response\" with its statusCode, "
                    + "headers and body"));
        }
        Integer code = StatusCodes.parse(response.get("statusCode"));
        if (code == null) {
            throw new InvalidFileException(doc.problem(response, "\"statusCode\" " + response.get("statusCode")
                    + " is not an HTTP status (expected 100-599)"));
        }
        String status = JsonFields.text(response, "statusText");
        JsonObject request = JsonFields.object(root, "request");
        String url = request == null ? null : JsonFields.text(request, "url");
        JsonObject body = JsonFields.object(response, "body");
        String text = body == null ? null : content(body.get("content"));
        return new SavedExample(blankToNull(JsonFields.text(root, "id")), JsonFields.textOr(root, "name", stem),
                order(root), url == null || url.isBlank() ? null : savedRequest(request, shared), code,
                status == null || status.isBlank() ? StatusCodes.reasonPhrase(code) : status,
                shared.of(pairs(response.get("headers"))),
                text == null ? Example.NO_BODY : text.getBytes(StandardCharsets.UTF_8),
                body == null ? "" : JsonFields.textOr(body, "type", ""), doc.lineOf(root));
    }

    public Definition definition(String file, byte[] bytes, SharedValues shared) throws InvalidFileException {
        LocatedJson doc = YamlDocument.parse(file, bytes, shared);
        JsonObject root = object(doc, "a definition");
        return new Definition(blankToNull(JsonFields.text(root, "id")), blankToNull(JsonFields.text(root, "name")),
                order(root), pairs(root.get("variables")));
    }

    private static JsonObject object(LocatedJson doc, String what) throws InvalidFileException {
        if (!(doc.root() instanceof JsonObject root)) {
            throw new InvalidFileException(doc.problem(doc.root(), what + " is a YAML mapping, this file holds "
                    + CollectionReader.kind(doc.root())));
        }
        return root;
    }

    private static SavedRequest savedRequest(JsonObject request, SharedValues shared) {
        RequestUrl parsed = PostmanUrlParser.parse(JsonFields.text(request, "url"));
        List<String> path = new ArrayList<>(parsed.path().size());
        parsed.path().forEach(segment -> path.add(shared.string(segment)));
        List<NameValue> query = request.containsKey("queryParams") && request.get("queryParams") != JsonValue.NULL
                ? pairs(request.get("queryParams")) : parsed.query();
        String method = JsonFields.textOr(request, "method", "GET").strip().toUpperCase(Locale.ROOT);
        return new SavedRequest(shared.string(method.isEmpty() ? "GET" : method),
                new RequestUrl(path, shared.of(query), shared.of(pairs(request.get("pathVariables")))),
                shared.of(pairs(request.get("headers"))), body(JsonFields.object(request, "body")));
    }

    /** A v3 body, {@code {type, content}}, as the v2.1 body it stands for. */
    private static RequestBody body(JsonObject body) {
        if (body == null || JsonFields.isTrue(body, "disabled")) {
            return RequestBody.NONE;
        }
        String type = JsonFields.textOr(body, "type", "").toLowerCase(Locale.ROOT);
        JsonValue content = body.get("content");
        return switch (type) {
            case "urlencoded" -> new RequestBody(BodyMode.URLENCODED, "", pairs(content), "");
            case "formdata" -> new RequestBody(BodyMode.FORMDATA, "", SavedRequestReader.formFields(content), "");
            case "file" -> new RequestBody(BodyMode.FILE, content instanceof JsonObject file
                    ? JsonFields.textOr(file, "src", "") : "", List.of(), "");
            case "graphql" -> new RequestBody(BodyMode.GRAPHQL, content instanceof JsonObject graphql
                    ? SavedRequestReader.graphqlText(graphql) : "", List.of(), "json");
            case "", "none" -> RequestBody.NONE;
            default -> {
                String text = content(content);
                yield text == null ? RequestBody.NONE : new RequestBody(BodyMode.RAW, text, List.of(), type);
            }
        };
    }

    /** Text content as it is; structured content (a mapping saved under a raw type) as its JSON. */
    private static String content(JsonValue content) {
        if (content == null || content == JsonValue.NULL) {
            return null;
        }
        if (content instanceof JsonString text) {
            return text.getString();
        }
        return content instanceof JsonObject || content instanceof JsonArray ? content.toString()
                : JsonFields.text(content);
    }

    /** The map form ({@code key: value}) or the list form ({@code [{key, value, disabled}]}) of a list of pairs. */
    static List<NameValue> pairs(JsonValue value) {
        if (value instanceof JsonObject map) {
            List<NameValue> pairs = new ArrayList<>(map.size());
            for (Map.Entry<String, JsonValue> entry : map.entrySet()) {
                JsonValue v = entry.getValue();
                pairs.add(new NameValue(entry.getKey(), v instanceof JsonObject || v instanceof JsonArray
                        ? v.toString() : JsonFields.text(v)));
            }
            return pairs;
        }
        return JsonFields.enabledPairs(value);
    }

    private static double order(JsonObject root) {
        String order = JsonFields.text(root, "order");
        if (order == null) {
            return NO_ORDER;
        }
        try {
            return Double.parseDouble(order.strip());
        } catch (NumberFormatException notANumber) {
            return NO_ORDER;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
