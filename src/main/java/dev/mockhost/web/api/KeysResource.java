package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.UsageMeter;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.management.KeyService;
import dev.mockhost.management.Versioned;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.security.SecureRandom;

/** {@code /api/keys}, for admins: a thin adapter over {@link KeyService}, with each key's usage this month. */
@ApplicationScoped
public class KeysResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    UsageMeter usage;

    private KeyService keys;

    public void register(ApiRouter router) {
        keys = new KeyService(repository, new SecureRandom());
        router.add("GET", "/keys", this::list)
                .add("POST", "/keys", this::create)
                .add("GET", "/keys/{name}", this::get)
                .add("PUT", "/keys/{name}", this::update)
                .add("DELETE", "/keys/{name}", this::revoke);
    }

    private void list(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        var list = Jsonp.PROVIDER.createArrayBuilder();
        keys.list(call.key()).forEach(key -> list.add(withUsage(key)));
        exchange.json(200, "keys", list.build());
    }

    private void get(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String name = exchange.parameter("name");
        ApiKey key = keys.get(call.key(), name);
        exchange.etag(keys.version(call.key(), name)).json(200, "key", withUsage(key));
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        keys.list(call.key()); // admins only, before the body is read
        KeyService.Created created = keys.create(call.key(), exchange.body("key"));
        exchange.etag(created.version()).json(200, "key", Jsonp.PROVIDER.createObjectBuilder(document(created.key()))
                .add("secret", created.secret()).build());
    }

    private void update(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        keys.get(call.key(), exchange.parameter("name"));
        Versioned<ApiKey> updated = keys.update(call.key(), exchange.parameter("name"), exchange.body("key"),
                exchange.ifMatch());
        exchange.etag(updated.version()).json(200, "key", document(updated.value()));
    }

    private void revoke(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        String name = exchange.parameter("name");
        keys.revoke(call.key(), name, exchange.ifMatch());
        exchange.json(200, "key", Jsonp.PROVIDER.createObjectBuilder().add("name", name).add("revoked", true)
                .build());
    }

    /** A key's document with its calls this month, as this node sees them. */
    private JsonObject withUsage(ApiKey key) {
        return Jsonp.PROVIDER.createObjectBuilder(document(key)).add("usage", usage.meter().usage(key.name())).build();
    }

    private static JsonObject document(ApiKey key) {
        JsonObjectBuilder grants = Jsonp.PROVIDER.createObjectBuilder();
        key.grants().forEach((collection, grant) -> grants.add(collection, grant.label()));
        JsonObjectBuilder document = Jsonp.PROVIDER.createObjectBuilder().add("name", key.name())
                .add("role", key.role().label()).add("grants", grants);
        if (key.monthlyQuota() == null) {
            document.addNull("monthlyQuota");
        } else {
            document.add("monthlyQuota", key.monthlyQuota());
        }
        return document.build();
    }
}
