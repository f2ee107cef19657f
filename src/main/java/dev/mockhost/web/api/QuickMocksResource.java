package dev.mockhost.web.api;

import dev.mockhost.config.Settings;
import dev.mockhost.management.MockService;
import dev.mockhost.management.QuickMockService;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.SnapshotRepository;
import dev.mockhost.web.ProxyRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

/** {@code POST /api/quick-mocks}, the "new API" flow: a thin adapter over {@link QuickMockService}. */
@ApplicationScoped
public class QuickMocksResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    Settings settings;

    @Inject
    ProxyRules proxyRules;

    private QuickMockService quickMocks;
    private MockService mocks;

    public void register(ApiRouter router) {
        quickMocks = new QuickMockService(repository);
        mocks = new MockService(repository);
        router.add("POST", "/quick-mocks", this::create);
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = quickMocks.create(call.key(), exchange.body(null));
        exchange.json(200, "mock", MockJson.of(mock, MockUrls.of(exchange, settings, mock.name()),
                mocks.times(mock), proxyRules.get()));
    }
}
