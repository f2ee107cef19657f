package dev.mockhost.collection;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A collection written as Postman Collection v2.1 JSON: how the management API shows a v3 collection, so Postman-API
 * clients read it as they read any other. It holds what mocking uses (folders, requests, examples, variables); a
 * host the model does not keep is left out of URLs, and folder variables go on the folder that defines them last.
 * {@link CollectionReader} reads it back into the same examples.
 */
public final class V21Json {

    static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private V21Json() {
    }

    public static JsonObject of(PostmanCollection collection) {
        Folder root = new Folder("");
        for (RequestItem request : collection.requests()) {
            Folder folder = root;
            for (String name : request.folders()) {
                folder = folder.child(name);
            }
            folder.variables = request.folderVariables();
            folder.entries.add(request);
        }
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("info", Jsonp.PROVIDER.createObjectBuilder().add("_postman_id", collection.id())
                        .add("name", collection.name()).add("schema", SCHEMA))
                .add("item", root.items())
                .add("variable", pairs(collection.variables()))
                .build();
    }

    /** A folder with its folders and requests in collection order. */
    private static final class Folder {
        private final String name;
        private final List<Object> entries = new ArrayList<>();
        private List<NameValue> variables = List.of();

        Folder(String name) {
            this.name = name;
        }

        /** The folder of that name last added here; a new one when the last entry is something else. */
        Folder child(String folder) {
            if (!entries.isEmpty() && entries.get(entries.size() - 1) instanceof Folder last
                    && last.name.equals(folder)) {
                return last;
            }
            Folder created = new Folder(folder);
            entries.add(created);
            return created;
        }

        JsonArrayBuilder items() {
            JsonArrayBuilder items = Jsonp.PROVIDER.createArrayBuilder();
            for (Object entry : entries) {
                if (entry instanceof Folder folder) {
                    JsonObjectBuilder item = Jsonp.PROVIDER.createObjectBuilder().add("name", folder.name)
                            .add("item", folder.items());
                    if (!folder.variables.isEmpty()) {
                        item.add("variable", pairs(folder.variables));
                    }
                    items.add(item);
                } else {
                    items.add(request((RequestItem) entry));
                }
            }
            return items;
        }
    }

    private static JsonObjectBuilder request(RequestItem item) {
        JsonArrayBuilder responses = Jsonp.PROVIDER.createArrayBuilder();
        for (Example example : item.examples()) {
            responses.add(Jsonp.PROVIDER.createObjectBuilder().add("id", example.id()).add("name", example.name())
                    .add("originalRequest", request(example.request()))
                    .add("status", example.status()).add("code", example.code())
                    .add("_postman_previewlanguage", example.previewLanguage())
                    .add("header", pairs(example.headers())).add("body", example.body()));
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("name", item.name()).add("request", request(item.request()))
                .add("response", responses);
    }

    private static JsonObjectBuilder request(SavedRequest request) {
        JsonObjectBuilder saved = Jsonp.PROVIDER.createObjectBuilder().add("method", request.method())
                .add("header", pairs(request.headers())).add("url", url(request.url()));
        JsonObjectBuilder body = body(request.body());
        if (body != null) {
            saved.add("body", body);
        }
        return saved;
    }

    private static JsonObjectBuilder url(RequestUrl url) {
        StringBuilder raw = new StringBuilder();
        JsonArrayBuilder path = Jsonp.PROVIDER.createArrayBuilder();
        for (String segment : url.path()) {
            raw.append('/').append(segment);
            path.add(segment);
        }
        for (int i = 0; i < url.query().size(); i++) {
            NameValue pair = url.query().get(i);
            raw.append(i == 0 ? '?' : '&').append(pair.name()).append(pair.value().isEmpty() ? "" : "=" + pair.value());
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("raw", raw.length() == 0 ? "/" : raw.toString())
                .add("path", path).add("query", pairs(url.query())).add("variable", pairs(url.pathVariables()));
    }

    private static JsonObjectBuilder body(RequestBody body) {
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder();
        return switch (body.mode()) {
            case NONE -> null;
            case RAW -> out.add("mode", "raw").add("raw", body.text()).add("options", Jsonp.PROVIDER
                    .createObjectBuilder().add("raw", Jsonp.PROVIDER.createObjectBuilder()
                            .add("language", body.language().isEmpty() ? "text" : body.language())));
            case URLENCODED -> out.add("mode", "urlencoded").add("urlencoded", pairs(body.pairs()));
            case FORMDATA -> out.add("mode", "formdata").add("formdata", pairs(body.pairs()));
            case FILE -> out.add("mode", "file").add("file", Jsonp.PROVIDER.createObjectBuilder()
                    .add("src", body.text()));
            case GRAPHQL -> out.add("mode", "graphql").add("graphql", graphql(body.text()));
        };
    }

    /** The {@code {"query", "variables"}} text a GraphQL body is kept as, back in v2.1's fields. */
    private static JsonObjectBuilder graphql(String text) {
        JsonObjectBuilder graphql = Jsonp.PROVIDER.createObjectBuilder();
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            JsonObject saved = reader.readObject();
            graphql.add("query", JsonFields.textOr(saved, "query", ""));
            JsonValue variables = saved.get("variables");
            if (variables != null) {
                graphql.add("variables", variables.toString());
            }
        } catch (RuntimeException notJson) {
            graphql.add("query", text);
        }
        return graphql;
    }

    private static JsonArrayBuilder pairs(List<NameValue> pairs) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        pairs.forEach(pair -> array.add(Jsonp.PROVIDER.createObjectBuilder().add("key", pair.name())
                .add("value", pair.value())));
        return array;
    }
}
