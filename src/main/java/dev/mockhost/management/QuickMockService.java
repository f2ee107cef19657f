package dev.mockhost.management;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.Permissions;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.failure.Failure;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.Workspace;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.Locale;

/**
 * The "new API" flow: from a name, a method, a path, a status and a body, a collection with one request and one
 * example, and a public mock serving it under the same name, owned by the key that made it.
 */
public final class QuickMockService {

    private static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    private final StoredFiles files;
    private final MockFiles mockFiles;
    private final MockService mocks;

    public QuickMockService(Workspace workspace) {
        this.files = new StoredFiles(workspace);
        this.mockFiles = new MockFiles(files);
        this.mocks = new MockService(workspace);
    }

    public CompiledMock create(ApiKey key, JsonObject input) {
        String name = text(input, "name", null);
        Names.check("name", name);
        String method = text(input, "method", "GET").strip().toUpperCase(Locale.ROOT);
        String path = text(input, "path", "/");
        Integer status = input.get("status") instanceof JsonNumber n && n.isIntegral() ? n.intValue()
                : input.containsKey("status") ? null : 200;
        if (!method.matches("[A-Z][A-Z-]{0,19}")) {
            throw Failure.invalid("method", "method must be an HTTP method such as GET or POST, not \"" + method
                    + "\"");
        }
        if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.length() > 2000) {
            throw Failure.invalid("path", "path must start with / and hold no query or fragment");
        }
        if (status == null || status < 100 || status > 599) {
            throw Failure.invalid("status", "status must be an HTTP status code from 100 to 599");
        }
        // the check and both writes under one lock: two nodes cannot both find the name free
        return files.locked(() -> createFree(key, input, name, method, path, status));
    }

    private CompiledMock createFree(ApiKey key, JsonObject input, String name, String method, String path,
                                    int status) {
        if (files.exists(FileKind.COLLECTION, name) || files.snapshot().mock(name) != null
                || files.snapshot().collections().containsKey(name) || files.exists(FileKind.MOCK, name)) {
            throw Failure.conflict("A collection or mock named \"" + name + "\" exists already");
        }
        if (!Permissions.canEdit(key, name)) {
            throw Services.forbidden(key, "create the collection " + name);
        }
        files.write(FileKind.COLLECTION, name, collection(name, method, path, status, text(input, "body", ""),
                text(input, "contentType", "application/json")));
        JsonObject mock = Jsonp.PROVIDER.createObjectBuilder().add("name", name).add("collection", name)
                .add("private", false).add("owner", key.name()).build();
        try {
            mockFiles.write(key, name, mock, null);
        } catch (Failure refused) {
            // the mock was refused: the collection made for it goes too, rather than stay served publicly
            files.delete(FileKind.COLLECTION, name);
            throw refused;
        }
        return mocks.served(name);
    }

    private static JsonObject collection(String name, String method, String path, int status, String body,
                                         String contentType) {
        JsonArrayBuilder segments = Jsonp.PROVIDER.createArrayBuilder();
        for (String segment : path.substring(1).split("/", -1)) {
            if (!segment.isEmpty() || path.length() > 1) {
                segments.add(segment);
            }
        }
        JsonObject request = Jsonp.PROVIDER.createObjectBuilder().add("method", method)
                .add("header", Jsonp.PROVIDER.createArrayBuilder())
                .add("url", Jsonp.PROVIDER.createObjectBuilder().add("raw", "{{baseUrl}}" + path)
                        .add("host", Jsonp.PROVIDER.createArrayBuilder().add("{{baseUrl}}")).add("path", segments))
                .build();
        JsonObject example = Jsonp.PROVIDER.createObjectBuilder().add("name", "Quick answer")
                .add("originalRequest", request).add("code", status).add("status", "")
                .add("header", Jsonp.PROVIDER.createArrayBuilder().add(Jsonp.PROVIDER.createObjectBuilder()
                        .add("key", "Content-Type").add("value", contentType)))
                .add("body", body).build();
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("info", Jsonp.PROVIDER.createObjectBuilder().add("name", name).add("schema", SCHEMA))
                .add("item", Jsonp.PROVIDER.createArrayBuilder().add(Jsonp.PROVIDER.createObjectBuilder()
                        .add("name", method + " " + path).add("request", request)
                        .add("response", Jsonp.PROVIDER.createArrayBuilder().add(example))))
                .build();
    }

    private static String text(JsonObject input, String key, String fallback) {
        return input.get(key) instanceof JsonString s ? s.getString() : fallback;
    }
}
