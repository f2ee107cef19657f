package dev.mockhost.web.api;

import dev.mockhost.calls.CallLogs;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.config.Settings;
import dev.mockhost.management.MockService;
import dev.mockhost.management.Versioned;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.ProxyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

/**
 * {@code /api/mocks}: list, create, read, change and delete mocks, publish or unpublish them, list their examples.
 * A thin adapter over {@link MockService}, which holds the rules.
 */
@ApplicationScoped
public class MocksResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    Settings settings;

    @Inject
    ProxyRules proxyRules;

    @Inject
    CallLogs callLogs;

    private MockService mocks;

    public void register(ApiRouter router) {
        mocks = new MockService(repository);
        router.add("GET", "/mocks", this::list)
                .add("POST", "/mocks", this::create)
                .add("GET", "/mocks/{id}", this::get)
                .add("PUT", "/mocks/{id}", this::update)
                .add("DELETE", "/mocks/{id}", this::delete)
                .add("POST", "/mocks/{id}/publish", exchange -> publish(exchange, false))
                .add("DELETE", "/mocks/{id}/publish", exchange -> publish(exchange, true))
                // the Postman API's name for making a mock private; .../publish stays for the scripts that use it
                .add("DELETE", "/mocks/{id}/unpublish", exchange -> publish(exchange, true))
                .add("GET", "/mocks/{id}/examples", this::examples);
    }

    private void list(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        var list = Jsonp.PROVIDER.createArrayBuilder();
        for (CompiledMock mock : mocks.list(call.key())) {
            list.add(document(exchange, mock));
        }
        exchange.json(200, "mocks", list.build());
    }

    private void get(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = mocks.get(call.key(), exchange.parameter("id"));
        answer(exchange, new Versioned<>(mock, mocks.version(mock)));
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        answer(exchange, mocks.create(call.key(), exchange.body("mock")));
    }

    private void update(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String id = exchange.parameter("id");
        mocks.editable(call.key(), id); // who may, before what: a refused caller learns nothing of the body
        answer(exchange, mocks.update(call.key(), id, exchange.body("mock"), exchange.ifMatch()));
    }

    private void delete(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String name = mocks.delete(call.key(), exchange.parameter("id"), exchange.ifMatch());
        callLogs.forget(name);
        exchange.json(200, "mock", Jsonp.PROVIDER.createObjectBuilder().add("id", name).add("uid", "mockhost-" + name)
                .build());
    }

    /** {@code POST .../publish} makes a mock public; {@code DELETE .../unpublish} (or {@code .../publish}) private. */
    private void publish(ApiExchange exchange, boolean makePrivate) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        answer(exchange, mocks.publish(call.key(), exchange.parameter("id"), makePrivate, exchange.ifMatch()));
    }

    /** A page of the mock's examples, each with a URL and a curl line that pick it; a public mock's need no key. */
    private void examples(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.optional(exchange, repository);
        CompiledMock mock = mocks.examplesOf(call.key(), exchange.parameter("id"));
        exchange.json(200, ExampleList.page(mock, MockUrls.of(exchange, settings, mock.name()),
                exchange.intQuery("cursor", 0, 0, Integer.MAX_VALUE), exchange.intQuery("limit", 100, 1, 1000)));
    }

    private void answer(ApiExchange exchange, Versioned<CompiledMock> mock) throws IOException {
        exchange.etag(mock.version()).json(200, "mock", document(exchange, mock.value()));
    }

    private jakarta.json.JsonObject document(ApiExchange exchange, CompiledMock mock) {
        return MockJson.of(mock, MockUrls.of(exchange, settings, mock.name()), mocks.times(mock), proxyRules.get());
    }
}
