package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.InvalidNameException;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.util.Locale;

/**
 * {@code POST /api/quick-mocks}, the "new API" flow: from a name, a method, a path, a status and a body, a
 * collection with one request and one example, and a public mock serving it under the same name.
 */
@ApplicationScoped
public class QuickMocksResource {

    private static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    @Inject
    SnapshotRepository repository;

    @Inject
    MocksResource mocks;

    public void register(ApiRouter router) {
        router.add("POST", "/quick-mocks", this::create);
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        if (call == null) {
            return;
        }
        JsonObject input = exchange.body(null);
        if (input == null) {
            return;
        }
        String name = text(input, "name", null);
        try {
            Names.check("name", name);
        } catch (InvalidNameException e) {
            call.invalid(e.field(), e.getMessage());
            return;
        }
        String method = text(input, "method", "GET").strip().toUpperCase(Locale.ROOT);
        String path = text(input, "path", "/");
        Integer status = input.get("status") instanceof JsonNumber n && n.isIntegral() ? n.intValue()
                : input.containsKey("status") ? null : 200;
        if (!method.matches("[A-Z][A-Z-]{0,19}")) {
            call.invalid("method", "method must be an HTTP method such as GET or POST, not \"" + method + "\"");
        } else if (!path.startsWith("/") || path.contains("?") || path.contains("#") || path.length() > 2000) {
            call.invalid("path", "path must start with / and hold no query or fragment");
        } else if (status == null || status < 100 || status > 599) {
            call.invalid("status", "status must be an HTTP status code from 100 to 599");
        } else if (repository.writer().exists(FileKind.COLLECTION, name) || call.snapshot().mock(name) != null
                || repository.writer().exists(FileKind.MOCK, name)) {
            call.conflict("A collection or mock named \"" + name + "\" exists already");
        } else if (call.allowed(call.key().canEdit(name), "create the collection " + name)) {
            repository.writer().write(FileKind.COLLECTION, name, PrettyJson.bytes(collection(name, method, path,
                    status, text(input, "body", ""), text(input, "contentType", "application/json"))));
            JsonObject mock = Jsonp.PROVIDER.createObjectBuilder().add("name", name).add("collection", name)
                    .add("private", false).add("owner", call.key().name()).build();
            if (MockFiles.write(new ApiCall(exchange, repository.current(), call.key()), repository, name, mock)) {
                mocks.answer(call, name);
            } else {
                // the mock was refused: the collection made for it goes too, rather than stay served publicly
                repository.writer().delete(FileKind.COLLECTION, name);
            }
        }
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
