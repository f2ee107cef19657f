package dev.mockhost.collection;

import dev.mockhost.config.Setting;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Reads Postman collections (v2.0, v2.1 and the pre-release v2 draft) into {@link PostmanCollection}. A file that is
 * not a usable collection is an {@link InvalidFileException}; an example that cannot be read is left out and
 * reported as a warning, so one bad example never hides the rest. The file is read as a stream, one request item
 * at a time, so memory follows the largest item rather than the file.
 */
public final class CollectionReader {

    private static final String SCHEMA_V20 = "/collection/v2.0.0/";
    private static final String SCHEMA_V21 = "/collection/v2.1.0/";

    /** How often, in examples, the heap's headroom is checked. */
    private static final int HEAP_CHECK_EVERY = 512;

    private final int maxExamples;
    private final BooleanSupplier heapNearlyFull;

    /** A reader without a limit on examples, for files that are not served (uploads are checked again on load). */
    public CollectionReader() {
        this(Integer.MAX_VALUE, () -> false);
    }

    /**
     * Refuses a collection with more than {@code maxExamples} examples, or one whose reading finds the heap nearly
     * full ({@code heapNearlyFull}), before reading the rest of it.
     */
    public CollectionReader(int maxExamples, BooleanSupplier heapNearlyFull) {
        this.maxExamples = maxExamples;
        this.heapNearlyFull = heapNearlyFull;
    }

    public Parsed<PostmanCollection> read(String file, byte[] bytes) throws InvalidFileException {
        ExampleCount count = new ExampleCount(maxExamples, heapNearlyFull, file, bytes.length);
        try {
            return readAll(file, bytes, count);
        } catch (OutOfMemoryError e) {
            // what was read is unreachable once readAll has returned, so there is room to say why
            throw new InvalidFileException(Problem.ofFile(file, HeapLimit.describe(bytes.length, count.read)));
        }
    }

    private Parsed<PostmanCollection> readAll(String file, byte[] bytes, ExampleCount count)
            throws InvalidFileException {
        TopLevel top = new TopLevel(file, count);
        ItemWalker walker;
        try (JsonStream stream = JsonStream.open(file, bytes)) {
            JsonParser.Event first = stream.next();
            if (first != JsonParser.Event.START_OBJECT) {
                throw new InvalidFileException(Problem.ofFile(file,
                        "a Postman collection is a JSON object, this file holds a JSON " + kind(first)));
            }
            top.at = stream.here();
            walker = top.read(stream);
            stream.expectEnd();
        }
        if (top.requestsKey && top.orderKey) {
            throw new InvalidFileException(new Problem(file, top.at[0], top.at[1], "this is a Postman collection v1, "
                    + "which Mockhost does not read; export it from Postman as Collection v2.1"));
        }
        if (!top.itemList) {
            throw new InvalidFileException(new Problem(file, top.at[0], top.at[1],
                    "not a Postman collection: there is no \"item\" list"));
        }
        if (walker == null) {
            // "item" came before "info": ids derived from the collection's need a second pass
            walker = itemsAgain(file, bytes, top.collectionId(), count);
        }
        List<NameValue> variables = new ArrayList<>(top.variable);
        variables.addAll(top.variables);
        return new Parsed<>(new PostmanCollection(top.collectionId(), top.collectionName(), top.schema, variables,
                walker.requests), walker.warnings);
    }

    private static ItemWalker itemsAgain(String file, byte[] bytes, String collectionId, ExampleCount count)
            throws InvalidFileException {
        try (JsonStream stream = JsonStream.open(file, bytes)) {
            stream.next();
            for (JsonParser.Event event = stream.next(); event != JsonParser.Event.END_OBJECT;
                 event = stream.next()) {
                String key = stream.string();
                JsonParser.Event value = stream.next();
                if (key.equals("item") && value == JsonParser.Event.START_ARRAY) {
                    ItemWalker walker = new ItemWalker(stream, collectionId, count);
                    walker.walk(List.of(), "", 1);
                    return walker;
                }
                stream.skip(value, 2);
            }
        }
        throw new IllegalStateException("the first pass found the item list");
    }

    /** The collection's own fields, read in file order; the items are walked as soon as the info is known. */
    /** Examples read so far, against the limits of count and heap. */
    private static final class ExampleCount {
        private final int limit;
        private final BooleanSupplier heapNearlyFull;
        private final String file;
        private final long fileBytes;
        private int read;

        ExampleCount(int limit, BooleanSupplier heapNearlyFull, String file, long fileBytes) {
            this.limit = limit;
            this.heapNearlyFull = heapNearlyFull;
            this.file = file;
            this.fileBytes = fileBytes;
        }

        /** Counts one more example of the list {@code at}; refuses it when a limit is passed. */
        void add(JsonStream stream, JsonValue at) throws InvalidFileException {
            if (++read > limit) {
                throw new InvalidFileException(stream.problem(at, "more than " + limit + " examples, the most one mock "
                        + "serves (setting " + Setting.MAX_EXAMPLES_PER_MOCK.property() + "); split the collection or "
                        + "raise the setting"));
            }
            if (read % HEAP_CHECK_EVERY == 0 && heapNearlyFull.getAsBoolean()) {
                throw new InvalidFileException(Problem.ofFile(file, HeapLimit.describe(fileBytes, read)));
            }
        }
    }

    private static final class TopLevel {
        private final String file;
        private final ExampleCount count;
        private int[] at;
        private String name;
        private String postmanId;
        private CollectionSchema schema = CollectionSchema.DRAFT_V2;
        private boolean infoRead;
        private boolean itemList;
        private boolean requestsKey;
        private boolean orderKey;
        private final List<NameValue> variable = new ArrayList<>();
        private final List<NameValue> variables = new ArrayList<>();

        TopLevel(String file, ExampleCount count) {
            this.file = file;
            this.count = count;
        }

        /** The walker when the items were read, null when they came before the info and were skipped. */
        ItemWalker read(JsonStream stream) throws InvalidFileException {
            ItemWalker walker = null;
            for (JsonParser.Event event = stream.next(); event != JsonParser.Event.END_OBJECT;
                 event = stream.next()) {
                String key = stream.string();
                JsonParser.Event value = stream.next();
                switch (key) {
                    case "info" -> info(stream, stream.value(value, 2));
                    case "variable" -> variable.addAll(JsonFields.enabledPairs(stream.value(value, 2)));
                    case "variables" -> variables.addAll(JsonFields.enabledPairs(stream.value(value, 2)));
                    case "item" -> {
                        if (value == JsonParser.Event.START_ARRAY && !itemList) {
                            itemList = true;
                            if (infoRead) {
                                walker = new ItemWalker(stream, collectionId(), count);
                                walker.walk(List.of(), "", 1);
                                continue;
                            }
                        }
                        stream.skip(value, 2);
                    }
                    default -> {
                        requestsKey |= key.equals("requests");
                        orderKey |= key.equals("order");
                        stream.skip(value, 2);
                    }
                }
            }
            return walker;
        }

        private void info(JsonStream stream, JsonValue value) throws InvalidFileException {
            infoRead = true;
            if (!(value instanceof JsonObject info)) {
                return;
            }
            name = JsonFields.text(info, "name");
            postmanId = JsonFields.text(info, "_postman_id");
            String declared = JsonFields.text(info, "schema");
            if (declared == null || declared.isBlank()) {
                schema = CollectionSchema.DRAFT_V2;
            } else if (declared.contains(SCHEMA_V21)) {
                schema = CollectionSchema.V2_1;
            } else if (declared.contains(SCHEMA_V20)) {
                schema = CollectionSchema.V2_0;
            } else {
                throw new InvalidFileException(stream.problem(info, "unsupported collection schema \"" + declared
                        + "\"; Mockhost reads Postman collections v2.0 and v2.1"));
            }
            stream.forget();
        }

        String collectionName() {
            return name == null || name.isBlank() ? file : name;
        }

        String collectionId() {
            if (postmanId != null && !postmanId.isBlank()) {
                return postmanId;
            }
            // from the name, not the file, so that ids derived from it survive renaming or copying the file
            return UUID.nameUUIDFromBytes(("collection:" + collectionName()).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }
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

    private static String kind(JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER -> "number";
            case VALUE_NULL -> "null";
            default -> "boolean";
        };
    }

    /** Walks the item tree depth first, in file order, flattening folders; one request item in memory at a time. */
    private static final class ItemWalker {
        private final JsonStream stream;
        private final String collectionId;
        private final ExampleCount count;
        private final SharedValues shared;
        private final SavedRequestReader requestReader;
        private final List<RequestItem> requests = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();

        ItemWalker(JsonStream stream, String collectionId, ExampleCount count) {
            this.stream = stream;
            this.collectionId = collectionId;
            this.count = count;
            this.shared = stream.shared();
            this.requestReader = new SavedRequestReader(shared);
        }

        /** Reads the items of a list whose opening bracket was just read. */
        void walk(List<String> folders, String position, int depth) throws InvalidFileException {
            int i = 0;
            for (JsonParser.Event event = stream.next(); event != JsonParser.Event.END_ARRAY;
                 event = stream.next(), i++) {
                if (event != JsonParser.Event.START_OBJECT) {
                    warnings.add(stream.problemAtParser("item " + (i + 1) + " is not an object; skipped"));
                    stream.skip(event, depth + 1);
                    continue;
                }
                item(folders, position + "/" + i, depth + 1);
            }
        }

        /** Reads an item whose opening brace was just read: a folder's items as they come, a request whole. */
        private void item(List<String> folders, String position, int depth) throws InvalidFileException {
            int[] at = stream.start(depth);
            JsonObjectBuilder fields = Jsonp.PROVIDER.createObjectBuilder();
            String name = null;
            int firstChild = -1;
            boolean nameCameLate = false;
            for (JsonParser.Event event = stream.next(); event != JsonParser.Event.END_OBJECT;
                 event = stream.next()) {
                String key = stream.string();
                JsonParser.Event value = stream.next();
                if (key.equals("item") && value == JsonParser.Event.START_ARRAY && firstChild < 0) {
                    firstChild = requests.size();
                    nameCameLate = name == null;
                    List<String> inner = new ArrayList<>(folders);
                    inner.add(name == null ? "" : name);
                    walk(List.copyOf(inner), position, depth + 1);
                    continue;
                }
                JsonValue read = stream.value(value, depth + 1);
                fields.add(key, read);
                if (key.equals("name")) {
                    name = JsonFields.text(read);
                }
            }
            if (firstChild >= 0) {
                if (nameCameLate && name != null) {
                    nameFolder(firstChild, folders.size(), name);
                }
                return;
            }
            JsonObject item = fields.build();
            stream.locate(item, at);
            if (item.containsKey("request")) {
                requests.add(readRequestItem(item, name == null ? "" : name, folders, position));
            }
            stream.forget();
        }

        /** A folder whose name follows its items: the requests read meanwhile learn it. */
        private void nameFolder(int firstChild, int level, String name) {
            for (int i = firstChild; i < requests.size(); i++) {
                requests.set(i, requests.get(i).withFolder(level, name));
            }
        }

        private RequestItem readRequestItem(JsonObject item, String name, List<String> folders, String position)
                throws InvalidFileException {
            SavedRequest request = requestReader.read(item.get("request"));
            List<Example> examples = new ArrayList<>();
            JsonArray responses = JsonFields.array(item, "response");
            if (responses != null) {
                for (int i = 0; i < responses.size(); i++) {
                    Example example = readExample(responses, i, request, name, position);
                    if (example != null) {
                        count.add(stream, responses.get(i));
                        examples.add(example);
                    }
                }
            }
            return new RequestItem(name, folders, request, examples);
        }

        private Example readExample(JsonArray responses, int index, SavedRequest parent, String itemName,
                                    String position) {
            if (!(responses.get(index) instanceof JsonObject response)) {
                warnings.add(stream.problem(responses, "example " + (index + 1) + " is not an object; left out"));
                return null;
            }
            String name = JsonFields.textOr(response, "name", "");
            if (name.equals(itemName)) {
                name = itemName; // examples are often named after their request: one string for both
            }
            Integer code = StatusCodes.parse(response.get("code"));
            if (code == null) {
                warnings.add(stream.problem(response, "example \"" + name + "\" has an invalid \"code\" "
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
            if (request.equals(parent)) {
                request = parent; // most exports save the request again in each example: keep it once
            }
            if (request.url().path().size() > RequestUrl.MAX_PATH_SEGMENTS) {
                warnings.add(stream.problem(response, "example \"" + name + "\" has a path of "
                        + request.url().path().size() + " segments, more than the " + RequestUrl.MAX_PATH_SEGMENTS
                        + " any call can carry; left out"));
                return null;
            }
            String id = JsonFields.text(response, "id");
            if (id == null || id.isBlank()) {
                id = derivedId("example" + position + "/" + index);
            }
            return new Example(id, name, request, code, status, shared.of(HeaderLists.read(response.get("header"))),
                    bodyBytes(response.get("body")), JsonFields.text(response, "_postman_previewlanguage"),
                    stream.lineOf(response));
        }

        /** Stable across reloads, so {@code x-mock-response-id} keeps working for examples saved without an id. */
        private String derivedId(String position) {
            return UUID.nameUUIDFromBytes((collectionId + ":" + position).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }

        /** As UTF-8 bytes, the form in which an answer without templates is served, so it is stored once. */
        private static byte[] bodyBytes(JsonValue body) {
            if (body == null || body == JsonValue.NULL) {
                return Example.NO_BODY;
            }
            String text = JsonFields.text(body);
            return (text != null ? text : body.toString()).getBytes(StandardCharsets.UTF_8);
        }
    }
}
