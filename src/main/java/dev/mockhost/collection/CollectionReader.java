package dev.mockhost.collection;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads Postman collections (v2.0, v2.1 and the pre-release v2 draft) into {@link PostmanCollection}. A file that is
 * not a usable collection is an {@link InvalidFileException}; an example that cannot be read is left out and
 * reported as a warning, so one bad example never hides the rest.
 */
public final class CollectionReader {

    private static final String SCHEMA_V20 = "/collection/v2.0.0/";
    private static final String SCHEMA_V21 = "/collection/v2.1.0/";

    public Parsed<PostmanCollection> read(String file, byte[] bytes) throws InvalidFileException {
        LocatedJson doc = LocatedJson.parse(file, bytes);
        if (!(doc.root() instanceof JsonObject root)) {
            throw new InvalidFileException(Problem.ofFile(file,
                    "a Postman collection is a JSON object, this file holds a JSON " + kind(doc.root())));
        }
        if (root.containsKey("requests") && root.containsKey("order")) {
            throw new InvalidFileException(doc.problem(root, "this is a Postman collection v1, which Mockhost does "
                    + "not read; export it from Postman as Collection v2.1"));
        }
        JsonObject info = JsonFields.object(root, "info");
        CollectionSchema schema = schemaOf(doc, root, info);
        if (!(root.get("item") instanceof JsonArray items)) {
            throw new InvalidFileException(doc.problem(root, "not a Postman collection: there is no \"item\" list"));
        }
        String name = info == null ? null : JsonFields.text(info, "name");
        String id = info == null ? null : JsonFields.text(info, "_postman_id");
        if (name == null || name.isBlank()) {
            name = file;
        }
        if (id == null || id.isBlank()) {
            // from the name, not the file, so that ids derived from it survive renaming or copying the file
            id = UUID.nameUUIDFromBytes(("collection:" + name).getBytes(StandardCharsets.UTF_8)).toString();
        }
        List<NameValue> variables = new ArrayList<>(JsonFields.enabledPairs(root.get("variable")));
        variables.addAll(JsonFields.enabledPairs(root.get("variables")));
        ItemWalker walker = new ItemWalker(doc, id);
        walker.walk(items, List.of(), "");
        return new Parsed<>(new PostmanCollection(id, name, schema, variables, walker.requests), walker.warnings);
    }

    private static CollectionSchema schemaOf(LocatedJson doc, JsonObject root, JsonObject info)
            throws InvalidFileException {
        String schema = info == null ? null : JsonFields.text(info, "schema");
        if (schema == null || schema.isBlank()) {
            return CollectionSchema.DRAFT_V2;
        }
        if (schema.contains(SCHEMA_V21)) {
            return CollectionSchema.V2_1;
        }
        if (schema.contains(SCHEMA_V20)) {
            return CollectionSchema.V2_0;
        }
        throw new InvalidFileException(doc.problem(info, "unsupported collection schema \"" + schema
                + "\"; Mockhost reads Postman collections v2.0 and v2.1"));
    }

    static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING -> "string";
            case NUMBER -> "number";
            case NULL -> "null";
            default -> "boolean";
        };
    }

    /** Walks the item tree depth first, in file order, flattening folders. */
    private static final class ItemWalker {
        private final LocatedJson doc;
        private final String collectionId;
        private final SavedRequestReader requestReader;
        private final List<RequestItem> requests = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();

        ItemWalker(LocatedJson doc, String collectionId) {
            this.doc = doc;
            this.collectionId = collectionId;
            this.requestReader = new SavedRequestReader();
        }

        void walk(JsonArray items, List<String> folders, String position) {
            for (int i = 0; i < items.size(); i++) {
                String here = position + "/" + i;
                if (!(items.get(i) instanceof JsonObject item)) {
                    warnings.add(doc.problem(items, "item " + (i + 1) + " is not an object; skipped"));
                    continue;
                }
                String name = JsonFields.textOr(item, "name", "");
                if (item.get("item") instanceof JsonArray children) {
                    List<String> inner = new ArrayList<>(folders);
                    inner.add(name);
                    walk(children, inner, here);
                } else if (item.containsKey("request")) {
                    requests.add(readRequestItem(item, name, folders, here));
                }
            }
        }

        private RequestItem readRequestItem(JsonObject item, String name, List<String> folders, String position) {
            SavedRequest request = requestReader.read(item.get("request"));
            String id = JsonFields.text(item, "id");
            if (id == null) {
                id = JsonFields.text(item, "_postman_id");
            }
            if (id == null) {
                id = derivedId("request" + position);
            }
            List<Example> examples = new ArrayList<>();
            JsonArray responses = JsonFields.array(item, "response");
            if (responses != null) {
                for (int i = 0; i < responses.size(); i++) {
                    Example example = readExample(responses, i, request, position);
                    if (example != null) {
                        examples.add(example);
                    }
                }
            }
            return new RequestItem(id, name, folders, request, examples);
        }

        private Example readExample(JsonArray responses, int index, SavedRequest parent, String position) {
            if (!(responses.get(index) instanceof JsonObject response)) {
                warnings.add(doc.problem(responses, "example " + (index + 1) + " is not an object; left out"));
                return null;
            }
            String name = JsonFields.textOr(response, "name", "");
            Integer code = StatusCodes.parse(response.get("code"));
            if (code == null) {
                warnings.add(doc.problem(response, "example \"" + name + "\" has an invalid \"code\" "
                        + response.get("code") + " (expected 100-599); left out"));
                return null;
            }
            String status = JsonFields.text(response, "status");
            if (status == null || status.isBlank()) {
                status = StatusCodes.reasonPhrase(code);
            }
            SavedRequest request = response.containsKey("originalRequest")
                    && response.get("originalRequest") != JsonValue.NULL
                    ? requestReader.read(response.get("originalRequest")) : parent;
            String id = JsonFields.text(response, "id");
            if (id == null || id.isBlank()) {
                id = derivedId("example" + position + "/" + index);
            }
            return new Example(id, name, request, code, status, HeaderLists.read(response.get("header")),
                    bodyText(response.get("body")), JsonFields.text(response, "_postman_previewlanguage"),
                    doc.lineOf(response));
        }

        /** Stable across reloads, so {@code x-mock-response-id} keeps working for examples saved without an id. */
        private String derivedId(String position) {
            return UUID.nameUUIDFromBytes((collectionId + ":" + position).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }

        private static String bodyText(JsonValue body) {
            if (body == null || body == JsonValue.NULL) {
                return "";
            }
            String text = JsonFields.text(body);
            return text != null ? text : body.toString();
        }
    }
}
