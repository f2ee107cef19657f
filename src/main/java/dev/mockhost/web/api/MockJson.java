package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.collection.NameValue;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.mock.Delay;
import dev.mockhost.mock.MockDefinition;
import dev.mockhost.mock.ServerResponse;
import dev.mockhost.proxy.ProxySettings;
import dev.mockhost.repository.HomeWriter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * The API's one shape of a mock, Postman's mock object ({@code id}, {@code uid}, {@code mockUrl}, {@code config}...):
 * the status page shows its public part, {@code /api/mocks} all of it.
 */
final class MockJson {

    private MockJson() {
    }

    /** What anyone who may see the mock reads: where it is, what it serves, whether it needs a key. */
    static JsonObjectBuilder summary(CompiledMock mock, String mockUrl) {
        MockDefinition definition = mock.definition();
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder()
                .add("id", mock.name())
                .add("uid", "mockhost-" + mock.name())
                .add("name", mock.name())
                .add("collection", definition.collection())
                .add("collectionName", mock.collectionName())
                .add("file", mock.collectionFile());
        nullable(out, "environment", definition.environment());
        return out.add("mockUrl", mockUrl)
                .add("private", definition.isPrivate())
                .add("examples", mock.exampleCount());
    }

    /**
     * The whole mock object, for keys that may view it. {@code proxying} decides the proxy's {@code allowed}: a mock
     * whose upstream the server's allow-list does not name never proxies, and its editor should see so beside it.
     */
    static JsonObject of(CompiledMock mock, String mockUrl, HomeWriter.FileTimes times, ProxySettings proxying) {
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
        JsonObjectBuilder out = summary(mock, mockUrl);
        nullable(out, "owner", definition.owner());
        out.add("config", config).add("implicit", mock.implicit());
        if (definition.proxy() == null) {
            out.addNull("proxy");
        } else {
            out.add("proxy", Jsonp.PROVIDER.createObjectBuilder().add("target", definition.proxy().target().toString())
                    .add("mode", definition.proxy().mode().label())
                    .add("allowed", proxying.allows(definition.proxy())));
        }
        if (times != null) {
            out.add("createdAt", times.created().toString()).add("updatedAt", times.updated().toString());
        }
        return out.build();
    }

    static JsonObject serverResponse(ServerResponse response, boolean active) {
        return Jsonp.PROVIDER.createObjectBuilder().add("id", response.id()).add("name", response.name())
                .add("statusCode", response.statusCode()).add("headers", pairs(response.headers()))
                .add("body", response.body()).add("active", active).build();
    }

    static JsonArrayBuilder pairs(List<NameValue> pairs) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        pairs.forEach(h -> array.add(Jsonp.PROVIDER.createObjectBuilder().add("key", h.name()).add("value",
                h.value())));
        return array;
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
