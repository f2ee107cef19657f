package dev.mockhost.web.api;

import dev.mockhost.access.ApiKey;
import dev.mockhost.access.KeyReader;
import dev.mockhost.access.Secrets;
import dev.mockhost.access.UsageMeter;
import dev.mockhost.collection.InvalidFileException;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.InvalidNameException;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.io.IOException;
import java.security.SecureRandom;

/**
 * {@code /api/keys}, for admins: create a key (its secret is in that answer and nowhere else, ever), list keys with
 * their usage this month (never a secret or a hash), change a key's role, grants and quota, revoke it.
 */
@ApplicationScoped
public class KeysResource {

    private final SecureRandom random = new SecureRandom();

    @Inject
    SnapshotRepository repository;

    @Inject
    UsageMeter usage;

    public void register(ApiRouter router) {
        router.add("GET", "/keys", this::list)
                .add("POST", "/keys", this::create)
                .add("GET", "/keys/{name}", this::get)
                .add("PUT", "/keys/{name}", this::update)
                .add("DELETE", "/keys/{name}", this::revoke);
    }

    private ApiCall admin(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        return call != null && call.allowed(call.isAdmin(), "manage API keys; only admin keys may") ? call : null;
    }

    private void list(ApiExchange exchange) throws IOException {
        ApiCall call = admin(exchange);
        if (call == null) {
            return;
        }
        var keys = Jsonp.PROVIDER.createArrayBuilder();
        for (ApiKey key : call.snapshot().keys().all()) {
            keys.add(withUsage(key));
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("keys", keys).build());
    }

    private void get(ApiExchange exchange) throws IOException {
        ApiCall call = admin(exchange);
        ApiKey key = call == null ? null : known(call, exchange.parameter("name"));
        if (key != null) {
            exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("key", withUsage(key)).build());
        }
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = admin(exchange);
        JsonObject input = call == null ? null : exchange.body("key");
        if (input == null) {
            return;
        }
        String name = input.get("name") instanceof JsonString s ? s.getString() : null;
        try {
            Names.check("name", name);
        } catch (InvalidNameException e) {
            call.invalid(e.field(), e.getMessage());
            return;
        }
        if (call.snapshot().keys().named(name) != null || repository.writer().exists(FileKind.KEY, name)) {
            call.conflict("A key named \"" + name + "\" exists already");
            return;
        }
        String secret = Secrets.generate(random);
        JsonObject file = fields(Jsonp.PROVIDER.createObjectBuilder().add("name", name)
                .add("sha256", Secrets.sha256Hex(secret)).add("role", "viewer").build(), input);
        if (save(call, name, file)) {
            ApiKey key = repository.current().keys().named(name);
            exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("key", Jsonp.PROVIDER
                    .createObjectBuilder(document(key)).add("secret", secret)).build());
        }
    }

    private void update(ApiExchange exchange) throws IOException {
        ApiCall call = admin(exchange);
        ApiKey key = call == null ? null : known(call, exchange.parameter("name"));
        if (key == null || !fromFile(call, key)) {
            return;
        }
        JsonObject input = exchange.body("key");
        if (input == null) {
            return;
        }
        JsonObject file = StoredJson.read(call, repository, FileKind.KEY, key.name(), "API key");
        if (file != null && save(call, key.name(), fields(file, input))) {
            exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("key", document(repository.current().keys()
                    .named(key.name()))).build());
        }
    }

    private void revoke(ApiExchange exchange) throws IOException {
        ApiCall call = admin(exchange);
        ApiKey key = call == null ? null : known(call, exchange.parameter("name"));
        if (key == null || !fromFile(call, key)) {
            return;
        }
        repository.writer().delete(FileKind.KEY, key.name());
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("key", Jsonp.PROVIDER.createObjectBuilder()
                .add("name", key.name()).add("revoked", true)).build());
    }

    /** {@code file} with the role, grants and quota {@code input} sets; name and hash never change here. */
    private static JsonObject fields(JsonObject file, JsonObject input) {
        JsonObjectBuilder merged = Jsonp.PROVIDER.createObjectBuilder(file);
        for (String field : new String[] {"role", "grants", "monthlyQuota"}) {
            if (input.containsKey(field)) {
                merged.add(field, input.get(field));
            }
        }
        return merged.build();
    }

    private boolean save(ApiCall call, String name, JsonObject file) throws IOException {
        byte[] bytes = PrettyJson.bytes(file);
        try {
            new KeyReader().read("key " + name, name, bytes);
        } catch (InvalidFileException e) {
            call.exchange().error(dev.mockhost.web.ErrorBody.of(400, "invalidParamError", e.problem().message()));
            return false;
        }
        repository.writer().write(FileKind.KEY, name, bytes);
        return true;
    }

    private static ApiKey known(ApiCall call, String name) throws IOException {
        ApiKey key = call.snapshot().keys().named(name);
        if (key == null) {
            call.notFound("API key", name);
        }
        return key;
    }

    /** The key given by the setting mockhost.adminKey lives in no file: the API cannot change it. */
    private boolean fromFile(ApiCall call, ApiKey key) throws IOException {
        if (repository.writer().exists(FileKind.KEY, key.name())) {
            return true;
        }
        call.conflict("The key \"" + key.name() + "\" comes from the setting mockhost.adminKey; change the setting");
        return false;
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
