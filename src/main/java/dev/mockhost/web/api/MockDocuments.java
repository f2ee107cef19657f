package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.repository.HomeWriter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Set;

/**
 * Mock objects of the API and mock files on disk, both ways. Out: Postman's mock object ({@code id}, {@code uid},
 * {@code mockUrl}, {@code config}...). In: the fields a client sends, flat or in {@code config}, merged into the
 * existing file so that fields written by hand survive.
 */
final class MockDocuments {

    /** Settings that may stand at the top of a mock file or, as in Postman's API, inside {@code config}. */
    private static final Set<String> CONFIG = Set.of("matchBody", "matchQueryParams", "matchWildcards", "delay",
            "serverResponseId", "matchHeaders");

    private MockDocuments() {
    }

    static JsonObject toApi(CompiledMock mock, String mockUrl, HomeWriter.FileTimes times) {
        MockDefinition definition = mock.definition();
        JsonObjectBuilder config = Jsonp.PROVIDER.createObjectBuilder()
                .add("headers", strings(definition.match().matchHeaders()))
                .add("matchBody", definition.match().matchBody())
                .add("matchQueryParams", definition.match().matchQueryParams())
                .add("matchWildcards", definition.matchWildcards());
        Delay delay = definition.delay();
        if (delay.equals(Delay.NONE)) {
            config.addNull("delay");
        } else {
            config.add("delay", Jsonp.PROVIDER.createObjectBuilder().add("min", delay.minMillis())
                    .add("max", delay.maxMillis()));
        }
        nullable(config, "serverResponseId", definition.serverResponseId());
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder()
                .add("id", mock.name())
                .add("uid", DefinitionResource.uid(mock.name()))
                .add("name", mock.name())
                .add("collection", definition.collection());
        nullable(out, "environment", definition.environment());
        out.add("mockUrl", mockUrl)
                .add("private", definition.isPrivate());
        nullable(out, "owner", definition.owner());
        out.add("config", config)
                .add("implicit", mock.implicit())
                .add("examples", mock.exampleCount());
        if (times != null) {
            out.add("createdAt", times.created().toString()).add("updatedAt", times.updated().toString());
        }
        return out.build();
    }

    /** The mock file an implicit mock stands for, to be changed and written. */
    static JsonObject implicitFile(CompiledMock mock) {
        return Jsonp.PROVIDER.createObjectBuilder().add("name", mock.name())
                .add("collection", mock.definition().collection()).add("private", false).build();
    }

    /** {@code existing} with what {@code input} sets; {@code name} is always the file's. */
    static JsonObject merge(JsonObject existing, JsonObject input, String name) {
        JsonObjectBuilder merged = Jsonp.PROVIDER.createObjectBuilder(existing);
        for (String field : List.of("collection", "environment", "private", "owner")) {
            if (input.containsKey(field)) {
                merged.add(field, input.get(field));
            }
        }
        JsonObject config = input.get("config") instanceof JsonObject c ? c : JsonValue.EMPTY_JSON_OBJECT;
        for (String field : CONFIG) {
            JsonValue value = config.containsKey(field) ? config.get(field) : input.get(field);
            if (field.equals("matchHeaders") && value == null) {
                value = config.get("headers");
            }
            if (value != null) {
                merged.add(field, value);
            }
        }
        if (existing.containsKey("config")) {
            // the file keeps one place for each setting: the top
            merged.remove("config");
        }
        return merged.add("name", name).build();
    }

    static JsonObject serverResponse(ServerResponse response, boolean active) {
        JsonArrayBuilder headers = Jsonp.PROVIDER.createArrayBuilder();
        for (NameValue header : response.headers()) {
            headers.add(Jsonp.PROVIDER.createObjectBuilder().add("key", header.name()).add("value", header.value()));
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("id", response.id()).add("name", response.name())
                .add("statusCode", response.statusCode()).add("headers", headers).add("body", response.body())
                .add("active", active).build();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    static void nullable(JsonObjectBuilder builder, String key, String value) {
        if (value == null) {
            builder.addNull(key);
        } else {
            builder.add(key, value);
        }
    }
}
