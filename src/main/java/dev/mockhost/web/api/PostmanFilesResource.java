package dev.mockhost.web.api;

import dev.mockhost.collection.Jsonp;
import dev.mockhost.management.DocumentService;
import dev.mockhost.management.Versioned;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.io.IOException;

/**
 * {@code /api/collections} and {@code /api/environments}: upload, list, read, replace, delete, in the Postman API's
 * shapes ({@code {"collection": {...}}} in, summaries out). Thin adapters over {@link DocumentService}.
 */
@ApplicationScoped
public class PostmanFilesResource {

    @Inject
    SnapshotRepository repository;

    public void register(ApiRouter router) {
        register(router, "collections", DocumentService.collections(repository));
        register(router, "environments", DocumentService.environments(repository));
    }

    private void register(ApiRouter router, String plural, DocumentService documents) {
        String one = documents.singular();
        router.add("GET", "/" + plural, exchange -> {
            var list = Jsonp.PROVIDER.createArrayBuilder();
            documents.list(ApiCall.authenticate(exchange, repository).key()).forEach(list::add);
            exchange.json(200, plural, list.build());
        }).add("POST", "/" + plural, exchange -> {
            ApiCall call = ApiCall.authenticate(exchange, repository);
            answer(exchange, one, documents.create(call.key(), exchange.body(one)));
        }).add("GET", "/" + plural + "/{id}", exchange -> answer(exchange, one,
                documents.get(ApiCall.authenticate(exchange, repository).key(), exchange.parameter("id"))))
                .add("PUT", "/" + plural + "/{id}", exchange -> replace(exchange, documents))
                .add("DELETE", "/" + plural + "/{id}", exchange -> {
                    ApiCall call = ApiCall.authenticate(exchange, repository);
                    String id = exchange.parameter("id");
                    documents.delete(call.key(), id, exchange.ifMatch());
                    exchange.json(200, one, Jsonp.PROVIDER.createObjectBuilder().add("id", id)
                            .add("uid", "mockhost-" + id).build());
                });
    }

    private void replace(ApiExchange exchange, DocumentService documents) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        documents.checkWritable(call.key(), exchange.parameter("id"), "change");
        answer(exchange, documents.singular(), documents.replace(call.key(), exchange.parameter("id"),
                exchange.body(documents.singular()), exchange.ifMatch()));
    }

    private static void answer(ApiExchange exchange, String key, Versioned<JsonObject> document) throws IOException {
        exchange.etag(document.version()).json(200, key, document.value());
    }
}
