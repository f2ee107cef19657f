package dev.mockhost.web.api;

import dev.mockhost.calls.CallLogs;
import dev.mockhost.collection.Jsonp;
import dev.mockhost.config.Settings;
import dev.mockhost.mock.CompiledMock;
import dev.mockhost.repository.FileKind;
import dev.mockhost.repository.InvalidNameException;
import dev.mockhost.repository.Names;
import dev.mockhost.repository.SnapshotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.util.Comparator;

/**
 * {@code /api/mocks}: list, create, read, change and delete mocks, and publish or unpublish them. A mock's id is its
 * name, the file name under {@code mocks/}. A key sees the mocks of the collections it may view and changes those
 * of the collections it may edit.
 */
@ApplicationScoped
public class MocksResource {

    @Inject
    SnapshotRepository repository;

    @Inject
    Settings settings;

    @Inject
    CallLogs callLogs;

    public void register(ApiRouter router) {
        router.add("GET", "/mocks", this::list)
                .add("POST", "/mocks", this::create)
                .add("GET", "/mocks/{id}", this::get)
                .add("PUT", "/mocks/{id}", this::update)
                .add("DELETE", "/mocks/{id}", this::delete)
                .add("POST", "/mocks/{id}/publish", exchange -> publish(exchange, false))
                .add("DELETE", "/mocks/{id}/publish", exchange -> publish(exchange, true));
    }

    private void list(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        if (call == null) {
            return;
        }
        var mocks = Jsonp.PROVIDER.createArrayBuilder();
        for (CompiledMock mock : call.snapshot().mocks().values().stream()
                .sorted(Comparator.comparing(CompiledMock::name)).toList()) {
            if (call.key().canView(mock.definition().collection())) {
                mocks.add(document(call, mock));
            }
        }
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("mocks", mocks).build());
    }

    private void get(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = visible(call, exchange.parameter("id"));
        if (mock != null) {
            answer(call, mock.name());
        }
    }

    private void create(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        if (call == null) {
            return;
        }
        JsonObject input = exchange.body("mock");
        if (input == null) {
            return;
        }
        String name = input.get("name") instanceof JsonString s ? s.getString() : null;
        if (name == null && input.get("collection") instanceof JsonString collection) {
            name = collection.getString() + "-mock";
        }
        try {
            Names.check("name", name);
        } catch (InvalidNameException e) {
            call.invalid(e.field(), e.getMessage());
            return;
        }
        if (taken(call, name, input)) {
            call.conflict("A mock named \"" + name + "\" exists already");
            return;
        }
        if (MockFiles.write(call, repository, name, MockDocuments.merge(JsonValue.EMPTY_JSON_OBJECT, input, name))) {
            answer(call, name);
        }
    }

    private void update(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = editable(call, exchange.parameter("id"));
        if (mock == null) {
            return;
        }
        JsonObject file = MockFiles.read(call, repository, mock);
        JsonObject input = file == null ? null : exchange.body("mock");
        if (input != null && MockFiles.write(call, repository, mock.name(),
                MockDocuments.merge(file, input, mock.name()), mock.definition().owner())) {
            answer(call, mock.name());
        }
    }

    private void delete(ApiExchange exchange) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = editable(call, exchange.parameter("id"));
        if (mock == null) {
            return;
        }
        if (mock.implicit()) {
            call.conflict("The mock \"" + mock.name() + "\" is the public mock of the collection of that name; "
                    + "delete the collection, or serve it through a mock file");
            return;
        }
        repository.writer().delete(FileKind.MOCK, mock.name());
        callLogs.forget(mock.name());
        exchange.json(200, Jsonp.PROVIDER.createObjectBuilder().add("mock", Jsonp.PROVIDER.createObjectBuilder()
                .add("id", mock.name()).add("uid", DefinitionResource.uid(mock.name()))).build());
    }

    /** {@code POST .../publish} makes a mock public; {@code DELETE .../publish} private. */
    private void publish(ApiExchange exchange, boolean makePrivate) throws IOException {
        ApiCall call = ApiCall.authenticate(exchange, repository);
        CompiledMock mock = editable(call, exchange.parameter("id"));
        if (mock == null) {
            return;
        }
        JsonObject file = MockFiles.read(call, repository, mock);
        JsonObject change = Jsonp.PROVIDER.createObjectBuilder().add("private", makePrivate).build();
        if (file != null && MockFiles.write(call, repository, mock.name(), MockDocuments.merge(file, change,
                mock.name()), mock.definition().owner())) {
            answer(call, mock.name());
        }
    }

    /**
     * A name is taken by a mock file, or by the implicit mock of another collection; the implicit mock of the
     * collection the new mock serves gives way to it.
     */
    private boolean taken(ApiCall call, String name, JsonObject input) throws IOException {
        if (repository.writer().exists(FileKind.MOCK, name)) {
            return true;
        }
        CompiledMock existing = call.snapshot().mock(name);
        String collection = input.get("collection") instanceof JsonString s ? s.getString() : null;
        return existing != null && !(existing.implicit() && existing.definition().collection().equals(collection));
    }

    /** The mock if the caller may see it; null after answering 404 or 403. */
    static CompiledMock visible(ApiCall call, String id) throws IOException {
        if (call == null) {
            return null;
        }
        CompiledMock mock = call.snapshot().mock(id);
        if (mock == null) {
            call.notFound("mock", id);
            return null;
        }
        return call.allowed(call.key().canView(mock.definition().collection()), "see the mock " + id) ? mock : null;
    }

    /** The mock if the caller may change it; null after answering 404 or 403. */
    static CompiledMock editable(ApiCall call, String id) throws IOException {
        CompiledMock mock = visible(call, id);
        if (mock == null) {
            return null;
        }
        return call.allowed(call.key().canEdit(mock.definition().collection()), "change the mock " + id) ? mock
                : null;
    }

    void answer(ApiCall call, String name) throws IOException {
        CompiledMock mock = repository.current().mock(name);
        if (mock == null) {
            call.exchange().error(dev.mockhost.web.ErrorBody.of(500, "serverError", "The mock \"" + name
                    + "\" was written but cannot be served; GET api/status says why"));
            return;
        }
        call.exchange().json(200, Jsonp.PROVIDER.createObjectBuilder().add("mock", document(call, mock)).build());
    }

    private JsonObject document(ApiCall call, CompiledMock mock) throws IOException {
        return MockDocuments.toApi(mock, MockUrls.of(call.exchange(), settings, mock.name()),
                repository.writer().times(mock.implicit() ? FileKind.COLLECTION : FileKind.MOCK, mock.implicit()
                        ? mock.definition().collection() : mock.name()));
    }
}
