package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.management.MockService;
import dev.mockhost.management.ServerResponseService;
import dev.mockhost.management.Versioned;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

/** {@code /api/mocks/{id}/server-responses}: a thin adapter over {@link ServerResponseService}. */
@ApplicationScoped
public class ServerResponsesResource {

    @Inject
    SnapshotRepository repository;

    private ServerResponseService responses;
    private MockService mocks;

    public void register(ApiRouter router) {
        responses = new ServerResponseService(repository);
        mocks = new MockService(repository);
        String base = "/mocks/{id}/server-responses";
        router.add("GET", base, this::list)
                .add("POST", base, this::create)
                .add("GET", base + "/{responseId}", this::get)
                .add("PUT", base + "/{responseId}", this::update)
                .add("DELETE", base + "/{responseId}", this::delete);
    }

    private void list(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        var list = Jsonp.PROVIDER.createArrayBuilder();
        responses.list(call.key(), exchange.parameter("id"))
                .forEach(saved -> list.add(MockJson.serverResponse(saved.response(), saved.active())));
        exchange.json(200, "serverResponses", list.build());
    }

    private void get(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String mockId = exchange.parameter("id");
        ServerResponseService.Saved saved = responses.get(call.key(), mockId, exchange.parameter("responseId"));
        answer(exchange, new Versioned<>(saved, responses.version(call.key(), mockId)));
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        mocks.editable(call.key(), exchange.parameter("id"));
        answer(exchange, responses.create(call.key(), exchange.parameter("id"), exchange.body("serverResponse"),
                exchange.ifMatch()));
    }

    private void update(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        mocks.editable(call.key(), exchange.parameter("id"));
        answer(exchange, responses.update(call.key(), exchange.parameter("id"), exchange.parameter("responseId"),
                exchange.body("serverResponse"),
                exchange.ifMatch()));
    }

    private void delete(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String id = exchange.parameter("responseId");
        responses.delete(call.key(), exchange.parameter("id"), id, exchange.ifMatch());
        exchange.json(200, "serverResponse", Jsonp.PROVIDER.createObjectBuilder().add("id", id).build());
    }

    private static void answer(ApiExchange exchange, Versioned<ServerResponseService.Saved> saved)
            throws IOException {
        exchange.etag(saved.version()).json(200, "serverResponse",
                MockJson.serverResponse(saved.value().response(), saved.value().active()));
    }
}
